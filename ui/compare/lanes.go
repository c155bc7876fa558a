package compare

import (
	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
)

// lineKind is what one line of the shared timeline holds.
type lineKind uint8

const (
	lineName    lineKind = iota // the person's name over their lanes
	lineCareer                  // their career row: worked, overlaps, gaps
	lineRow                     // one lane row of theirs
	lineUndated                 // their undated roles, side by side
)

// laneLine is one line of the lane groups, top to bottom.
type laneLine struct {
	kind   lineKind
	person int
	row    tlmodel.RowRef // for lineRow
}

// lanes is the state of the shared timeline: the viewport every person is
// drawn against, and the cursor — one item of one person's, as in the
// timeline view: an index into their Items, then into their Undated.
type lanes struct {
	vp     tlmodel.Viewport
	fit    tlmodel.Viewport // every career and now
	dated  bool             // someone has a dated item
	lines  []laneLine
	person int // whose item is selected; -1 when nobody has any
	sel    int
	anchor model.Month // the month up and down stay near
	top    int         // the first lane line shown
	// events says whether the events lanes (talks, writing, certificates…)
	// are drawn; without them the careers line up in less room.
	events bool
}

// newLanes lays the people's lane groups out on their shared axis, the
// first person's latest role selected, events hidden.
func newLanes(c *cmpmodel.Comparison) lanes {
	l := lanes{person: -1}
	l.fit, l.dated = c.Viewport()
	l.vp = l.fit
	for pi := range c.People {
		t := &c.People[pi].Timeline
		if l.person >= 0 {
			break
		}
		if i := t.Latest(); i >= 0 && t.Items[i].Kind == tlmodel.KindRole {
			l.person, l.sel, l.anchor = pi, i, t.Items[i].Span.From
		} else if len(t.Undated) > 0 {
			l.person, l.sel = pi, len(t.Items)
		}
	}
	l.setEvents(c, false)
	return l
}

// setEvents shows or hides the events lanes, moving the cursor off an
// event that is hidden.
func (l *lanes) setEvents(c *cmpmodel.Comparison, on bool) {
	l.events = on
	l.lines = l.lines[:0:0]
	for pi := range c.People {
		t := &c.People[pi].Timeline
		l.lines = append(l.lines, laneLine{kind: lineName, person: pi})
		if hasRoles(t) {
			l.lines = append(l.lines, laneLine{kind: lineCareer, person: pi})
		}
		for _, ref := range t.Rows() {
			if l.visible(t, ref.Lane) {
				l.lines = append(l.lines, laneLine{kind: lineRow, person: pi, row: ref})
			}
		}
		if len(t.Undated) > 0 {
			l.lines = append(l.lines, laneLine{kind: lineUndated, person: pi})
		}
	}
	if it, undated, ok := l.selected(c); ok && !undated && !l.visible(l.timeline(c), it.Lane) {
		t := l.timeline(c)
		l.sel = t.Latest()
		if l.sel < 0 || !l.visible(t, t.Items[l.sel].Lane) {
			l.sel = len(t.Items) // the undated roles, or nothing
		}
	}
}

// visible reports whether a lane of t is drawn.
func (l *lanes) visible(t *tlmodel.Timeline, lane int) bool {
	return l.events || t.Lanes[lane].Kind != tlmodel.LaneEvents
}

// hasRoles reports whether a timeline has a dated role, so a career row.
func hasRoles(t *tlmodel.Timeline) bool {
	for _, it := range t.Items {
		if it.Kind == tlmodel.KindRole {
			return true
		}
	}
	return false
}

// timeline is the selected person's timeline.
func (l *lanes) timeline(c *cmpmodel.Comparison) *tlmodel.Timeline {
	if l.person < 0 {
		return nil
	}
	return &c.People[l.person].Timeline
}

// selected returns the selected item and whether it is undated.
func (l *lanes) selected(c *cmpmodel.Comparison) (it tlmodel.Item, undated, ok bool) {
	t := l.timeline(c)
	switch {
	case t == nil:
		return tlmodel.Item{}, false, false
	case l.sel < len(t.Items):
		return t.Items[l.sel], false, true
	case l.sel-len(t.Items) < len(t.Undated):
		return t.Undated[l.sel-len(t.Items)], true, true
	}
	return tlmodel.Item{}, false, false
}

