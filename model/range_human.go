package model

// RangeDash separates the ends of a date range when written for people.
const RangeDash = " – "

// Human writes the range for people: "Aug 2018 – now", "2017 – 2018",
// "until Jun 2019" when only the end is known, "2006 – end unknown" for a
// range that is over at an unknown time, and "" for an undated range
// (callers say "undated" in their own style).
func (r Range) Human() string {
	switch {
	case !r.Start.IsZero() && r.End.IsZero() && r.EndUnknown:
		return r.Start.Human() + RangeDash + "end unknown"
	case !r.Start.IsZero() && r.End.IsZero():
		return r.Start.Human() + RangeDash + "now"
	case !r.Start.IsZero() && r.Start == r.End:
		return r.Start.Human()
	case !r.Start.IsZero():
		return r.Start.Human() + RangeDash + r.End.Human()
	case !r.End.IsZero():
		return "until " + r.End.Human()
	}
	return ""
}

// Duration writes how long the range lasted, resolved against now: "3y 2m",
// "~2y" when an end is known only to the year, "" when undated, when only
// the end is known or when the end is unknown (no length can be claimed).
func (r Range) Duration(now Month) string {
	s, ok := r.Span(now)
	if !ok || (r.EndUnknown && r.End.IsZero()) || (r.Start.IsZero() && !r.End.IsZero()) {
		return ""
	}
	return FormatMonths(s.Months(), s.Approx)
}
