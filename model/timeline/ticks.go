package timeline

import (
	"strconv"

	"github.com/vitae-cli/vitae/model"
)

// Tick is a mark on the time axis at the first column of a year.
type Tick struct {
	Year  int
	Col   int    // column of the year's January (of the viewport's start, for a Partial tick)
	Label string // the year, or "" for a minor tick drawn without a label
	// Partial marks the label of the year already under way at the left
	// edge: it names the year at column 0 but is not the year's start.
	Partial bool
}

// tickSteps are the year intervals labels may be thinned to, densest first.
var tickSteps = [...]int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}

// LabelGap is the least number of blank columns between two year labels.
const LabelGap = 1

// Ticks returns the year marks for width w, left to right. Labels are
// thinned to every 1, 2, 5, 10… years so that they never collide or run
// past the width: label i ends (Col+len(Label)) at least LabelGap columns
// before label i+1 starts. Unlabelled years get minor ticks when years are
// at least two columns apart. When the viewport does not start in January,
// the year under way is labelled at column 0 if it fits before the first
// tick.
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
	return v.withPartial(out, w)
}

// withPartial prepends the label of the year under way at column 0 when
// the viewport starts after January and the label ends before the first
// tick, so that it cannot be read as naming that tick.
func (v Viewport) withPartial(ticks []Tick, w int) []Tick {
	if v.From.Num() == 1 {
		return ticks
	}
	label := strconv.Itoa(v.From.Year())
	limit := w
	if len(ticks) > 0 {
		limit = ticks[0].Col
	}
	if len(label)+LabelGap > limit {
		return ticks
	}
	return append([]Tick{{Year: v.From.Year(), Col: 0, Label: label, Partial: true}}, ticks...)
}
