package compare

import (
	"slices"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/timeline"
)

// Months is a length of time in a summary: months, approximate when a
// date it rests on is known only to the year. OK is false when there is
// nothing to measure (no dated role).
type Months struct {
	N      int
	Approx bool
	OK     bool
}

// String writes the length for people ("3y 2m", "~1y"), or "" when not OK.
func (m Months) String() string {
	if !m.OK {
		return ""
	}
	return model.FormatMonths(m.N, m.Approx)
}

// LastEnd is when a person's most recent role ended.
type LastEnd struct {
	Ongoing bool       // a role is under way: "now"
	Date    model.Date // the latest end date written; zero when none is known
}

// month orders last ends: ongoing after any date, an unknown end first.
func (e LastEnd) month() model.Month {
	switch {
	case e.Ongoing:
		return model.Month(1 << 30)
	case e.Date.IsZero():
		return -1
	}
	return e.Date.Last()
}

// Summary is the facts of one career the compare view lines up.
type Summary struct {
	Name     string   // sanitized, one line
	Headline string   // sanitized, one line; "" when none
	Current  []string // ongoing roles as "Title at Employer", sanitized, in file order
	// Experience is the union of the dated roles: overlapping roles count
	// once. Undated counts the roles without any date, and Open says some
	// role ended at an unknown time, so the real total is longer.
	Experience Months
	Undated    int
	Open       bool
	// Employers counts distinct employer names; a role without an
	// employer name counts as one more (Unnamed says how many of those).
	Employers, Unnamed int
	MedianTenure       Months // over the employers with a dated role
	// LongestGap is the longest stretch of timeline.GapMinMonths or more
	// without a dated role; OK with N == 0 when there is none.
	LongestGap Months
	LastEnd    LastEnd
	// Spans is the union of the dated roles, resolved against now: the
	// months the person was working, for the shared axis.
	Spans []model.Span
}

// Summarize works out the facts of p's career at now.
func Summarize(p *model.Profile, now model.Month) Summary {
	r := &p.Resume
	roles := model.Roles(r)
	s := Summary{Name: model.SanitizeLine(p.Name()), Headline: model.SanitizeLine(p.Headline())}
	var spans []model.Span
	for _, ro := range roles {
		rg := ro.Range()
		if cur := ro.Work.TitleAt(); rg.Ongoing() && cur != "" {
			s.Current = append(s.Current, model.SanitizeLine(cur))
		}
		switch sp, ok := rg.Span(now); {
		case !ok:
			s.Undated++
		default:
			spans = append(spans, sp)
			s.Open = s.Open || (rg.EndUnknown && rg.End.IsZero())
		}
		s.LastEnd = later(s.LastEnd, rg)
	}
	s.Spans = model.Union(spans)
	if len(spans) > 0 {
		n, approx := model.TotalMonths(s.Spans)
		s.Experience = Months{N: n, Approx: approx, OK: true}
		s.LongestGap = Months{OK: true}
		for _, g := range model.Gaps(roles, now, timeline.GapMinMonths) {
			if g.Months() > s.LongestGap.N {
				s.LongestGap = Months{N: g.Months(), Approx: g.Approx, OK: true}
			}
		}
	}
	s.Employers, s.Unnamed = countEmployers(r)
	s.MedianTenure = medianTenure(model.Employers(r), now)
	return s
}

// later returns the last end after taking one more role into account.
func later(e LastEnd, rg model.Range) LastEnd {
	switch {
	case e.Ongoing:
		return e
	case rg.Ongoing():
		return LastEnd{Ongoing: true}
	case !rg.End.IsZero() && (e.Date.IsZero() || rg.End.Last() > e.Date.Last()):
		return LastEnd{Date: rg.End}
	}
	return e
}

// countEmployers counts distinct employer names (as people read them:
// case and spacing do not matter) and the roles without one.
func countEmployers(r *model.Resume) (employers, unnamed int) {
	seen := map[string]bool{}
	for _, w := range r.Work {
		n := strings.ToLower(strings.Join(strings.Fields(strings.Trim(w.Name, " .,;")), " "))
		switch {
		case n == "":
			unnamed++
		case !seen[n]:
			seen[n] = true
		}
	}
	return len(seen) + unnamed, unnamed
}

// medianTenure is the median of the employers' tenures (each the union of
// its dated roles); with an even count, the mean of the middle two, in
// whole months.
func medianTenure(es []model.Employer, now model.Month) Months {
	var ts []int
	approx := false
	for _, e := range es {
		if n, a, ok := e.Tenure(now); ok {
			ts = append(ts, n)
			approx = approx || a
		}
	}
	if len(ts) == 0 {
		return Months{}
	}
	slices.Sort(ts)
	mid := len(ts) / 2
	n := ts[mid]
	if len(ts)%2 == 0 {
		n = (ts[mid-1] + ts[mid]) / 2
	}
	return Months{N: n, Approx: approx, OK: true}
}
