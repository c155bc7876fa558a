package skills

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	sk "github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/styles"
)

// Layout of the matrix: the info line and the column titles above the
// rows, and the fixed-width columns of a row.
const (
	headerLines = 2
	cursorWidth = 2 // "▸ "
	nameMin     = 8
	nameMax     = 24
	nameMaxWide = 32  // at wideWidth and wider
	wideWidth   = 100 // a terminal this wide gives long names more room
	durWidth    = 8   // "~10y 11m"
	lastWidth   = 4   // "2024"
	countWidth  = 3   // bullets
	statusWidth = 7   // "claimed"
	gapWidth    = 1
	stripGap    = 2
	axisLabels  = 9 // a strip this wide shows its first and last year
	axisShort   = 6 // this wide, both as two digits ('17  '24)
	cellMax     = 6 // cells a year of the strip takes at most, on wide terminals
	tickGap     = 1 // blank cells at least between two year labels
)

// fixedWidth is a row's width without the name and the strip.
const fixedWidth = cursorWidth + gapWidth + stripGap + durWidth + gapWidth + lastWidth + gapWidth + countWidth + gapWidth + statusWidth

// Heat-strip glyphs: a year without evidence, a claimed-only skill, and
// evidence by the number of bullets covering the year.
const (
	glyphNone    = "·"
	glyphClaimed = "-"
)

var glyphHeat = [...]string{"░", "▒", "▓", "█"}

// glyphs are the heat strip's years, each drawn in its style once, cell
// cells wide.
type glyphs struct {
	heat          [len(glyphHeat)]string
	claimed, none string
	cell          int
}

func newGlyphs(st styles.SkillsStyles, cell int) glyphs {
	g := glyphs{cell: cell}
	for i, s := range glyphHeat {
		g.heat[i] = st.Heat[i].Render(strings.Repeat(s, cell))
	}
	g.claimed = st.Claimed.Render(strings.Repeat(glyphClaimed, cell))
	g.none = st.None.Render(strings.Repeat(glyphNone, cell))
	return g
}

// layout is where a row's columns fall: the name's width, the years the
// strip shows (none when to < from) and the cells each year takes.
type layout struct {
	nameW, from, to, cell int
}

// stripWidth is the strip's width in cells.
func (l layout) stripWidth() int { return max(l.to-l.from+1, 0) * l.cell }

// draw renders every row unselected for the current rows and width, so
// View only draws the selected one. It makes a new slice: older copies of
// the Model keep theirs.
func (m *Model) draw() {
	if m.width == 0 { // not laid out yet: SetSize draws
		m.drawn = nil
		return
	}
	l := m.columns()
	if m.glyphs.cell != l.cell {
		m.glyphs = newGlyphs(m.st, l.cell)
	}
	m.drawn = make([]string, len(m.rows))
	for i, r := range m.rows {
		m.drawn[i] = m.rowLine(r, false, l)
	}
}

// heatLevel maps the bullets covering a year to a glyph index.
func heatLevel(n int) int {
	switch {
	case n >= 7:
		return 3
	case n >= 4:
		return 2
	case n >= 2:
		return 1
	}
	return 0
}

// listHeight is the number of lines under the header.
func (m Model) listHeight() int { return max(m.height-headerLines, 1) }

// scroll keeps the selected row in view.
func (m *Model) scroll() {
	h := m.listHeight()
	if m.sel >= 0 {
		if m.sel < m.offset {
			m.offset = m.sel
		}
		if m.sel >= m.offset+h {
			m.offset = m.sel - h + 1
		}
		// Show a skill's heading when there is room.
		if m.offset == m.sel && m.sel > 0 && m.rows[m.sel-1].skill < 0 {
			m.offset--
		}
	}
	m.offset = max(min(m.offset, len(m.rows)-h), 0)
}

// columns lays a row out: the name as wide as the longest (within limits),
// then the strip gives every year of the career the same number of cells,
// as many as the room left allows up to cellMax; when even one cell a year
// does not fit, it shows the most recent years.
func (m Model) columns() layout {
	nameW := nameMin
	for _, e := range m.matrix.Skills {
		nameW = max(nameW, ansi.StringWidth(model.SanitizeLine(e.Skill.Name)))
	}
	limit := nameMax
	if m.width >= wideWidth {
		limit = nameMaxWide
	}
	nameW = min(nameW, limit)
	room := m.width - fixedWidth - nameW
	if room < 4 {
		nameW = max(nameMin, nameW-(4-room))
		room = m.width - fixedWidth - nameW
	}
	from, to := m.matrix.From, m.matrix.To
	if from == 0 || room <= 0 {
		return layout{nameW: nameW, from: 0, to: -1, cell: 1}
	}
	cell := min(max(room/(to-from+1), 1), cellMax)
	from = max(from, to-room+1)
	return layout{nameW: nameW, from: from, to: to, cell: cell}
}

// View draws the matrix, or the evidence list when one is open.
func (m Model) View() string {
	if m.ev != nil {
		return m.ev.view()
	}
	var lines []string
	lines = append(lines, m.infoLine(), m.headerLine())
	if len(m.rows) == 0 {
		msg := "No skills found in this profile."
		if m.filter.Value() != "" {
			msg = fmt.Sprintf("No skill matches %q.", model.SanitizeLine(m.filter.Value()))
		}
		lines = append(lines, "", m.c.Styles.Message.Render(ansi.Truncate(msg, m.width, "…")))
	}
	l := m.columns()
	for i := m.offset; i < len(m.rows) && len(lines) < m.height; i++ {
		if i == m.sel || i >= len(m.drawn) {
			lines = append(lines, m.rowLine(m.rows[i], i == m.sel, l))
			continue
		}
		lines = append(lines, m.drawn[i])
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.height], "\n")
}

