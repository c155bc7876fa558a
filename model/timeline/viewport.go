package timeline

import (
	"math"

	"github.com/vitae-cli/vitae/model"
)

// Zoom limits and step.
const (
	MinMonths  = 12       // the narrowest viewport: one year
	MaxMonths  = 100 * 12 // the widest viewport zooming out reaches: a century
	ZoomFactor = 2.0      // how much one zoom step narrows or widens the viewport
)

// Viewport is the stretch of time drawn across a given number of columns,
// From and To included. Month k of the viewport (From+k) covers the columns
// [k*w/n, (k+1)*w/n) for a width of w columns and n months, so every month
// gets its fair share of columns and no column is outside [0, w).
//
// One Viewport can be shared by several Timelines (FitSpans), which is how
// the compare view lines careers up on one axis.
type Viewport struct {
	From, To model.Month
}

// Months is the number of months the viewport shows (at least 1).
func (v Viewport) Months() int { return max(int(v.To-v.From)+1, 1) }

// FitSpans returns the viewport that shows every span, starting in January
// of the first year and ending one month after the last span, so that an
// arrow at "now" has room; it is at least MinMonths long. With no spans it
// returns the zero Viewport.
func FitSpans(spans ...model.Span) Viewport {
	if len(spans) == 0 {
		return Viewport{}
	}
	from, to := spans[0].From, spans[0].To
	for _, s := range spans[1:] {
		from, to = min(from, s.From), max(to, s.To)
	}
	v := Viewport{From: model.MonthOf(from.Year(), 1), To: to + 1}
	if v.Months() < MinMonths {
		v.To = v.From + MinMonths - 1
	}
	return v
}

// Fit is the viewport that shows the whole career and now.
func (t Timeline) Fit() Viewport {
	s, _ := t.Span()
	return FitSpans(s)
}

// floorDiv divides rounding toward negative infinity.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// edge is the first column of month From+k for width w (it may lie outside
// [0, w) for months outside the viewport).
func (v Viewport) edge(k, w int) int { return floorDiv(k*w, v.Months()) }

// Contains reports whether month m is inside the viewport.
func (v Viewport) Contains(m model.Month) bool { return m >= v.From && m <= v.To }

// Col returns the first column of month m for width w, and whether m is in
// the viewport; the column is always within [0, w) for w >= 1.
func (v Viewport) Col(m model.Month, w int) (col int, ok bool) {
	if w < 1 {
		return 0, false
	}
	c := v.edge(int(m-v.From), w)
	return min(max(c, 0), w-1), v.Contains(m)
}

// Cols returns the columns [c0, c1] the span s covers for width w; a
// visible span covers at least one column, even when several months share
// it. ok is false when s is entirely outside the viewport.
func (v Viewport) Cols(s model.Span, w int) (c0, c1 int, ok bool) {
	if w < 1 || s.To < v.From || s.From > v.To {
		return 0, 0, false
	}
	from, to := max(s.From, v.From), min(s.To, v.To)
	c0 = v.edge(int(from-v.From), w)
	c1 = v.edge(int(to-v.From)+1, w) - 1
	c0 = min(max(c0, 0), w-1)
	c1 = min(max(c1, c0), w-1)
	return c0, c1, true
}

// MonthAt returns the month drawn in column col of width w (the first month
// whose columns reach col), clamped to the viewport.
func (v Viewport) MonthAt(col, w int) model.Month {
	if w < 1 {
		return v.From
	}
	col = min(max(col, 0), w-1)
	n := v.Months()
	k := -floorDiv(-col*n, w) // ceil(col*n/w): the first month starting at col, if any
	if v.edge(k, w) != col {
		k = -floorDiv(-(col+1)*n, w) - 1 // else the last month starting before it
	}
	return v.From + model.Month(min(max(k, 0), n-1))
}

// Zoom narrows (factor > 1) or widens (factor < 1) the viewport around the
// month center, which keeps its place on screen; the length stays within
// [MinMonths, MaxMonths] (or the current length, when that is longer). A
// center outside the viewport is first moved to its nearest edge.
func (v Viewport) Zoom(center model.Month, factor float64) Viewport {
	if factor <= 0 || math.IsNaN(factor) || math.IsInf(factor, 0) {
		return v
	}
	n := v.Months()
	center = min(max(center, v.From), v.To)
	m := int(math.Round(float64(n) / factor))
	m = min(max(m, MinMonths), max(MaxMonths, n))
	frac := (float64(center-v.From) + 0.5) / float64(n)
	from := center - model.Month(math.Floor(frac*float64(m)))
	return Viewport{From: from, To: from + model.Month(m) - 1}
}

// ZoomIn narrows the viewport by ZoomFactor around center.
func (v Viewport) ZoomIn(center model.Month) Viewport { return v.Zoom(center, ZoomFactor) }

// ZoomOut widens the viewport by ZoomFactor around center.
func (v Viewport) ZoomOut(center model.Month) Viewport { return v.Zoom(center, 1/ZoomFactor) }

// Pan moves the viewport by delta months, keeping its length.
func (v Viewport) Pan(delta int) Viewport {
	return Viewport{From: v.From + model.Month(delta), To: v.To + model.Month(delta)}
}

// Follow pans the viewport, as little as possible, so that s is in view:
// all of it when it fits, else its start.
func (v Viewport) Follow(s model.Span) Viewport {
	n := v.Months()
	if s.Months() > n {
		if s.From < v.From || s.From > v.To {
			return v.Pan(int(s.From - v.From))
		}
		return v
	}
	switch {
	case s.From < v.From:
		return v.Pan(int(s.From - v.From))
	case s.To > v.To:
		return v.Pan(int(s.To - v.To))
	}
	return v
}