// cursorLine is the index in lines of the selected item's line, or -1.
func (l *lanes) cursorLine(c *cmpmodel.Comparison) int {
	it, undated, ok := l.selected(c)
	if !ok {
		return -1
	}
	for i, ln := range l.lines {
		if ln.person != l.person {
			continue
		}
		if (undated && ln.kind == lineUndated) || (!undated && ln.kind == lineRow && ln.row == tlmodel.RowRef{Lane: it.Lane, Row: it.Row}) {
			return i
		}
	}
	return -1
}

// horizontal moves to the previous or next item of the same person: in
// time on the axis, in file order among the undated.
func (l *lanes) horizontal(c *cmpmodel.Comparison, dir int) {
	t := l.timeline(c)
	if t == nil {
		return
	}
	n := len(t.Items)
	if l.sel < n {
		for i := t.Step(l.sel, dir); ; i = t.Step(i, dir) {
			if l.visible(t, t.Items[i].Lane) {
				l.sel = i
				break
			}
			if t.Step(i, dir) == i { // the end, and only hidden items on the way
				break
			}
		}
		l.anchor = t.Items[l.sel].Span.From
	} else {
		l.sel = min(max(l.sel+dir, n), n+len(t.Undated)-1)
	}
	l.follow(c)
}

// vertical moves to the nearest item on the next row with items, above or
// below, crossing from one person's lanes to the next person's.
func (l *lanes) vertical(c *cmpmodel.Comparison, dir int) {
	cur := l.cursorLine(c)
	if cur < 0 {
		return
	}
	for i := cur + dir; i >= 0 && i < len(l.lines); i += dir {
		ln := l.lines[i]
		t := &c.People[ln.person].Timeline
		switch ln.kind {
		case lineRow:
			if items := t.RowItems(ln.row); len(items) > 0 {
				l.person, l.sel = ln.person, t.Nearest(items, l.anchor)
				l.follow(c)
				return
			}
		case lineUndated:
			l.person, l.sel = ln.person, len(t.Items)
			l.follow(c)
			return
		}
	}
}

// zoom narrows (dir > 0) or widens the viewport around the cursor; dir 0
// fits every career.
func (l *lanes) zoom(c *cmpmodel.Comparison, dir int) {
	switch {
	case !l.dated:
		return
	case dir == 0:
		l.vp = l.fit
	case dir > 0:
		l.vp = l.vp.ZoomIn(l.cursorMonth(c))
	default:
		l.vp = l.vp.ZoomOut(l.cursorMonth(c))
	}
}

// cursorMonth is the month zoom keeps in place: the selected item's start,
// or the middle of the view.
func (l *lanes) cursorMonth(c *cmpmodel.Comparison) model.Month {
	if it, undated, ok := l.selected(c); ok && !undated && l.vp.Contains(it.Span.From) {
		return it.Span.From
	}
	return l.vp.From + model.Month(l.vp.Months()/2)
}

// follow pans the viewport to the selected dated item.
func (l *lanes) follow(c *cmpmodel.Comparison) {
	if it, undated, ok := l.selected(c); ok && !undated {
		l.vp = l.vp.Follow(it.Span)
	}
}

// scroll keeps the selected line (and, when there is room, its person's
// name above it) within the size lines shown.
func (l *lanes) scroll(c *cmpmodel.Comparison, size int) {
	if size <= 0 {
		l.top = 0
		return
	}
	l.top = min(l.top, max(len(l.lines)-size, 0))
	cur := l.cursorLine(c)
	if cur < 0 {
		return
	}
	head := cur
	for head > 0 && l.lines[head].kind != lineName {
		head--
	}
	switch {
	case cur-head < size && head < l.top:
		l.top = head
	case cur < l.top:
		l.top = cur
	case cur >= l.top+size:
		l.top = cur - size + 1
	}
}
