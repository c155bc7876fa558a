package model

import (
	"strconv"
	"strings"
)

// Role is one work entry seen as part of a career.
type Role struct {
	Index int   // position in Resume.Work
	Work  *Work // the entry itself
}

// Range is the role's start and end.
func (r Role) Range() Range { return r.Work.Range() }

// Employer is a run of consecutive work entries with the same employer name:
// one employer and its progression of roles, in file order.
type Employer struct {
	Name  string
	Roles []Role
}

// Tenure is the union of the employer's dated roles, resolved against now.
func (e Employer) Tenure(now Month) (months int, approx bool, ok bool) {
	var spans []Span
	for _, r := range e.Roles {
		if s, dated := r.Range().Span(now); dated {
			spans = append(spans, s)
		}
	}
	if len(spans) == 0 {
		return 0, false, false
	}
	m, a := TotalMonths(Union(spans))
	return m, a, true
}

// Current reports whether any of the employer's roles is ongoing.
func (e Employer) Current() bool {
	for _, r := range e.Roles {
		if r.Range().Ongoing() {
			return true
		}
	}
	return false
}

// sameEmployer compares employer names as people read them: case, spacing
// and surrounding punctuation do not matter.
func sameEmployer(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, " .,;")), " "))
	}
	return norm(a) != "" && norm(a) == norm(b)
}

// Employers groups consecutive work entries with the same employer name.
// Entries without a name each stand alone.
func Employers(r *Resume) []Employer {
	var out []Employer
	for i := range r.Work {
		w := &r.Work[i]
		if n := len(out); n > 0 && sameEmployer(out[n-1].Name, w.Name) {
			out[n-1].Roles = append(out[n-1].Roles, Role{Index: i, Work: w})
			continue
		}
		out = append(out, Employer{Name: strings.TrimSpace(w.Name), Roles: []Role{{Index: i, Work: w}}})
	}
	return out
}

// Roles returns every work entry as a Role, in file order.
func Roles(r *Resume) []Role {
	out := make([]Role, len(r.Work))
	for i := range r.Work {
		out[i] = Role{Index: i, Work: &r.Work[i]}
	}
	return out
}

// Experience is the total time covered by the dated roles: the union of
// their spans, so overlapping roles are not counted twice.
func Experience(roles []Role, now Month) (months int, approx bool) {
	return TotalMonths(Union(roleSpans(roles, now)))
}

// roleSpans resolves the dated roles' ranges.
func roleSpans(roles []Role, now Month) []Span {
	var spans []Span
	for _, r := range roles {
		if s, ok := r.Range().Span(now); ok {
			spans = append(spans, s)
		}
	}
	return spans
}

// Gap is a stretch of months with no dated role.
type Gap struct {
	Span
	After  int // Work index of the role that ended before the gap
	Before int // Work index of the role that started after it
}

// Gaps lists the gaps of at least minMonths months between the union of the
// dated roles, in time order. A gap next to a year-only date is approximate.
func Gaps(roles []Role, now Month, minMonths int) []Gap {
	type ended struct {
		Span
		idx int
	}
	var items []ended
	for _, r := range roles {
		if s, ok := r.Range().Span(now); ok {
			items = append(items, ended{s, r.Index})
		}
	}
	sortSpans := make([]Span, len(items))
	for i, it := range items {
		sortSpans[i] = it.Span
	}
	merged := Union(sortSpans)
	var out []Gap
	for i := 1; i < len(merged); i++ {
		g := Span{From: merged[i-1].To + 1, To: merged[i].From - 1,
			Approx: merged[i-1].Approx || merged[i].Approx}
		if g.Months() < minMonths {
			continue
		}
		gap := Gap{Span: g, After: -1, Before: -1}
		for _, it := range items {
			if it.To == merged[i-1].To && gap.After < 0 {
				gap.After = it.idx
			}
			if it.From == merged[i].From && gap.Before < 0 {
				gap.Before = it.idx
			}
		}
		out = append(out, gap)
	}
	return out
}

// Overlap is a stretch of months in which two roles both ran.
type Overlap struct {
	Span
	A, B int // Work indexes, A listed before B in time
}

// Overlaps lists the pairs of dated roles that ran at the same time for at
// least minMonths months. A hand-over month (one role ends in the month the
// next starts) is one month long, so minMonths of 2 ignores it.
func Overlaps(roles []Role, now Month, minMonths int) []Overlap {
	type item struct {
		Span
		idx int
	}
	var items []item
	for _, r := range roles {
		if s, ok := r.Range().Span(now); ok {
			items = append(items, item{s, r.Index})
		}
	}
	var out []Overlap
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i], items[j]
			if b.From < a.From || (b.From == a.From && b.idx < a.idx) {
				a, b = b, a
			}
			o := Span{From: max(a.From, b.From), To: min(a.To, b.To), Approx: a.Approx || b.Approx}
			if o.To < o.From || o.Months() < minMonths {
				continue
			}
			out = append(out, Overlap{Span: o, A: a.idx, B: b.idx})
		}
	}
	return out
}

// CurrentRoles returns the ongoing roles, in file order.
func CurrentRoles(roles []Role) []Role {
	var out []Role
	for _, r := range roles {
		if r.Range().Ongoing() {
			out = append(out, r)
		}
	}
	return out
}

// FormatMonths writes a duration for people: "3y 2m", "8m", "1y"; with a
// leading "~" when approximate.
func FormatMonths(months int, approx bool) string {
	y, m := months/12, months%12
	s := ""
	switch {
	case y > 0 && m > 0:
		s = strconv.Itoa(y) + "y " + strconv.Itoa(m) + "m"
	case y > 0:
		s = strconv.Itoa(y) + "y"
	default:
		s = strconv.Itoa(m) + "m"
	}
	if approx {
		s = "~" + s
	}
	return s
}

// Range is the work entry's dates, with Ended (x-ended) as an ended range
// whose end is unknown. Use it rather than building a Range from the
// fields, so every view agrees on what is ongoing.
func (w *Work) Range() Range {
	return Range{Start: w.StartDate, End: w.EndDate, EndUnknown: w.Ended}
}

// TitleAt is "Title at Employer", or whichever of the two is known: how a
// role is named in one line.
func (w *Work) TitleAt() string {
	t, e := strings.TrimSpace(w.Position), strings.TrimSpace(w.Name)
	switch {
	case t != "" && e != "":
		return t + " at " + e
	case t != "":
		return t
	}
	return e
}
