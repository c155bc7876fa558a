package timeline

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
	"github.com/vitae-cli/vitae/ui/styles"
)

// Chart draws timelines against a Viewport: the axis, a career row of
// employment, gaps and overlaps, and one line per lane row, each behind a
// gutter of labels. It holds the session's resolved styles. The timeline
// view draws one person with it; the compare view can draw one Axis and then
// each person's rows under it, so careers line up on a shared axis.
type Chart struct {
	pal palette
	ink inks
}

// inks are the chart's and the view's text styles, reduced to inks.
type inks struct {
	lane, laneSel, legend, dates, note, bullet, title, undated, muted, edge ink
	text                                                                    textInks
}

// NewChart resolves the chart's styles from the session's styles.
func NewChart(s *styles.Styles) Chart {
	x := styles.TimelineChart(s)
	t := s.Timeline
	return Chart{pal: newPalette(s, x), ink: inks{
		lane: newInk(t.Lane), laneSel: newInk(x.LaneSelected), legend: newInk(x.Legend),
		dates: newInk(x.Dates), note: newInk(x.Note), bullet: newInk(x.Bullet),
		title: newInk(t.PanelTitle), undated: newInk(t.Undated), muted: newInk(s.Muted),
		edge: newInk(x.PanelBorder), text: newTextInks(x.Text),
	}}
}

// CareerLabel is the gutter label of the career row.
const CareerLabel = "Career"

// Axis returns the axis' two lines, width cells wide with a blank gutter:
// the year (and, zoomed in, month) labels, then the line with a tick at
// each and, when
// hasCursor and the month is in view, the cursor ▼ at the month cursor.
func (ch Chart) Axis(vp tlmodel.Viewport, gutter, width int, cursor model.Month, hasCursor bool) [2]string {
	pw := max(width-gutter, 0)
	labels, line := newCells(pw), newCells(pw)
	line.fill(0, pw-1, glyphAxis, paintAxis)
	for _, t := range vp.Ticks(pw) {
		switch {
		case t.Label != "" && t.Partial:
			labels.text(t.Col, t.Label, paintLabel)
		case t.Month != 0:
			labels.text(t.Col, t.Label, paintAxis)
			line.put(t.Col, glyphMinorTick, paintAxis)
		case t.Label != "":
			labels.text(t.Col, t.Label, paintLabel)
			line.put(t.Col, glyphTick, paintAxis)
		default:
			line.put(t.Col, glyphMinorTick, paintAxis)
		}
	}
	if c, ok := vp.Col(cursor, pw); ok && hasCursor {
		line.put(c, glyphCursor, paintCursor)
	}
	pad := strings.Repeat(" ", min(gutter, width))
	var a, b strings.Builder
	a.WriteString(pad)
	labels.render(&a, &ch.pal)
	b.WriteString(pad)
	line.render(&b, &ch.pal)
	return [2]string{a.String(), b.String()}
}

// Gutter draws a row label in gutter cells: a "▸ " on the selected row, the
// label cut with "…" to fit, and at least one blank before the chart.
func (ch Chart) Gutter(label string, selected bool, gutter int) string {
	if gutter <= 0 {
		return ""
	}
	prefix := unselectedPrefx
	style := ch.ink.lane
	if selected {
		prefix, style = selectedPrefix, ch.ink.laneSel
	}
	if gutter < len(prefix)+2 {
		prefix = ""
	}
	room := gutter - ansi.StringWidth(prefix) - 1
	label = ansi.Truncate(model.SanitizeLine(label), max(room, 0), "…")
	pad := gutter - ansi.StringWidth(prefix) - lipgloss.Width(label)
	if !selected && label == "" {
		return strings.Repeat(" ", gutter)
	}
	return style.paint(prefix+label) + strings.Repeat(" ", max(pad, 0))
}

// CareerRow draws the row that sums up all roles: where some role ran,
// where two ran at once (overlaps), and the gaps between them with their
// length when it fits ("gap 1y 2m", "~" when approximate).
func (ch Chart) CareerRow(t *tlmodel.Timeline, vp tlmodel.Viewport, gutter, width int) string {
	pw := max(width-gutter, 0)
	row := newCells(pw)
	var spans []model.Span
	for _, it := range t.Items {
		if it.Kind == tlmodel.KindRole {
			spans = append(spans, it.Span)
		}
	}
	for _, s := range model.Union(spans) {
		if c0, c1, ok := vp.Cols(s, pw); ok {
			row.fill(c0, c1, glyphEmployed, paintEmployed)
		}
	}
	for _, o := range t.Overlaps {
		if c0, c1, ok := vp.Cols(o.Span, pw); ok {
			row.fill(c0, c1, glyphOverlap, paintOverlap)
		}
	}
	for _, g := range t.Gaps {
		c0, c1, ok := vp.Cols(g.Span, pw)
		if !ok {
			continue
		}
		row.fill(c0, c1, glyphGap, paintGap)
		n := model.FormatMonths(g.Months(), g.Approx)
		for _, label := range []string{"gap " + n, n} {
			if room := c1 - c0 + 1; len(label)+2 <= room {
				row.text(c0+(room-len(label))/2, label, paintGap)
				break
			}
		}
	}
	var b strings.Builder
	b.WriteString(ch.Gutter(CareerLabel, false, min(gutter, width)))
	row.render(&b, &ch.pal)
	return strings.TrimRight(b.String(), " ")
}

