package skills

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	sk "github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/richtext"
	"github.com/vitae-cli/vitae/ui/styles"
)

// item is one text that mentions the skill: a bullet, a summary, a project
// description, or a skills-section keyword.
type item struct {
	src   sk.Source
	title string   // the role, project or skills group
	dates string   // the entry's dates, "" when undated or a claim
	text  string   // the stored text
	spans [][2]int // the mentions' byte offsets in text
	lines []string // drawn, for the current width
}

// jumpable reports whether the item is in a role, so the Experience tab
// can show it.
func (it item) jumpable() bool { return it.src.Section == sk.SectionWork }

// highlight is the bullet to focus: its index, or -1 for a role summary.
func (it item) highlight() int {
	if it.src.Field == sk.FieldHighlight {
		return it.src.Item
	}
	return -1
}

// evidence is the list of the texts that mention one skill.
type evidence struct {
	c      *common.Common
	st     styles.SkillsStyles
	e      sk.Evidence
	items  []item
	sel    int
	offset int
	width  int
	height int
}

// Lines above the evidence items.
const evidenceHeader = 2

// newEvidence collects the texts of a skill's mentions: work and projects
// first, in résumé order, then the skills section.
func newEvidence(c *common.Common, st styles.SkillsStyles, p *model.Profile, e sk.Evidence) *evidence {
	ev := &evidence{c: c, st: st, e: e}
	r := &p.Resume
	at := map[sk.Source]int{}
	for _, claims := range []bool{false, true} {
		for _, mn := range e.Mentions {
			if mn.Claim() != claims {
				continue
			}
			i, ok := at[mn.Source]
			if !ok {
				i = len(ev.items)
				at[mn.Source] = i
				it := item{src: mn.Source, text: sk.Text(r, mn.Source), title: sk.EntryTitle(r, mn.Section, mn.Index)}
				if claims && mn.Field == sk.FieldSkillset {
					it.title = "Listed for the role: " + it.title
				} else if claims {
					it.title = "Listed in skills: " + it.title
				} else if rg := sk.EntryRange(r, mn.Source); rg.Dated() {
					it.dates = common.FormatRange(rg)
				} else {
					it.dates = "undated"
				}
				ev.items = append(ev.items, it)
			}
			span := [2]int{mn.Start, mn.End}
			if !slices.Contains(ev.items[i].spans, span) {
				ev.items[i].spans = append(ev.items[i].spans, span)
			}
		}
	}
	return ev
}

// clone copies the list so a change leaves older Models' copies alone.
func (ev *evidence) clone() *evidence {
	c := *ev
	c.items = slices.Clone(ev.items)
	return &c
}

// Item drawing: a bar marks the selected item, text is indented under its
// title.
const (
	barWidth   = 2 // "┃ " or "  "
	textIndent = 2
)

// layout draws every item for a width.
func (ev *evidence) layout(width, height int) {
	ev.width, ev.height = width, max(height, 1)
	w := max(width-barWidth-textIndent, 10)
	for i := range ev.items {
		it := &ev.items[i]
		title := ev.st.Role.Render(ansi.Truncate(it.title, max(width-barWidth, 1), "…"))
		if it.dates != "" && ansi.StringWidth(it.title)+3+len(it.dates) <= width-barWidth {
			title += ev.st.Dates.Render(" · " + it.dates)
		}
		it.lines = []string{title}
		prefix, runs := ev.body(it)
		pw := ansi.StringWidth(prefix)
		for k, l := range richtext.Wrap(runs, max(w-pw, 10)) {
			lead := strings.Repeat(" ", pw)
			if k == 0 {
				lead = ev.st.Text.Render(prefix)
			}
			it.lines = append(it.lines, strings.Repeat(" ", textIndent)+lead+ev.render(l))
		}
		it.lines = append(it.lines, "")
	}
	ev.scroll()
}

// emphMatch marks the runs that are a mention of the skill; richtext uses
// only the low bits of Emphasis.
const emphMatch richtext.Emphasis = 1 << 7

