package compare

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
)

// gridLines draws the skill grid: a heading with the order, the people's
// names, then the visible lines — category headings and skills with a
// cell per shown person.
func (m Model) gridLines(f frame) []string {
	if f.skills == 0 {
		return nil
	}
	g := &m.grid
	focused := m.focus == sectionSkills
	out := []string{m.heading("Skills", "sorted "+g.order.Describe()+" · s: sort", focused)}
	out = append(out, m.nameRow(f, m.pinnedHint(f, "")))
	if len(g.lines) == 0 {
		out = append(out, m.st.Info.Render(ansi.Truncate("Nobody's profile names a skill the taxonomy knows.", m.width, "…")))
	}
	drawn := m.drawnGrid(f)
	for i := g.offset; i < len(g.lines) && i < g.offset+f.rows; i++ {
		if focused && i == g.sel {
			out = append(out, m.gridLine(f, g.lines[i], true))
			continue
		}
		out = append(out, drawn[i])
	}
	return out[:min(len(out), f.skills)]
}

// gridKey is what the grid's unselected lines depend on.
type gridKey struct {
	width int
	cols  columns
	order cmpmodel.Order
	lines int
}

// viewCache holds drawings of the screen's parts, each for one key: the
// grid's lines unselected, the summary, the timelines. It is shared by the
// copies of a Model, which all draw the same comparison; a drawing is
// reused only for the very same key, and replaced, never written in place.
type viewCache struct {
	gridKey    gridKey
	grid       []string
	summaryKey summaryKey
	summary    []string
	careersKey careersKey
	careers    []string
}

// drawnGrid returns every grid line drawn unselected for the layout,
// drawing them when the layout or the order changed: moving the cursor
// redraws only the selected line.
func (m Model) drawnGrid(f frame) []string {
	k := gridKey{width: m.width, cols: f.cols, order: m.grid.order, lines: len(m.grid.lines)}
	if c := m.cache; c.grid != nil && c.gridKey == k {
		return c.grid
	}
	lines := make([]string, len(m.grid.lines))
	for i, ln := range m.grid.lines {
		lines[i] = m.gridLine(f, ln, false)
	}
	m.cache.gridKey, m.cache.grid = k, lines
	return lines
}

// gridLine draws a category heading, or a skill's name and its cells.
func (m Model) gridLine(f frame, ln gridLine, selected bool) string {
	if ln.row < 0 {
		return m.st.Category.Render(ansi.Truncate(model.SanitizeLine(ln.category), m.width, "…"))
	}
	r := m.grid.rows[ln.row]
	var b strings.Builder
	prefix, st := "  ", m.st.Skill
	if selected {
		prefix, st = cursorGlyph, m.st.SkillSelected
	}
	b.WriteString(prefix)
	b.WriteString(fit(model.SanitizeLine(r.Skill.Name), f.cols.pin-pinPrefix-1, st) + " ")
	from, to := f.shownPeople()
	for i := from; i < to && i < len(r.Cells); i++ {
		lead := strings.Repeat(" ", cellLead)
		cell := r.Cells[i]
		text, cst := m.cellText(cell)
		w := f.cols.width - cellLead
		if selected && i == m.column { // the whole cell in the cursor's style
			t := ansi.Truncate(text, w, "…")
			b.WriteString(cursorGlyph + cst.Inherit(m.st.CellSelected).Render(t+strings.Repeat(" ", max(w-ansi.StringWidth(t), 0))))
			continue
		}
		b.WriteString(lead + fit(text, w, cst))
	}
	return strings.TrimRight(ansi.Truncate(b.String(), m.width, ""), " ")
}

// cellText is a cell's text and style: years and last year, "claimed", or
// a faint dot for nothing.
func (m Model) cellText(c cmpmodel.Cell) (string, lipgloss.Style) {
	switch {
	case c.Held():
		return c.Text(), m.st.Cell
	case c.Claimed():
		return c.Text(), m.st.Claimed
	}
	return emptyCell, m.st.None
}
