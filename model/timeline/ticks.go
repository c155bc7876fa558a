package timeline

import (
	"strconv"

	"github.com/vitae-cli/vitae/model"
)

// Tick is a mark on the time axis at the first column of a year or, when
// zoomed in far enough, of a month.
type Tick struct {
	Year  int
	Month int    // 2–12 for a month tick; 0 for a year
	Col   int    // column of the year's January or the month (of the viewport's start, for a Partial tick)
	Label string // the year or month ("2019", "Apr"), or "" for a minor tick drawn without a label
	// Partial marks the label of the year already under way at the left
	// edge: it names the year at column 0 but is not the year's start.
	Partial bool
}

// tickSteps are the year intervals labels may be thinned to, densest first.
var tickSteps = [...]int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}

// monthSteps are the month intervals month labels may be thinned to.
var monthSteps = [...]int{1, 3, 6}

// monthLabels are the month labels, January first.
var monthLabels = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// LabelGap is the least number of blank columns between two labels.
const LabelGap = 1

// Ticks returns the year marks for width w, left to right. Labels are
// thinned to every 1, 2, 5, 10… years so that they never collide or run
// past the width: label i ends (Col+len(Label)) at least LabelGap columns
// before label i+1 starts. Unlabelled years get minor ticks when years are
// at least two columns apart. Zoomed in to at least one and a half columns
// a month (below that, month labels are more clutter than help), months
// are labelled too, every 1, 3 or 6 months, where they fit between the
// years. When the viewport does not start in January, the year under way
// is labelled at column 0 if it fits before the first year tick.
func (v Viewport) Ticks(w int) []Tick {
	if w < 1 {
		return nil
	}
	n := v.Months()
	first, last := v.From.Year(), v.To.Year()
	if model.MonthOf(first, 1) < v.From {
		first++
	}
	width := len(strconv.Itoa(last))
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if s*12*w >= n*(width+LabelGap) {
			step = s
			break
		}
	}
	minor := 12*w >= 2*n
	var out []Tick
	end := -1 // first column free for a label
	for y := first; y <= last; y++ {
		col, _ := v.Col(model.MonthOf(y, 1), w)
		label := strconv.Itoa(y)
		if y%step == 0 && col >= end && col+len(label) <= w {
			out = append(out, Tick{Year: y, Col: col, Label: label})
			end = col + len(label) + LabelGap
		} else if minor {
			out = append(out, Tick{Year: y, Col: col})
		}
	}
	partial, free := v.partial(out, w)
	if step == 1 && 2*w >= 3*n {
		out = v.withMonths(out, w, free)
	}
	return append(partial, out...)
}

// withMonths adds month labels from column free on, between the year
// ticks (which are all labelled) where they fit, keeping the ticks in
// column order.
func (v Viewport) withMonths(years []Tick, w, free int) []Tick {
	n := v.Months()
	ms := 0
	for _, s := range monthSteps {
		if s*w >= n*(len(monthLabels[0])+LabelGap) {
			ms = s
			break
		}
	}
	if ms == 0 {
		return years
	}
	var out []Tick
	end, next := free, 0 // first free column; index of the next year tick
	for m := v.From; m <= v.To; m++ {
		col, _ := v.Col(m, w)
		if m.Num() == 1 {
			for next < len(years) && years[next].Col <= col {
				out = append(out, years[next])
				if years[next].Label != "" {
					end = years[next].Col + len(years[next].Label) + LabelGap
				}
				next++
			}
			continue
		}
		label := monthLabels[m.Num()-1]
		limit := w
		if next < len(years) {
			limit = years[next].Col - LabelGap
		}
		if (m.Num()-1)%ms == 0 && col >= end && col+len(label) <= limit {
			out = append(out, Tick{Year: m.Year(), Month: m.Num(), Col: col, Label: label})
			end = col + len(label) + LabelGap
		}
	}
	return append(out, years[next:]...)
}

// partial is the label of the year under way at column 0, when the
// viewport starts after January and the label ends before the first year
// tick, so that it cannot be read as naming that tick; free is the first
// column after it.
func (v Viewport) partial(years []Tick, w int) (t []Tick, free int) {
	if v.From.Num() == 1 {
		return nil, 0
	}
	label := strconv.Itoa(v.From.Year())
	limit := w
	if len(years) > 0 {
		limit = years[0].Col
	}
	if len(label)+LabelGap > limit {
		return nil, 0
	}
	return []Tick{{Year: v.From.Year(), Col: 0, Label: label, Partial: true}}, len(label) + LabelGap
}
