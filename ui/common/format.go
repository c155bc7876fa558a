package common

import (
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// RangeDash separates the ends of a date range.
const RangeDash = " – "

// FormatRange writes a role's dates for people: "Aug 2018 – now",
// "2017 – 2018", "until Jun 2019" when only the end is known, "2006 – end
// unknown" for a role that is over at an unknown time, and "" for an
// undated range (callers say "undated" in their own style).
func FormatRange(r model.Range) string {
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

// FormatDuration writes how long a range lasted, resolved against now:
// "3y 2m", "~2y" when an end is known only to the year, "" when undated or
// when the end is unknown (no length can be claimed).
func FormatDuration(r model.Range, now model.Month) string {
	s, ok := r.Span(now)
	if !ok || (r.EndUnknown && r.End.IsZero()) || (r.Start.IsZero() && !r.End.IsZero()) {
		return ""
	}
	return model.FormatMonths(s.Months(), s.Approx)
}

// DisplayURL is a link as text a person can trust: richtext.DisplayURL
// (https shows its real host and path, mailto its address, anything else
// is shown as written, sanitized).
func DisplayURL(raw string) string { return richtext.DisplayURL(raw) }
