package timeline

import "github.com/charmbracelet/x/ansi"

// Layout constants of the timeline view.
const (
	axisRows       = 2  // year labels and the axis line
	careerRows     = 1  // the career row under the axis
	legendRows     = 1  // the glyph legend
	messageRows    = 1  // "nothing dated" in place of the chart
	minLaneRows    = 3  // lane rows kept before the details panel gets room
	minGutter      = 8  // the narrowest useful gutter
	maxGutter      = 24 // employer names are cut with … beyond this
	gutterShare    = 4  // the gutter takes at most 1/gutterShare of the width
	gutterSpare    = 3  // the "▸ " prefix and the blank after a label
	minDetailLines = 2  // title and dates
	maxDetailLines = 7  // title, dates, a note and a few bullet lines
	tallDetail     = 14 // what the panel may grow to once everything else fits
	minPanelWidth  = 20 // below this the details panel is left out
	undatedHeader  = 1  // the "Undated" heading
)

// frame is how the view's height and width are shared.
type frame struct {
	gutter, plot int // gutter and chart columns
	top          int // axis and career rows, or the "nothing dated" message
	lanes        int // lane rows shown (the rest scroll)
	legend       bool
	detail       int // most content lines of the details panel (0: no panel)
	panelFrame   int // the panel's border rows
	undated      int // lines of the undated section, heading included
}

// GutterWidth is the width of the label gutter for the given row labels in
// a chart width cells wide: room for the longest label and its "▸ " prefix,
// within [minGutter, maxGutter] and at most a quarter of the width. The
// compare view uses it for all people's labels at once.
func GutterWidth(width int, labels ...string) int {
	return gutterWidth(longestLabel(labels), width)
}

// gutterWidth is the width of the label gutter for labels of at most
// longest cells in a view width cells wide.
func gutterWidth(longest, width int) int {
	g := min(max(longest+gutterSpare, minGutter), maxGutter)
	return min(g, width/gutterShare)
}

// longestLabel is the widest of the labels, in cells.
func longestLabel(labels []string) int {
	n := 0
	for _, l := range labels {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}

// layout shares width×height between the chart (rows lane rows, dated says
// whether there is a chart at all, career whether it has a career row), the
// undated section (undated roles) and
// the details panel at the bottom (whose border takes panelFrame rows). The
// chart keeps a few lane rows first, then the panel and the undated section
// get their minimum, then each grows in turn; the total never exceeds
// height. The panel is drawn no taller than its content needs.
func layout(width, height, longest, rows, undated, panelFrame int, dated, career bool) frame {
	f := frame{panelFrame: panelFrame}
	f.gutter = gutterWidth(longest, width)
	f.plot = max(width-f.gutter, 0)
	rem := max(height, 0)
	take := func(n int) int {
		n = max(min(n, rem), 0)
		rem -= n
		return n
	}
	if dated {
		top := axisRows
		if career {
			top += careerRows
		}
		f.top = take(top)
		f.lanes = take(min(rows, minLaneRows))
	} else {
		f.top = take(messageRows)
	}
	if width >= minPanelWidth && rem >= panelFrame+minDetailLines {
		rem -= panelFrame
		f.detail = take(minDetailLines)
	}
	if undated > 0 {
		f.undated = take(min(undatedHeader+undated, undatedHeader+1))
	}
	if dated && rem > 0 {
		f.legend = take(legendRows) == legendRows
	}
	if dated {
		f.lanes += take(rows - f.lanes)
	}
	if f.detail > 0 {
		f.detail += take(maxDetailLines - f.detail)
	}
	if undated > 0 {
		f.undated += take(undatedHeader + undated - f.undated)
	}
	if f.detail > 0 {
		f.detail += take(tallDetail - f.detail)
	}
	return f
}

// panelHeight is the details panel's height, border included.
func (f frame) panelHeight() int {
	if f.detail == 0 {
		return 0
	}
	return f.detail + f.panelFrame
}

// scrollTo returns the first visible line of a window of size lines over
// total lines that shows line sel, moving the current top as little as
// possible.
func scrollTo(top, sel, size, total int) int {
	if size <= 0 {
		return 0
	}
	top = min(top, max(total-size, 0))
	switch {
	case sel < top:
		top = sel
	case sel >= top+size:
		top = sel - size + 1
	}
	return max(top, 0)
}
