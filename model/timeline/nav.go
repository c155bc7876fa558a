package timeline

import "github.com/vitae-cli/vitae/model"

// Step moves from item i to the next (dir > 0) or previous (dir < 0) item
// in time order, staying put at either end. With no items it returns -1.
func (t Timeline) Step(i, dir int) int {
	if len(t.Items) == 0 {
		return -1
	}
	switch {
	case dir > 0:
		i++
	case dir < 0:
		i--
	}
	return min(max(i, 0), len(t.Items)-1)
}

// Vertical moves from item i to the nearest non-empty row above (dir < 0)
// or below (dir > 0) and returns the item on it nearest in time to anchor
// (distance from anchor to the item's span; ties go to the closer start,
// then the earlier item). ok is false when there is no such row.
func (t Timeline) Vertical(i, dir int, anchor model.Month) (j int, ok bool) {
	if i < 0 || i >= len(t.Items) || dir == 0 {
		return i, false
	}
	rows := t.Rows()
	cur := -1
	for r, ref := range rows {
		if ref == (RowRef{t.Items[i].Lane, t.Items[i].Row}) {
			cur = r
		}
	}
	step := 1
	if dir < 0 {
		step = -1
	}
	for r := cur + step; r >= 0 && r < len(rows); r += step {
		if items := t.RowItems(rows[r]); len(items) > 0 {
			return t.Nearest(items, anchor), true
		}
	}
	return i, false
}

// Nearest returns the one of the given item indexes whose span is nearest
// in time to the month m, or -1 for none.
func (t Timeline) Nearest(items []int, m model.Month) int {
	best, bestD, bestS := -1, 0, 0
	for _, i := range items {
		s := t.Items[i].Span
		d := 0
		switch {
		case m < s.From:
			d = int(s.From - m)
		case m > s.To:
			d = int(m - s.To)
		}
		sd := abs(int(s.From - m))
		if best < 0 || d < bestD || (d == bestD && sd < bestS) {
			best, bestD, bestS = i, d, sd
		}
	}
	return best
}

// Latest returns the item to select first: the role that started last (the
// current or most recent job), else the last item; -1 with no items.
func (t Timeline) Latest() int {
	best := -1
	for i, it := range t.Items {
		if it.Kind == KindRole {
			best = i
		}
	}
	if best < 0 {
		best = len(t.Items) - 1
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
