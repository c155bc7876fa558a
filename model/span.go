package model

import "sort"

// Range is the time a role (or project, or study) covers. A Range with a
// start and no end is ongoing, unless EndUnknown says it is over; one with
// neither is undated and never placed on a time axis.
type Range struct {
	Start Date
	End   Date
	// EndUnknown marks a range that has ended at an unknown time: only the
	// start is placed, as an approximate span.
	EndUnknown bool
}

// Dated reports whether the range can be placed on a time axis: it has a
// start, or at least an end.
func (r Range) Dated() bool { return !r.Start.IsZero() || !r.End.IsZero() }

// Ongoing reports whether the range has started and has no end.
func (r Range) Ongoing() bool { return !r.Start.IsZero() && r.End.IsZero() && !r.EndUnknown }

// Approximate reports whether either end is known only to the year, or the
// start is unknown.
func (r Range) Approximate() bool {
	return r.Start.IsZero() || r.Start.Approximate() || r.End.Approximate() ||
		(r.EndUnknown && r.End.IsZero())
}

// Span is a Range resolved to whole months on an axis: From and To are both
// included. An ongoing range runs to now.
type Span struct {
	From, To Month
	Approx   bool // an end is known only to the year, or a start is missing
}

// Months is the length of the span in months (at least 1).
func (s Span) Months() int { return int(s.To-s.From) + 1 }

// Span resolves the range against now. A year-only start counts from
// January and a year-only end to December, so the span covers everything the
// text allows; Approx says so. A range with only an end is the period of its
// end date, and an ended range with an unknown end the period of its start,
// both approximate. ok is false for an undated range.
func (r Range) Span(now Month) (s Span, ok bool) {
	switch {
	case !r.Start.IsZero() && !r.End.IsZero():
		s = Span{From: r.Start.First(), To: r.End.Last()}
	case !r.Start.IsZero() && r.EndUnknown:
		s = Span{From: r.Start.First(), To: r.Start.Last()}
	case !r.Start.IsZero():
		s = Span{From: r.Start.First(), To: max(now, r.Start.First())}
	case !r.End.IsZero():
		s = Span{From: r.End.First(), To: r.End.Last()}
	default:
		return Span{}, false
	}
	if s.To < s.From { // an end before its start: validation reports it
		s.From, s.To = s.To, s.From
	}
	s.Approx = r.Approximate()
	return s, true
}

// Union merges spans that overlap or touch into disjoint spans, in order.
// A merged span is approximate when any of its parts is.
func Union(spans []Span) []Span {
	if len(spans) == 0 {
		return nil
	}
	s := append([]Span(nil), spans...)
	sort.Slice(s, func(i, j int) bool { return s[i].From < s[j].From })
	out := []Span{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.From <= last.To+1 {
			last.To = max(last.To, x.To)
			last.Approx = last.Approx || x.Approx
			continue
		}
		out = append(out, x)
	}
	return out
}

// TotalMonths sums the months of disjoint spans (as Union returns them) and
// reports whether any is approximate.
func TotalMonths(spans []Span) (months int, approx bool) {
	for _, s := range spans {
		months += s.Months()
		approx = approx || s.Approx
	}
	return months, approx
}