// body is an item's bullet prefix and its text as runs: Markdown emphasis
// read (markers removed, text sanitized) and each mention marked.
func (ev *evidence) body(it *item) (string, []richtext.Run) {
	text := it.text
	depth, trimmed := model.HighlightDepth(text)
	start := len(text) - len(trimmed)
	prefix := ""
	if it.src.Field == sk.FieldHighlight {
		prefix = strings.Repeat("  ", depth) + "• "
	}
	runs := richtext.Parse(text[start:])
	spans := slices.Clone(it.spans)
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	ri, off := 0, 0 // where the search for the next mention starts
	for _, sp := range spans {
		if sp[0] < start || sp[1] > len(text) {
			continue
		}
		needle := richtext.Plain(text[sp[0]:sp[1]])
		runs, ri, off = markNext(runs, ri, off, needle)
	}
	return prefix, runs
}

// markNext finds needle in runs from run ri, byte off, and splits it out
// as its own run marked emphMatch. It returns the runs and where to search
// next; when needle is not found the runs are unchanged.
func markNext(runs []richtext.Run, ri, off int, needle string) ([]richtext.Run, int, int) {
	if needle == "" {
		return runs, ri, off
	}
	for i := ri; i < len(runs); i++ {
		from := 0
		if i == ri {
			from = off
		}
		k := strings.Index(runs[i].Text[from:], needle)
		if k < 0 {
			continue
		}
		k += from
		r := runs[i]
		parts := []richtext.Run{
			{Text: r.Text[:k], Emph: r.Emph},
			{Text: needle, Emph: r.Emph | emphMatch},
			{Text: r.Text[k+len(needle):], Emph: r.Emph},
		}
		out := append(slices.Clone(runs[:i]), parts...)
		out = append(out, runs[i+1:]...)
		return out, i + 2, 0
	}
	return runs, ri, off
}

// render draws a wrapped line: emphasis as bold and italic, mentions in
// the match style.
func (ev *evidence) render(l richtext.Line) string {
	var b strings.Builder
	for _, r := range l {
		st := ev.st.Text
		if r.Emph&emphMatch != 0 {
			st = ev.st.Match
		}
		if r.Emph&richtext.Bold != 0 {
			st = st.Bold(true)
		}
		if r.Emph&richtext.Italic != 0 {
			st = st.Italic(true)
		}
		b.WriteString(st.Render(r.Text))
	}
	return b.String()
}

// selected returns the item under the cursor.
func (ev *evidence) selected() (item, bool) {
	if ev.sel < 0 || ev.sel >= len(ev.items) {
		return item{}, false
	}
	return ev.items[ev.sel], true
}

// move selects the item n down (negative: up), clamped.
func (ev *evidence) move(n int) {
	ev.sel = max(min(ev.sel+n, len(ev.items)-1), 0)
	ev.scroll()
}

// perPage is about how many items fit on a page.
func (ev *evidence) perPage() int {
	if len(ev.items) == 0 {
		return 1
	}
	total := 0
	for _, it := range ev.items {
		total += len(it.lines)
	}
	return max((ev.height-evidenceHeader)*len(ev.items)/max(total, 1), 1)
}

// scroll keeps the selected item in view, whole when it fits.
func (ev *evidence) scroll() {
	h := ev.height - evidenceHeader
	if ev.sel < ev.offset {
		ev.offset = ev.sel
	}
	for ev.offset < ev.sel {
		used := 0
		for i := ev.offset; i <= ev.sel; i++ {
			used += len(ev.items[i].lines)
		}
		if used <= h {
			break
		}
		ev.offset++
	}
}

// view draws the skill's summary line and its evidence.
func (ev *evidence) view() string {
	e := &ev.e
	parts := []string{model.SanitizeLine(e.Skill.Category), e.Status.String()}
	if d := e.Duration(); d != "" {
		parts = append(parts, d+" ("+e.YearsText()+")")
	}
	parts = append(parts, fmt.Sprintf("%d %s", e.Bullets, map[bool]string{true: "bullet", false: "bullets"}[e.Bullets == 1]))
	head := ev.st.Title.Render(model.SanitizeLine(e.Skill.Name)) + ev.st.Info.Render(" · "+strings.Join(parts, " · "))
	lines := []string{ansi.Truncate(head, ev.width, "…"), ""}
	for i := ev.offset; i < len(ev.items) && len(lines) < ev.height; i++ {
		bar := "  "
		if i == ev.sel {
			bar = ev.st.Bar.Render("┃ ")
		}
		for _, l := range ev.items[i].lines {
			if len(lines) >= ev.height {
				break
			}
			if l == "" {
				lines = append(lines, "")
				continue
			}
			lines = append(lines, ansi.Truncate(bar+l, ev.width, "…"))
		}
	}
	for len(lines) < ev.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:ev.height], "\n")
}
