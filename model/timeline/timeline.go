// Package timeline lays a career out on a time axis: one lane of role bars
// per employer (promotions as segments, overlapping roles stacked in
// sub-rows), volunteer lanes, an events lane of markers (talks, writing,
// projects, certificates, degrees, awards), the gaps and overlaps between
// roles, and the undated roles that never go on the axis. It also holds the
// Viewport arithmetic that maps months to terminal columns.
//
// The package is pure (no I/O, no Bubble Tea). A Timeline describes one
// person; several Timelines can share one Viewport (see FitSpans), so the
// compare view lines careers up year by year with one lane group per person.
package timeline

import (
	"sort"

	"github.com/vitae-cli/vitae/model"
)

// GapMinMonths is the shortest stretch without any dated role that counts
// as a gap in a career.
const GapMinMonths = 3

// OverlapMinMonths is the shortest time two roles must run together to
// count as an overlap; a one-month hand-over is not one.
const OverlapMinMonths = 2

// Timeline is one person's career laid out on lanes, ready to be mapped to
// columns by a Viewport.
type Timeline struct {
	Now      model.Month     // the month ongoing roles run to
	Items    []Item          // every dated item, in time order (see Less)
	Lanes    []Lane          // employer lanes by first start, volunteer lanes, then events
	Undated  []Item          // roles and volunteer entries without any date, in file order
	Gaps     []model.Gap     // stretches of at least GapMinMonths with no dated role
	Overlaps []model.Overlap // pairs of roles that ran together for OverlapMinMonths or more
}

// Build lays out the career in r, resolving ongoing roles against now.
// Every dated role appears on exactly one lane; undated roles appear only
// in Undated.
func Build(r *model.Resume, now model.Month) Timeline {
	t := Timeline{Now: now}
	if r == nil {
		return t
	}
	var lanes []laneDraft
	for _, e := range model.Employers(r) {
		var items []Item
		for _, role := range e.Roles {
			it := roleItem(role, now)
			if it.Dated() {
				items = append(items, it)
			} else {
				t.Undated = append(t.Undated, it)
			}
		}
		if len(items) > 0 {
			number(items)
			lanes = append(lanes, laneDraft{Lane{Kind: LaneEmployer, Name: model.SanitizeLine(e.Name)}, items})
		}
	}
	sortDrafts(lanes)
	vol, undatedVol := volunteerLanes(r, now)
	sortDrafts(vol)
	lanes = append(lanes, vol...)
	t.Undated = append(t.Undated, undatedVol...)
	if ev := eventLane(r); len(ev.items) > 0 {
		lanes = append(lanes, ev)
	}
	t.place(lanes)
	roles := model.Roles(r)
	t.Gaps = model.Gaps(roles, now, GapMinMonths)
	t.Overlaps = t.certainOverlaps(model.Overlaps(roles, now, OverlapMinMonths))
	return t
}

// certainOverlaps keeps the overlaps whose roles certainly ran together for
// OverlapMinMonths: "2016–2019" followed by "2019–now" is a promotion some
// time in 2019, not a year of two jobs.
func (t Timeline) certainOverlaps(all []model.Overlap) []model.Overlap {
	var out []model.Overlap
	for _, o := range all {
		a, b := t.Role(o.A), t.Role(o.B)
		if a < 0 || b < 0 {
			continue
		}
		sa, okA := t.Items[a].Certain()
		sb, okB := t.Items[b].Certain()
		if okA && okB && int(min(sa.To, sb.To)-max(sa.From, sb.From))+1 >= OverlapMinMonths {
			out = append(out, o)
		}
	}
	return out
}

// laneDraft is a lane and its items before they are stacked and indexed.
type laneDraft struct {
	lane  Lane
	items []Item
}