// Row draws one lane row of t: its gutter label, then its bars or event
// markers. selected is the index in t.Items of the selected item (or -1).
// collided reports whether two events fell in one column (drawn as their
// count).
func (ch Chart) Row(t *tlmodel.Timeline, ref tlmodel.RowRef, vp tlmodel.Viewport, gutter, width, selected int) (line string, collided bool) {
	pw := max(width-gutter, 0)
	row := newCells(pw)
	items := t.RowItems(ref)
	onRow := false
	for _, i := range items {
		onRow = onRow || i == selected
	}
	if t.Lanes[ref.Lane].Kind == tlmodel.LaneEvents {
		collided = ch.markers(row, t, items, vp, selected)
	} else {
		ch.bars(row, t, items, vp, selected)
	}
	var b strings.Builder
	b.WriteString(ch.Gutter(t.RowLabel(ref), onRow, min(gutter, width)))
	row.render(&b, &ch.pal)
	return strings.TrimRight(b.String(), " "), collided
}

// bars draws a row's role bars: full for known months, shaded for the
// year-only part, a boundary where the next role of a progression starts,
// an arrow at now for an ongoing role; the selected bar in blocks.
func (ch Chart) bars(row cells, t *tlmodel.Timeline, items []int, vp tlmodel.Viewport, selected int) {
	pw := len(row)
	prevEnd := -2
	for _, i := range items {
		it := t.Items[i]
		c0, c1, ok := vp.Cols(it.Span, pw)
		if !ok {
			continue
		}
		s0, s1, sure := 0, -1, false
		if cs, ok := it.Certain(); ok {
			s0, s1, sure = vp.Cols(cs, pw)
		}
		p := paintBar
		switch {
		case i == selected:
			p = paintSelected
		case it.Ongoing():
			p = paintCurrent
		case it.Step%2 == 0:
			p = paintBarAlt
		}
		for c := c0; c <= c1; c++ {
			fuzzy := !sure || c < s0 || c > s1
			switch {
			case p == paintSelected && fuzzy:
				row.put(c, glyphSelApprox, p)
			case p == paintSelected:
				row.put(c, glyphSelBar, p)
			case fuzzy:
				row.put(c, glyphApprox, paintApprox)
			default:
				row.put(c, glyphBar, p)
			}
		}
		if c0 <= prevEnd+1 && it.Span.From > vp.From {
			row.put(c0, glyphBoundary, p)
		}
		switch {
		case it.Ongoing() && vp.Contains(it.Span.To):
			row.put(c1, glyphOngoing, p)
		case it.EndUnknown() && vp.Contains(it.Span.To) && c1 > c0:
			row.put(c1, glyphEndUnknown, p)
		}
		barLabel(row, c0, c1, it.Title, p)
		prevEnd = c1
	}
}

// markers draws a row's event markers; several events in one column show
// as their count, unless the selected one is among them.
func (ch Chart) markers(row cells, t *tlmodel.Timeline, items []int, vp tlmodel.Viewport, selected int) (collided bool) {
	pw := len(row)
	count := make(map[int]int, len(items))
	for _, i := range items {
		if c, ok := vp.Col(t.Items[i].Span.From, pw); ok {
			count[c]++
		}
	}
	for _, i := range items {
		c, ok := vp.Col(t.Items[i].Span.From, pw)
		if !ok || row[c].p == paintEventSel {
			continue
		}
		switch n := count[c]; {
		case i == selected:
			row.put(c, marker(t.Items[i]), paintEventSel)
		case n == 1:
			row.put(c, marker(t.Items[i]), paintEvent)
		case n <= 9:
			row.put(c, glyphCounts[n-1:n], paintEvent)
			collided = true
		default:
			row.put(c, glyphMore, paintEvent)
			collided = true
		}
	}
	return collided
}

// Bar label room: cells of bar kept visible at each end of a labelled bar,
// and the shortest cut title worth writing.
const (
	labelInset    = 2
	minLabelWidth = 6
)

// barLabel writes the role's title inside its bar, " Title ", when the bar
// is long enough, cut with "…" when it is only a little too short.
func barLabel(row cells, c0, c1 int, title string, p paint) {
	room := c1 - c0 + 1 - 2*labelInset - 2 // the label's blanks
	if title == "" || room < minLabelWidth {
		return
	}
	row.text(c0+labelInset, " "+ansi.Truncate(title, room, "…")+" ", p)
}
