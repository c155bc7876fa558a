package compare

import (
	"slices"

	cmpmodel "github.com/vitae-cli/vitae/model/compare"
)

// gridLine is one line of the skill grid: a category heading or a skill.
type gridLine struct {
	category string // set on headings
	row      int    // index into rows; -1 on headings
}

// grid is the state of the skill grid: its rows in the current order, the
// lines drawn for them, the selected line and the first line shown. The
// rows are the grid's own copy, re-sorted into a new slice, so older
// copies of the Model keep their order.
type grid struct {
	rows   []cmpmodel.Row
	people int
	order  cmpmodel.Order
	lines  []gridLine
	sel    int // index into lines of the selected skill; -1 when none
	offset int
}

// newGrid copies the comparison's grid.
func newGrid(g cmpmodel.Grid) grid {
	gr := grid{rows: slices.Clone(g.Rows), people: g.People, order: g.Order, sel: -1}
	gr.rebuild("")
	return gr
}

// sort reorders the rows by o, keeping the selected skill selected.
func (g *grid) sort(o cmpmodel.Order) {
	keep := ""
	if r, ok := g.selected(); ok {
		keep = r.Skill.Name
	}
	cg := cmpmodel.Grid{People: g.people, Rows: slices.Clone(g.rows)}
	cg.Sort(o)
	g.rows, g.order = cg.Rows, o
	g.rebuild(keep)
}

// rebuild lists the lines for the rows, selecting the skill named keep
// (or the first skill).
func (g *grid) rebuild(keep string) {
	g.lines = nil
	g.sel = -1
	for i, r := range g.rows {
		if n := len(g.lines); i == 0 || g.rows[i-1].Skill.Category != r.Skill.Category || n == 0 {
			g.lines = append(g.lines, gridLine{category: r.Skill.Category, row: -1})
		}
		g.lines = append(g.lines, gridLine{row: i})
		if r.Skill.Name == keep || (keep == "" && g.sel < 0) {
			g.sel = len(g.lines) - 1
		}
	}
	if g.sel < 0 {
		g.sel = g.next(-1, 1)
	}
}

// next returns the skill line after (dir 1) or before (dir -1) line i, or
// i when there is none.
func (g *grid) next(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(g.lines); j += dir {
		if g.lines[j].row >= 0 {
			return j
		}
	}
	return i
}

// move selects the skill n lines down (negative: up), clamped.
func (g *grid) move(n int) {
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	for ; n > 0; n-- {
		g.sel = g.next(g.sel, dir)
	}
}

// selected returns the selected skill's row.
func (g *grid) selected() (cmpmodel.Row, bool) {
	if g.sel < 0 || g.sel >= len(g.lines) || g.lines[g.sel].row < 0 {
		return cmpmodel.Row{}, false
	}
	return g.rows[g.lines[g.sel].row], true
}

// scroll keeps the selected line within the size lines shown, with its
// category heading when it is the first skill under it.
func (g *grid) scroll(size int) {
	size = max(size, 1)
	if g.sel >= 0 {
		if g.sel < g.offset {
			g.offset = g.sel
		}
		if g.sel >= g.offset+size {
			g.offset = g.sel - size + 1
		}
		if g.offset == g.sel && g.sel > 0 && g.lines[g.sel-1].row < 0 {
			g.offset--
		}
	}
	g.offset = max(min(g.offset, len(g.lines)-size), 0)
}