// sortDrafts orders lanes by their first month, keeping file order on ties.
func sortDrafts(d []laneDraft) {
	first := func(l laneDraft) model.Month {
		m := l.items[0].Span.From
		for _, it := range l.items {
			m = min(m, it.Span.From)
		}
		return m
	}
	sort.SliceStable(d, func(i, j int) bool { return first(d[i]) < first(d[j]) })
}

// place stacks each lane's items into rows, then fills t.Lanes and t.Items
// with the items in time order and the lanes' indexes into them.
func (t *Timeline) place(drafts []laneDraft) {
	for li, d := range drafts {
		lane := d.lane
		if lane.Kind == LaneEvents {
			lane.Rows = len(lane.RowNames)
		} else {
			lane.Rows = stack(d.items)
		}
		for i := range d.items {
			d.items[i].Lane = li
			lane.Span = widen(lane.Span, d.items[i].Span, i == 0)
		}
		t.Lanes = append(t.Lanes, lane)
		t.Items = append(t.Items, d.items...)
	}
	sort.SliceStable(t.Items, func(i, j int) bool { return Less(t.Items[i], t.Items[j]) })
	for i, it := range t.Items {
		t.Lanes[it.Lane].Items = append(t.Lanes[it.Lane].Items, i)
	}
}

// number sets Step and Steps of one lane's bars: their order by start
// (file order on ties) among the lane's dated entries.
func number(items []Item) {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]].Span.From < items[order[b]].Span.From })
	for step, i := range order {
		items[i].Step, items[i].Steps = step+1, len(items)
	}
}

// widen returns s grown to cover x (or x itself when first).
func widen(s, x model.Span, first bool) model.Span {
	if first {
		return x
	}
	return model.Span{From: min(s.From, x.From), To: max(s.To, x.To), Approx: s.Approx || x.Approx}
}

// stack assigns sub-rows to bars so that bars in one row never certainly
// overlap by more than a hand-over month (two year-only dates may share
// their uncertain year), and returns the number of rows used.
func stack(items []Item) int {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]].Span.From < items[order[b]].Span.From })
	var ends []model.Month
	for _, i := range order {
		it := &items[i]
		from, to := it.Span.From, it.Span.To
		if c, ok := it.Certain(); ok {
			from, to = c.From, c.To
		}
		row := -1
		for r, end := range ends {
			if from >= end {
				row = r
				break
			}
		}
		if row < 0 {
			row = len(ends)
			ends = append(ends, 0)
		}
		it.Row = row
		ends[row] = to
	}
	return max(len(ends), 1)
}

// Less is the time order of items: by start, then lane, row, kind and
// source index, so the order is total and stable.
func Less(a, b Item) bool {
	switch {
	case a.Span.From != b.Span.From:
		return a.Span.From < b.Span.From
	case a.Lane != b.Lane:
		return a.Lane < b.Lane
	case a.Row != b.Row:
		return a.Row < b.Row
	case a.Kind != b.Kind:
		return a.Kind < b.Kind
	}
	return a.Index < b.Index
}

// Span is the time covered by the dated items and now; ok is false when
// nothing is dated (the span is then just now).
func (t Timeline) Span() (s model.Span, ok bool) {
	s = model.Span{From: t.Now, To: t.Now}
	for i, it := range t.Items {
		s = widen(s, it.Span, i == 0)
	}
	ok = len(t.Items) > 0
	if ok {
		s.From, s.To = min(s.From, t.Now), max(s.To, t.Now)
	}
	return s, ok
}

// Role returns the position in Items of the dated work entry with the given
// Resume.Work index, or -1.
func (t Timeline) Role(workIndex int) int {
	for i, it := range t.Items {
		if it.Kind == KindRole && it.Index == workIndex {
			return i
		}
	}
	return -1
}

// OverlapsOf returns the overlaps that involve the work entry with the
// given index.
func (t Timeline) OverlapsOf(workIndex int) []model.Overlap {
	var out []model.Overlap
	for _, o := range t.Overlaps {
		if o.A == workIndex || o.B == workIndex {
			out = append(out, o)
		}
	}
	return out
}
