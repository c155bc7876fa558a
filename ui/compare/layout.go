package compare

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	"github.com/vitae-cli/vitae/ui/timeline"
)

// Layout constants, in lines and cells.
const (
	summaryHeader  = 1  // the people's names over the summary
	sectionHeading = 1  // "Careers …", "Skills …"
	axisRows       = 2  // year labels and the axis line
	legendRows     = 1  // the glyphs the timelines use
	detailRows     = 1  // the selected item of the timelines
	gridHeader     = 1  // the people's names over the grid
	minLaneLines   = 3  // lane lines kept for the timelines when the grid has the keys
	minGridLines   = 3  // grid lines kept when the timelines have the keys
	evidenceTitle  = 1  // whose evidence, above the evidence list
	pinMin         = 16 // the pinned column of labels and skill names
	pinMax         = 24
	pinShare       = 4  // the pinned column takes at most 1/pinShare of the width
	pinPrefix      = 2  // "▸ " before a skill's name
	colMin         = 18 // a person's column never gets narrower: "~10y 11m · 2026" and its lead
	colMax         = 44 // nor wider: values stay near their labels
	cellLead       = 2  // "▸ " before the selected cell; blanks elsewhere
	focusShare     = 6  // tenths of the room the section with the keys gets when both need more
)

// columns are the people's columns: the pinned column of labels, each
// person's width, and which people are shown (first, and how many) when
// they do not all fit.
type columns struct {
	pin, width    int
	first, shown  int
	total         int
	gutterAtWidth int // the timelines' label gutter
}

// frame is how the screen's height is shared between the summary, the
// timelines and the skill grid.
type frame struct {
	summary        int // summary lines shown
	careers, lanes int // the timelines' lines, and lane lines among them
	legend         bool
	skills, rows   int // the grid's lines, and skill lines among them
	cols           columns
}

// pinWidth is the pinned column's natural width: room for the summary's
// labels and the skills' names with their cursor, within [pinMin, pinMax].
func pinWidth(c *cmpmodel.Comparison) int {
	w := 0
	for _, f := range cmpmodel.Facts() {
		w = max(w, ansi.StringWidth(f.Label())+1)
	}
	for _, r := range c.Grid.Rows {
		w = max(w, pinPrefix+ansi.StringWidth(model.SanitizeLine(r.Skill.Name))+1)
	}
	return min(max(w, pinMin), pinMax)
}

// layoutColumns shares the width between the pinned column (pin cells, at
// most a share of the width) and the people, showing as many as fit at
// colMin and keeping the cursor's column in view (first moves as little as
// possible).
func layoutColumns(c *cmpmodel.Comparison, width, pin, cursor, first int) columns {
	n := max(len(c.People), 1)
	cols := columns{pin: min(pin, max(width/pinShare, 1)), total: n}
	room := max(width-cols.pin, 1)
	cols.width = min(max(room/n, colMin), colMax)
	cols.shown = min(max(room/cols.width, 1), n)
	if cols.shown == n {
		cols.width = min(room/n, colMax)
	}
	first = min(max(first, cursor-cols.shown+1), cursor)
	cols.first = min(max(first, 0), n-cols.shown)
	return cols
}

// gutter is the timelines' label gutter for everyone's labels at once, so
// the axis lines up for all.
func gutter(c *cmpmodel.Comparison, width int) int {
	labels := []string{timeline.CareerLabel, undatedLabel}
	for i := range c.People {
		t := &c.People[i].Timeline
		for _, r := range t.Rows() {
			labels = append(labels, t.RowLabel(r))
		}
	}
	return timeline.GutterWidth(width, labels...)
}

// careersNeed is the lines the timelines take with every lane shown.
func careersNeed(l *lanes) int {
	n := sectionHeading + len(l.lines) + detailRows
	if l.dated {
		n += axisRows + legendRows
	}
	return n
}

// careersMin is the fewest lines the timelines keep.
func careersMin(l *lanes) int {
	n := sectionHeading + min(len(l.lines), minLaneLines) + detailRows
	if l.dated {
		n += axisRows
	}
	return n
}

// skillsNeed is the lines the grid takes with every skill shown (0 with no
// skills analysed).
func skillsNeed(c *cmpmodel.Comparison, g *grid) int {
	if !c.HasSkills {
		return 0
	}
	return sectionHeading + gridHeader + max(len(g.lines), 1)
}

// skillsMin is the fewest lines the grid keeps.
func skillsMin(c *cmpmodel.Comparison, g *grid) int {
	if !c.HasSkills {
		return 0
	}
	return sectionHeading + gridHeader + min(max(len(g.lines), 1), minGridLines)
}

// layout shares width×height: the summary first, then the section that has
// the keys what it needs (or its share, when both need more than there is),
// the other the rest, each keeping its minimum.
func (m *Model) layout() frame {
	c := m.cmp
	f := frame{cols: layoutColumns(c, m.width, m.pin, m.column, m.cols().first)}
	f.cols.gutterAtWidth = gutter(c, m.width)
	rem := m.height
	f.summary = min(m.summaryHeight(f.cols), rem)
	rem -= f.summary
	cNeed, sNeed := careersNeed(&m.lanes), skillsNeed(c, &m.grid)
	cMin, sMin := careersMin(&m.lanes), skillsMin(c, &m.grid)
	if m.focus == sectionSkills {
		f.skills = share(sNeed, sMin, cNeed, cMin, rem)
		f.careers = max(min(cNeed, rem-f.skills), 0)
	} else {
		f.careers = share(cNeed, cMin, sNeed, sMin, rem)
		f.skills = max(min(sNeed, rem-f.careers), 0)
	}
	avail := f.careers - sectionHeading - detailRows
	if m.lanes.dated {
		avail -= axisRows
		f.legend = avail > min(len(m.lanes.lines), minLaneLines)
	}
	f.lanes = max(avail-boolInt(f.legend), 0)
	f.rows = max(f.skills-sectionHeading-gridHeader, 0)
	return f
}

// share is the lines the section with the keys gets out of rem: what it
// needs when the other section's need fits beside it, else focusShare of
// rem (or more, when the other needs less), always leaving the other its
// minimum.
func share(need, least, otherNeed, otherMin, rem int) int {
	n := min(need, max(rem-otherNeed, rem*focusShare/10))
	n = min(n, rem-min(otherMin, otherNeed))
	return max(n, min(least, rem), 0)
}

// cols is the current column layout (the zero value before any).
func (m *Model) cols() columns {
	if m.frame == nil {
		return columns{}
	}
	return m.frame.cols
}

// relayout recomputes the frame and scrolls both sections to their cursors.
func (m *Model) relayout() {
	if m.cmp == nil {
		return
	}
	f := m.layout()
	m.frame = &f
	m.lanes.scroll(m.cmp, f.lanes)
	m.grid.scroll(f.rows)
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// undatedLabel is the gutter label of a person's undated roles.
const undatedLabel = "Undated"
