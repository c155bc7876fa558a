package timeline

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// Details panel constants.
const (
	detailBullets = 3 // top-level bullets shown for a role
	titleSep      = " · "
	bulletFirst   = "• "
	bulletRest    = "  "
)

// title is an item's title, or what it is when it has none.
func title(it tlmodel.Item) string {
	if it.Title != "" {
		return it.Title
	}
	return "(untitled " + it.Kind.String() + ")"
}

// panelKey is what the details panel depends on.
type panelKey struct {
	sel, width, lines int
}

// panel draws the details panel of the selected item inside the panel's
// border: at least minDetailLines and at most f.detail content lines. The
// panel does not depend on the viewport, so zooming reuses it.
func (m Model) panel(f frame) []string {
	if f.detail == 0 {
		return nil
	}
	k := panelKey{m.sel, m.width, f.detail}
	if m.cache.panelOK && m.cache.panelKey == k {
		return m.cache.panel
	}
	st := m.c.Styles.Timeline.Panel
	inner := m.width - st.GetHorizontalFrameSize()
	var content []string
	if it, undated, ok := m.Selected(); ok && inner > 0 {
		content = m.detailLines(it, undated, inner, f.detail)
	}
	content = content[:min(len(content), f.detail)]
	for len(content) < minDetailLines {
		content = append(content, "")
	}
	lines := m.box(content, inner)
	m.cache.panelKey, m.cache.panel, m.cache.panelOK = k, lines, true
	return lines
}

// box frames content lines, each at most inner cells, in the panel's
// border and padding. The lines are already cut to fit, so the frame is
// drawn directly rather than by lipgloss, whose wrapping and measuring would
// be most of the cost of a frame; a panel style without a full border is
// left to lipgloss.
func (m Model) box(content []string, inner int) []string {
	st := m.c.Styles.Timeline.Panel
	b, top, right, bottom, left := st.GetBorder()
	if !top || !right || !bottom || !left {
		return strings.Split(st.Width(inner+st.GetHorizontalPadding()).Render(strings.Join(content, "\n")), "\n")
	}
	edge := m.chart.ink.edge
	pl, pr := strings.Repeat(" ", st.GetPaddingLeft()), strings.Repeat(" ", st.GetPaddingRight())
	span := inner + len(pl) + len(pr)
	out := make([]string, 0, len(content)+2)
	out = append(out, edge.paint(b.TopLeft+strings.Repeat(b.Top, span)+b.TopRight))
	l, r := edge.paint(b.Left), edge.paint(b.Right)
	for _, c := range content {
		pad := strings.Repeat(" ", max(inner-ansi.StringWidth(c), 0))
		out = append(out, l+pl+c+pad+pr+r)
	}
	return append(out, edge.paint(b.BottomLeft+strings.Repeat(b.Bottom, span)+b.BottomRight))
}

// detailLines are the panel's lines for one item, at most maxLines of at
// most width cells: title and organization, dates and facts, notes, then
// bullets or summary.
func (m Model) detailLines(it tlmodel.Item, undated bool, width, maxLines int) []string {
	x := &m.chart.ink
	out := []string{m.heading(it, width)}
	facts := m.facts(it, undated)
	out = append(out, x.dates.paint(ansi.Truncate(strings.Join(facts, titleSep), width, "…")))
	if notes := m.notes(it); len(notes) > 0 {
		out = append(out, x.note.paint(ansi.Truncate(strings.Join(notes, "; "), width, "…")))
	}
	bullets, summary := m.body(it)
	for i, b := range bullets {
		if i == detailBullets || len(out) >= maxLines {
			break
		}
		out = append(out, block(b, width, maxLines-len(out), &x.text, x.bullet.paint(bulletFirst), bulletRest)...)
	}
	if len(bullets) == 0 && strings.TrimSpace(summary) != "" && len(out) < maxLines {
		out = append(out, block(summary, width, maxLines-len(out), &x.text, "", "")...)
	}
	return out
}

// block is richtext.Block limited to its first maxLines lines, drawn with
// inks: only the lines shown are drawn, which is most of the cost of a long
// paragraph.
func block(text string, width, maxLines int, t *textInks, first, rest string) []string {
	indent := max(ansi.StringWidth(first), ansi.StringWidth(rest))
	lines := richtext.Wrap(richtext.Parse(clip(text, maxLines*width)), width-indent)
	lines = lines[:min(len(lines), max(maxLines, 0))]
	out := make([]string, len(lines))
	for i, l := range lines {
		switch {
		case i == 0:
			out[i] = first + t.line(l)
		case len(l) == 0:
			out[i] = "" // a blank line between paragraphs: no indent
		default:
			out[i] = rest + t.line(l)
		}
	}
	return out
}

// clipSlack is how much more text than fits is kept before wrapping, so
// that emphasis markers opened in the visible part still find their close.
const clipSlack = 2

// clip shortens text that could fill at most cells cells to a prefix that
// still fills them, so long paragraphs are not wrapped and drawn only to be
// cut. Every rune takes at least one cell, so the visible part is kept.
func clip(text string, cells int) string {
	limit := max(cells, 0) * clipSlack
	n := 0
	for i := range text {
		if n == limit {
			return text[:i]
		}
		n++
	}
	return text
}

