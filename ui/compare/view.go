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
		lines = append(lines, m.summaryLines(f)...)
		lines = append(lines, m.careerLines(f)...)
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
// value of the row marked.
func (m Model) summaryLines(f frame) []string {
	out := []string{m.nameRow(f, m.pinnedHint(f, "Compare"))}
	from, to := f.shownPeople()
	for _, fact := range cmpmodel.Facts() {
		best := m.cmp.Best(fact)
		var b strings.Builder
		b.WriteString(fit(fact.Label(), f.cols.pin, m.st.Label))
		for i := from; i < to; i++ {
			b.WriteString(strings.Repeat(" ", cellLead))
			v := model.SanitizeLine(m.cmp.People[i].Summary.Value(fact))
			w := f.cols.width - cellLead
			if best[i] {
				mark := cmpmodel.BestMark
				t := ansi.Truncate(v, max(w-ansi.StringWidth(mark), 1), "…")
				b.WriteString(m.st.Best.Render(t) + m.st.BestMark.Render(mark) +
					strings.Repeat(" ", max(w-ansi.StringWidth(t+mark), 0)))
				continue
			}
			b.WriteString(fit(v, w, m.st.Value))
		}
		out = append(out, strings.TrimRight(ansi.Truncate(b.String(), m.width, ""), " "))
	}
	return out[:min(len(out), f.summary)]
}