// infoLine is the sort order and counts, or the filter input.
func (m Model) infoLine() string {
	if m.filtering {
		return ansi.Truncate(m.filter.View(), m.width, "…")
	}
	shown, claimed := 0, 0
	for _, e := range m.matrix.Skills {
		if e.Status.Shown() {
			shown++
		} else {
			claimed++
		}
	}
	s := fmt.Sprintf("%d skills: %d shown in work, %d claimed only · sorted by %s", len(m.matrix.Skills), shown, claimed, m.order)
	if q := m.filter.Value(); q != "" {
		s += fmt.Sprintf(" · filter %q", model.SanitizeLine(q))
	}
	return m.st.Info.Render(ansi.Truncate(s, m.width, "…"))
}

// headerLine titles the columns and labels the strip with its years.
func (m Model) headerLine() string {
	l := m.columns()
	nameW, from, to := l.nameW, l.from, l.to
	axis := ""
	if w := to - from + 1; w > 0 && l.cell > 1 {
		axis = yearTicks(l)
	} else if w > 0 {
		switch {
		case w >= axisLabels:
			axis = fmt.Sprintf("%d%s%d", from, strings.Repeat(" ", w-8), to)
		case w >= axisShort:
			axis = fmt.Sprintf("'%02d%s'%02d", from%100, strings.Repeat(" ", w-6), to%100)
		case w >= 4:
			axis = fmt.Sprintf("%*d", w, to)
		default:
			axis = strings.Repeat(" ", w)
		}
	}
	s := strings.Repeat(" ", cursorWidth) + pad("skill", nameW) + strings.Repeat(" ", gapWidth) + axis +
		strings.Repeat(" ", stripGap) + pad("years", durWidth) + " " + pad("last", lastWidth) + " " +
		fmt.Sprintf("%*s", countWidth, "#") + " " + "status"
	return m.st.Header.Render(ansi.Truncate(s, m.width, ""))
}

// yearTicks labels a strip of more than one cell a year: every step-th
// year over its first cell, counting back from the latest whose label
// fits; four digits when a year's cells hold them and a gap, else two
// ('17); step is as small as keeps the labels tickGap apart.
func yearTicks(l layout) string {
	w := l.stripWidth()
	long := lipgloss.Width(fmt.Sprint(l.to))
	label := func(y int) string { return fmt.Sprintf("'%02d", y%100) }
	if l.cell >= long+tickGap {
		label = func(y int) string { return fmt.Sprint(y) }
	}
	lw := lipgloss.Width(label(l.to))
	step := (lw + tickGap + l.cell - 1) / l.cell
	last := l.from + max(w-lw, 0)/l.cell // the latest year whose label fits; the labels count back from it
	axis := []byte(strings.Repeat(" ", w))
	for y := last; y >= l.from && lw <= w; y -= step {
		copy(axis[(y-l.from)*l.cell:], label(y))
	}
	return string(axis)
}

// rowLine draws a heading or a skill.
func (m Model) rowLine(r row, selected bool, l layout) string {
	nameW, from, to := l.nameW, l.from, l.to
	if r.skill < 0 {
		title := model.SanitizeLine(r.category)
		if title != "" {
			title = strings.ToUpper(title[:1]) + title[1:]
		}
		return ansi.Truncate(m.st.Category.Render(title)+m.st.Header.Render(fmt.Sprintf(" · %d", r.count)), m.width, "…")
	}
	e := &m.matrix.Skills[r.skill]
	cursor, name := "  ", m.st.Name
	if selected {
		cursor, name = m.st.Cursor.Render("▸ "), m.st.NameSelected
	}
	n := ansi.Truncate(model.SanitizeLine(e.Skill.Name), nameW, "…")
	var b strings.Builder
	b.WriteString(cursor + name.Render(pad(n, nameW)) + " ")
	for y := from; y <= to; y++ {
		switch e.Cell(y) {
		case sk.CellEvidenced:
			b.WriteString(m.glyphs.heat[heatLevel(e.Heat(y))])
		case sk.CellClaimed:
			b.WriteString(m.glyphs.claimed)
		default:
			b.WriteString(m.glyphs.none)
		}
	}
	last := ""
	if e.Dated() {
		last = fmt.Sprint(e.LastYear())
	}
	dur := e.Duration()
	if !e.Dated() && e.Status.Shown() {
		dur = "undated"
	}
	status := map[sk.Status]string{sk.StatusBoth: "both", sk.StatusEvidenced: "work", sk.StatusClaimed: "claimed"}[e.Status]
	stStyle := m.st.Status
	if e.Status == sk.StatusClaimed {
		stStyle = m.st.Claimed
	}
	b.WriteString(strings.Repeat(" ", stripGap) + m.st.Number.Render(pad(dur, durWidth)) + " " +
		m.st.Number.Render(pad(last, lastWidth)) + " " + m.st.Number.Render(fmt.Sprintf("%*d", countWidth, e.Bullets)) + " " +
		stStyle.Render(status))
	return ansi.Truncate(b.String(), m.width, "")
}

// pad left-aligns s in w cells.
func pad(s string, w int) string {
	if d := w - lipgloss.Width(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}