// heading is "Title · Organization", the organization cut first when the
// line is too long.
func (m Model) heading(it tlmodel.Item, width int) string {
	t := ansi.Truncate(title(it), width, "…")
	line := m.chart.ink.title.paint(t)
	room := width - ansi.StringWidth(t) - len(titleSep)
	if it.Org != "" && room > 1 {
		line += m.chart.ink.dates.paint(titleSep) + m.chart.ink.text[0].paint(ansi.Truncate(it.Org, room, "…"))
	}
	return line
}

// facts are the item's dates and what they mean: duration, place in the
// progression, year-only, and a role's location; "undated" for an undated
// role.
func (m Model) facts(it tlmodel.Item, undated bool) []string {
	var f []string
	if it.Kind.Event() {
		f = append(f, it.Kind.String())
	}
	if undated {
		f = append(f, "undated: not placed on the axis")
	} else {
		f = append(f, it.Dates())
		if d := it.Duration(); d != "" {
			f = append(f, d)
		}
		if it.Steps > 1 {
			f = append(f, "role "+strconv.Itoa(it.Step)+" of "+strconv.Itoa(it.Steps)+" here")
		}
		if it.Approx() {
			f = append(f, "year-only dates")
		}
	}
	if it.Kind == tlmodel.KindRole && it.Index >= 0 && it.Index < len(m.p.Resume.Work) {
		if loc := model.SanitizeLine(strings.TrimSpace(m.p.Resume.Work[it.Index].Location)); loc != "" {
			f = append(f, loc)
		}
	}
	return f
}

// notes are the selected role's overlaps and the gap before it.
func (m Model) notes(it tlmodel.Item) []string {
	if it.Kind != tlmodel.KindRole || !it.Dated() {
		return nil
	}
	var n []string
	for _, g := range m.t.Gaps {
		if g.Before == it.Index {
			n = append(n, "after a gap of "+model.FormatMonths(g.Months(), g.Approx))
		}
	}
	for _, o := range m.t.OverlapsOf(it.Index) {
		other := o.A
		if other == it.Index {
			other = o.B
		}
		if j := m.t.Role(other); j >= 0 {
			n = append(n, "overlaps "+title(m.t.Items[j])+orgSuffix(m.t.Items[j].Org)+
				" for "+model.FormatMonths(o.Months(), o.Approx))
		}
	}
	return n
}

// orgSuffix is " at Org", or "" without one.
func orgSuffix(org string) string {
	if org == "" {
		return ""
	}
	return " at " + org
}

// body returns the item's bullets (top-level highlights) or, failing
// those, its summary, from the profile. Text is sanitized by richtext.
func (m Model) body(it tlmodel.Item) (bullets []string, summary string) {
	r := &m.p.Resume
	in := func(n int) bool { return it.Index >= 0 && it.Index < n }
	switch it.Kind {
	case tlmodel.KindRole:
		if in(len(r.Work)) {
			w := r.Work[it.Index]
			return topLevel(w.Highlights), w.Summary
		}
	case tlmodel.KindVolunteer:
		if in(len(r.Volunteer)) {
			v := r.Volunteer[it.Index]
			return topLevel(v.Highlights), v.Summary
		}
	case tlmodel.KindTalk, tlmodel.KindProject:
		if in(len(r.Projects)) {
			p := r.Projects[it.Index]
			return nil, strings.TrimSpace(p.Description + "\n" + strings.Join(topLevel(p.Highlights), "\n"))
		}
	case tlmodel.KindPublication:
		if in(len(r.Publications)) {
			return nil, r.Publications[it.Index].Summary
		}
	case tlmodel.KindAward:
		if in(len(r.Awards)) {
			return nil, r.Awards[it.Index].Summary
		}
	case tlmodel.KindCertificate:
		if in(len(r.Certificates)) {
			return nil, common.DisplayURL(r.Certificates[it.Index].URL)
		}
	case tlmodel.KindDegree:
		if in(len(r.Education)) {
			return nil, degreeSummary(r.Education[it.Index])
		}
	}
	return nil, ""
}

// topLevel keeps the highlights that are not sub-bullets.
func topLevel(hs []string) []string {
	var out []string
	for _, h := range hs {
		if d, text := model.HighlightDepth(h); d == 0 && strings.TrimSpace(text) != "" {
			out = append(out, text)
		}
	}
	return out
}

// degreeSummary is a course of study's dates, score and courses in words.
func degreeSummary(e model.Education) string {
	var parts []string
	if !e.StartDate.IsZero() && !e.EndDate.IsZero() {
		parts = append(parts, e.StartDate.Human()+" – "+e.EndDate.Human())
	}
	if s := strings.TrimSpace(e.Score); s != "" {
		parts = append(parts, "score "+s)
	}
	if len(e.Courses) > 0 {
		parts = append(parts, "courses: "+strings.Join(e.Courses, ", "))
	}
	return strings.Join(parts, "; ")
}
