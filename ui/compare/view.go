package compare

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
)

// Glyphs of the screen.
const (
	cursorGlyph  = "▸ " // the selected skill's cell
	emptyCell    = "·"  // a person who shows nothing of a skill
	ruleFocused  = "━"  // a section heading's rule while it has the keys
	ruleResting  = "─"
	columnsLeft  = "◂"
	columnsRight = "▸"
)

// View draws the screen in exactly its height, no line wider than its
// width: the summary, the timelines and the skill grid, or the evidence
// list of one cell.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var lines []string
	switch {
	case m.cmp == nil:
		lines = []string{m.st.Info.Render(ansi.Truncate(fmt.Sprintf("Comparing %d people…", len(m.people)), m.width, "…"))}
	case m.ev != nil:
		name := m.cmp.People[m.ev.person].Summary.Name
		head := m.st.Person.Render(name) + m.st.Info.Render(" · evidence · esc: back to the comparison")
		lines = append([]string{ansi.Truncate(head, m.width, "…")}, strings.Split(m.ev.view.View(), "\n")...)
	default:
		f := m.layout()
		if m.frame != nil {
			f = *m.frame
		}
		lines = append(lines, m.cachedSummary(f)...)
		lines = append(lines, m.cachedCareers(f)...)
		lines = append(lines, m.gridLines(f)...)
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// fit cuts text to width cells with "…" and pads it with blanks to width;
// only the text is styled.
func fit(text string, width int, st lipgloss.Style) string {
	if width <= 0 {
		return ""
	}
	t := ansi.Truncate(text, width, "…")
	return st.Render(t) + strings.Repeat(" ", max(width-ansi.StringWidth(t), 0))
}

// heading is a section's heading: its title and facts on a rule as wide as
// the screen, the rule heavier while the section has the keys.
func (m Model) heading(title, facts string, focused bool) string {
	rule, st := ruleResting, m.st.Section
	if focused {
		rule, st = ruleFocused, m.st.SectionFocused
	}
	text := st.Render(ansi.Truncate(title, m.width-4, "…"))
	if facts != "" {
		text += m.st.Info.Render(ansi.Truncate(" · "+facts, max(m.width-4-ansi.StringWidth(title), 0), "…"))
	}
	used := 3 + lipgloss.Width(text)
	return ansi.Truncate(m.st.Rule.Render(rule+rule+" ")+text+" "+m.st.Rule.Render(strings.Repeat(rule, max(m.width-used-1, 0))), m.width, "")
}

// shownPeople is the range of people whose columns are drawn.
func (f frame) shownPeople() (from, to int) {
	return f.cols.first, f.cols.first + f.cols.shown
}

// pinnedHint fills the pinned cell over the columns: which people are
// shown when not all are.
func (m Model) pinnedHint(f frame, title string) string {
	if f.cols.shown >= f.cols.total {
		return fit(title, f.cols.pin, m.st.Title)
	}
	from, to := f.shownPeople()
	left, right := " ", " "
	if from > 0 {
		left = columnsLeft
	}
	if to < f.cols.total {
		right = columnsRight
	}
	hint := fmt.Sprintf("%s %d–%d of %d %s", left, from+1, to, f.cols.total, right)
	return fit(hint, f.cols.pin, m.st.Info)
}

// nameRow is the people's names over the columns, after the pinned cell.
func (m Model) nameRow(f frame, pinned string) string {
	var b strings.Builder
	b.WriteString(pinned)
	from, to := f.shownPeople()
	for i := from; i < to; i++ {
		b.WriteString(strings.Repeat(" ", cellLead))
		b.WriteString(fit(m.cmp.People[i].Summary.Name, f.cols.width-cellLead, m.st.Person))
	}
	return strings.TrimRight(ansi.Truncate(b.String(), m.width, ""), " ")
}

// summaryLines draws the summary: names, then a row per fact with the best
// value of the row marked; a value too long for its column wraps onto a
// second line.
func (m Model) summaryLines(f frame) []string {
	out := []string{m.nameRow(f, m.pinnedHint(f, "Compare"))}
	from, to := f.shownPeople()
	w := f.cols.width - cellLead
	for _, fact := range cmpmodel.Facts() {
		best := m.cmp.Best(fact)
		cells := make([][]string, 0, to-from)
		height := 1
		for i := from; i < to; i++ {
			c := wrapValue(model.SanitizeLine(m.cmp.People[i].Summary.Value(fact)), w, m.valueLines(), best[i])
			cells = append(cells, c)
			height = max(height, len(c))
		}
		for k := range height {
			var b strings.Builder
			label := ""
			if k == 0 {
				label = fact.Label()
			}
			b.WriteString(fit(label, f.cols.pin, m.st.Label))
			for j, c := range cells {
				b.WriteString(strings.Repeat(" ", cellLead))
				text := ""
				if k < len(c) {
					text = c[k]
				}
				if best[from+j] && k == len(c)-1 {
					mark := cmpmodel.BestMark
					t := strings.TrimSuffix(text, mark)
					b.WriteString(m.st.Best.Render(t) + m.st.BestMark.Render(mark) +
						strings.Repeat(" ", max(w-ansi.StringWidth(text), 0)))
					continue
				}
				st := m.st.Value
				if best[from+j] {
					st = m.st.Best
				}
				b.WriteString(fit(text, w, st))
			}
			out = append(out, strings.TrimRight(ansi.Truncate(b.String(), m.width, ""), " "))
		}
	}
	return out[:min(len(out), f.summary)]
}

// summaryValueLines is the most lines a value of the summary may take,
// in a screen at least wrapHeight tall; shorter screens cut values to one
// line, keeping room for the timelines and the grid.
const (
	summaryValueLines = 2
	wrapHeight        = 32
)

// valueLines is the most lines a summary value may take at this height.
func (m Model) valueLines() int {
	if m.height >= wrapHeight {
		return summaryValueLines
	}
	return 1
}

// wrapValue breaks a summary value into lines of width cells — at most
// most, the last cut with "…" — with the best mark after it when best.
func wrapValue(v string, width, most int, best bool) []string {
	if best {
		v += cmpmodel.BestMark
	}
	if ansi.StringWidth(v) <= width {
		return []string{v}
	}
	lines := strings.Split(ansi.Wordwrap(v, max(width, 1), ""), "\n")
	if most = max(most, 1); len(lines) > most {
		lines = append(lines[:most-1], strings.Join(lines[most-1:], " "))
	}
	for i := range lines {
		lines[i] = ansi.Truncate(strings.TrimSpace(lines[i]), width, "…")
	}
	if best && !strings.HasSuffix(lines[len(lines)-1], cmpmodel.BestMark) {
		last := ansi.Truncate(lines[len(lines)-1], max(width-ansi.StringWidth(cmpmodel.BestMark), 0), "…")
		lines[len(lines)-1] = strings.TrimRight(last, " ") + cmpmodel.BestMark
	}
	return lines
}

// summaryHeight is the lines the summary takes for a column layout.
func (m Model) summaryHeight(cols columns) int {
	n := summaryHeader
	w := cols.width - cellLead
	for _, fact := range cmpmodel.Facts() {
		best := m.cmp.Best(fact)
		h := 1
		for i := cols.first; i < cols.first+cols.shown && i < len(m.cmp.People); i++ {
			h = max(h, len(wrapValue(model.SanitizeLine(m.cmp.People[i].Summary.Value(fact)), w, m.valueLines(), best[i])))
		}
		n += h
	}
	return n
}

// summaryKey is what the summary's drawing depends on.
type summaryKey struct {
	width, height int
	cols          columns
}

// cachedSummary is summaryLines, drawn again only when the layout changed.
func (m Model) cachedSummary(f frame) []string {
	k := summaryKey{m.width, m.height, f.cols}
	if m.cache.summary == nil || m.cache.summaryKey != k {
		m.cache.summaryKey, m.cache.summary = k, m.summaryLines(f)
	}
	return m.cache.summary
}

// careersKey is what the timelines' drawing depends on.
type careersKey struct {
	width, careers, lanes int
	legend, focused       bool
	lanesState            lanesKey
}

// lanesKey is the timelines' state that drawing depends on.
type lanesKey struct {
	vp               [2]model.Month
	person, sel, top int
	events           bool
	lines            int
}

// cachedCareers is careerLines, drawn again only when the timelines or
// the layout changed: moving in the grid reuses them.
func (m Model) cachedCareers(f frame) []string {
	l := &m.lanes
	k := careersKey{m.width, f.careers, f.lanes, f.legend, m.focus == sectionCareers,
		lanesKey{[2]model.Month{l.vp.From, l.vp.To}, l.person, l.sel, l.top, l.events, len(l.lines)}}
	if m.cache.careers == nil || m.cache.careersKey != k {
		m.cache.careersKey, m.cache.careers = k, m.careerLines(f)
	}
	return m.cache.careers
}
