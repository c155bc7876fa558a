package common

import (
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// RangeDash separates the ends of a date range.
const RangeDash = model.RangeDash

// FormatRange writes a role's dates for people (model.Range.Human).
func FormatRange(r model.Range) string { return r.Human() }

// FormatDuration writes how long a range lasted, resolved against now
// (model.Range.Duration).
func FormatDuration(r model.Range, now model.Month) string { return r.Duration(now) }

// DisplayURL is a link as text a person can trust: richtext.DisplayURL
// (https shows its real host and path, mailto its address, anything else
// is shown as written, sanitized).
func DisplayURL(raw string) string { return richtext.DisplayURL(raw) }
