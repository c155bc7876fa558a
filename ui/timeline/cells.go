package timeline

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/ui/styles"
)

// paint is how one cell of the chart is styled; cells of one paint in a
// row are drawn with one Render call.
type paint uint8

// The paints of the chart.
const (
	paintNone     paint = iota // blank
	paintAxis                  // the axis line and tick marks
	paintLabel                 // year labels
	paintCursor                // the ▼ above the selected item
	paintEmployed              // the career row where some role ran
	paintGap                   // a gap's shading and label
	paintOverlap               // months in which two roles ran
	paintBar                   // a role bar
	paintBarAlt                // the next role of a progression
	paintCurrent               // an ongoing role
	paintApprox                // the year-only part of a bar
	paintSelected              // the selected bar
	paintEvent                 // an event marker
	paintEventSel              // the selected event marker
	paintCount
)

// palette holds the ink of each paint, resolved once per view.
type palette [paintCount]ink

// newPalette maps the session's timeline styles to paints.
func newPalette(s *styles.Styles, x styles.TimelineChartStyles) palette {
	t := s.Timeline
	var st [paintCount]lipgloss.Style
	st[paintNone] = s.Renderer.NewStyle()
	st[paintAxis] = t.Axis
	st[paintLabel] = t.AxisLabel
	st[paintCursor] = x.Cursor
	st[paintEmployed] = x.Employed
	st[paintGap] = t.Gap
	st[paintOverlap] = t.Overlap
	st[paintBar] = t.Bar
	st[paintBarAlt] = t.BarAlt
	st[paintCurrent] = t.BarCurrent
	st[paintApprox] = t.Approximate
	st[paintSelected] = x.SelectedBar
	st[paintEvent] = t.Event
	st[paintEventSel] = t.Selected
	var p palette
	for i := range st {
		p[i] = newInk(st[i])
	}
	return p
}

// cell is one column of a chart row: a grapheme cluster one column wide,
// the first half of a two-column one (wide), or the second half of one
// (g == "", drawn by its first half).
type cell struct {
	g    string
	p    paint
	wide bool
}

// blank is an empty cell.
var blank = cell{g: " "}

// cells is one chart row, one cell per column.
type cells []cell

// newCells returns w blank cells.
func newCells(w int) cells {
	c := make(cells, max(w, 0))
	for i := range c {
		c[i] = blank
	}
	return c
}

// put draws g, one column wide, at column i, ignoring columns outside the
// row. Overwriting half of a wide cluster blanks its other half, so a row
// never grows wider than its cells.
func (c cells) put(i int, g string, p paint) {
	if i < 0 || i >= len(c) {
		return
	}
	c.clear(i)
	c[i] = cell{g: g, p: p}
}

// clear blanks column i and, when it holds half of a wide cluster, the
// other half.
func (c cells) clear(i int) {
	switch {
	case c[i].g == "" && i > 0:
		c[i-1] = blank
	case c[i].wide && i+1 < len(c):
		c[i+1] = blank
	}
	c[i] = blank
}

// fill draws g over columns [from, to].
func (c cells) fill(from, to int, g string, p paint) {
	for i := max(from, 0); i <= to && i < len(c); i++ {
		c.put(i, g, p)
	}
}

// text writes s from column i, cluster by cluster, clipped to the row: a
// wide cluster takes two cells and is left out when only one is left.
// It returns the column after the text.
func (c cells) text(i int, s string, p paint) int {
	for s != "" && i < len(c) {
		g, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		s = s[len(g):]
		switch {
		case w == 1:
			c.put(i, g, p)
		case w == 2 && i+1 < len(c):
			c.put(i, g, p)
			c.put(i+1, "", p)
			c[i].wide = true
		case w == 2:
			return i
		default:
			continue // zero-width: nothing to draw on its own
		}
		i += w
	}
	return i
}

// render draws the row, one Render call per run of equal paint, without
// its trailing blanks.
func (c cells) render(b *strings.Builder, pal *palette) {
	for len(c) > 0 && c[len(c)-1] == blank {
		c = c[:len(c)-1]
	}
	var run strings.Builder
	flush := func(p paint) {
		if run.Len() == 0 {
			return
		}
		if p == paintNone {
			b.WriteString(run.String())
		} else {
			b.WriteString(pal[p].paint(run.String()))
		}
		run.Reset()
	}
	for i, x := range c {
		if i > 0 && x.p != c[i-1].p {
			flush(c[i-1].p)
		}
		run.WriteString(x.g)
	}
	if len(c) > 0 {
		flush(c[len(c)-1].p)
	}
}
