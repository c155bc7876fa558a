package compare

import (
	"strconv"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/timeline"
)

// RoleLine is one role of a career for a report: its dates, length, title
// and employer, all for people and sanitized.
type RoleLine struct {
	Dates    string // "Oct 2016 – Mar 2017", "2006 – end unknown", "undated"
	Length   string // "6m", "~2y"; "" when it cannot be measured
	Title    string
	Employer string
	Dated    bool
}

// Roles lists a person's roles for a report: the dated ones in time order
// (as the shared axis shows them), then the undated ones in file order.
func (p *Person) Roles() []RoleLine {
	var out []RoleLine
	add := func(it timeline.Item) {
		if it.Kind != timeline.KindRole {
			return
		}
		rl := RoleLine{Dates: it.Dates(), Length: it.Duration(), Title: it.Title, Employer: it.Org, Dated: it.Dated()}
		if it.EndUnknown() {
			rl.Dates = it.Range.Start.Human() + " – end unknown"
		}
		out = append(out, rl)
	}
	for _, it := range p.Timeline.Items {
		add(it)
	}
	for _, it := range p.Timeline.Undated {
		add(it)
	}
	return out
}

// Glyphs of a year strip.
const (
	StripWorking = '#' // a dated role ran some time that year
	StripApprox  = '~' // only a role known to the year may have run
	StripNone    = '.' // no dated role ran that year
)

// YearRange is the years of the shared axis, first to last; ok is false
// when nobody has a dated item.
func (c *Comparison) YearRange() (from, to int, ok bool) {
	vp, ok := c.Viewport()
	if !ok {
		return 0, 0, false
	}
	return vp.From.Year(), min(vp.To.Year(), c.Now.Year()), true
}

// Strip is the person's career on the years from..to, one rune a year:
// StripWorking when a dated role ran some month of it, StripApprox when
// only year-only dates put one there, StripNone otherwise.
func (s *Summary) Strip(from, to int) string {
	var b strings.Builder
	for y := from; y <= to; y++ {
		jan, dec := model.MonthOf(y, 1), model.MonthOf(y, 12)
		r := StripNone
		for _, sp := range s.Spans {
			if sp.To < jan || sp.From > dec {
				continue
			}
			if !sp.Approx {
				r = StripWorking
				break
			}
			r = StripApprox
		}
		b.WriteRune(r)
	}
	return b.String()
}

// StripLabels is the line of year labels over strips from..to: each
// label starts above its year, every five years from the first (the
// last may run past the strip).
func StripLabels(from, to int) string {
	var b strings.Builder
	for y := from; y <= to; y += 5 {
		label := strconv.Itoa(y)
		b.WriteString(label)
		b.WriteString(strings.Repeat(" ", max(5-len(label), 1)))
	}
	return strings.TrimRight(b.String(), " ")
}
