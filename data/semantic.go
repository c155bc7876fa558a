package data

import (
	"strconv"
	"strings"
	"time"

	"github.com/vitae-cli/vitae/model"
)

// dateFields lists, per section of the JSON Resume schema, the keys whose
// values are dates (the schema's "iso8601" definition). Read-only.
var dateFields = map[string][]string{
	"work":         {"startDate", "endDate"},
	"volunteer":    {"startDate", "endDate"},
	"education":    {"startDate", "endDate"},
	"projects":     {"startDate", "endDate"},
	"awards":       {"date"},
	"certificates": {"date"},
	"publications": {"releaseDate"},
}

// dateInfo is one date string of a profile as the lenient parser read it.
type dateInfo struct {
	path    []string
	v       *value
	d       model.Date
	ongoing bool
	how     model.Leniency
	err     error
}

// checkDates reads every date string of the profile with
// model.ParseDateLenient and reports what is wrong or merely lenient:
// unreadable and calendar-invalid dates (errors), ongoing words in an end
// date and unpadded or spaced dates (warnings), ongoing words anywhere
// else (errors), dates after now (warnings) and entries that end before
// they start (errors, at the end date). It returns the dates by JSON
// pointer so that the schema check leaves their pattern to these messages.
func checkDates(root *value, rep *report, now time.Time) map[string]*dateInfo {
	dates := map[string]*dateInfo{}
	for _, sec := range root.Obj {
		keys, ok := dateFields[sec.Key]
		if !ok || sec.Val.Kind != kArray {
			continue
		}
		for i, item := range sec.Val.Arr {
			if item.Kind != kObject {
				continue
			}
			var start, end *dateInfo
			for _, m := range item.Obj {
				if !contains(keys, m.Key) {
					continue
				}
				if m.Val.Kind == kNumber && m.Val.Plain && allDigits(m.Val.Str) {
					// YAML reads startDate: 2018 as a number; take it as
					// the year it plainly is.
					rep.warnf(m.Val.Pos, "%s: %s is a number in YAML; read as the date \"%s\" — write it in quotes",
						humanPath(root, []string{sec.Key, strconv.Itoa(i), m.Key}), m.Val.Str, m.Val.Str)
					m.Val.Kind = kString
				}
				if m.Val.Kind != kString {
					continue
				}
				di := &dateInfo{path: []string{sec.Key, strconv.Itoa(i), m.Key}, v: m.Val}
				di.d, di.ongoing, di.how, di.err = model.ParseDateLenient(m.Val.Str)
				dates[strings.Join(di.path, "/")] = di
				reportDate(root, rep, di, now)
				switch m.Key {
				case "startDate":
					start = di
				case "endDate":
					end = di
				}
			}
			if usable(start) && usable(end) && end.d.Before(start.d) {
				rep.errorf(end.v.Pos, "%s: ends (%s) before it starts (%s, at %d:%d) — swap the dates or correct one",
					humanPath(root, end.path), end.d, start.d, start.v.Pos.Line, start.v.Pos.Col)
			}
		}
	}
	return dates
}

// usable reports whether a date was read as a real date.
func usable(di *dateInfo) bool { return di != nil && di.err == nil && !di.ongoing }

// reportDate reports the problems of one date.
func reportDate(root *value, rep *report, di *dateInfo, now time.Time) {
	where := humanPath(root, di.path)
	isEnd := di.path[len(di.path)-1] == "endDate"
	switch {
	case di.err != nil:
		rep.errorf(di.v.Pos, "%s: %v", where, di.err)
		return
	case di.ongoing && isEnd:
		rep.warnf(di.v.Pos, "%s: %q is not a date; read as ongoing — leave endDate out to say so", where, clip(di.v.Str))
		return
	case di.ongoing:
		rep.errorf(di.v.Pos, "%s: %q is not a date — write when it happened: YYYY-MM-DD, YYYY-MM or YYYY", where, clip(di.v.Str))
		return
	case di.how == model.LenientUnpadded:
		rep.warnf(di.v.Pos, "%s: %q read as %s — write it as \"%s\"", where, di.v.Str, di.d, di.d)
	case di.how == model.LenientSurrounding:
		rep.warnf(di.v.Pos, "%s: %q read as %s — remove the spaces", where, di.v.Str, di.d)
	}
	if isFuture(di.d, now) {
		hint := "check the year"
		if isEnd {
			hint = "check the year, or leave endDate out if it is ongoing"
		}
		rep.warnf(di.v.Pos, "%s: %s is in the future — %s", where, di.d, hint)
	}
}

// isFuture reports whether all of d lies after the day of now.
func isFuture(d model.Date, now time.Time) bool {
	switch d.Prec {
	case model.PrecisionYear:
		return d.Year > now.Year()
	case model.PrecisionMonth:
		return d.First() > model.MonthAt(now)
	case model.PrecisionDay:
		day := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		return day.After(today)
	}
	return false
}

// checkEmpty warns about a profile with nothing a résumé is made of.
func checkEmpty(root *value, rep *report) {
	name := root.get("basics").get("name")
	hasName := name != nil && name.Kind == kString && strings.TrimSpace(name.Str) != ""
	nonEmpty := func(key string) bool {
		v := root.get(key)
		return v != nil && v.Kind == kArray && len(v.Arr) > 0
	}
	if !hasName && !nonEmpty("work") && !nonEmpty("education") {
		rep.warnf(root.Pos, "no name, no work, no education — is this a JSON Resume?")
	}
}

// isProfile reports whether a top-level object has at least one key of the
// JSON Resume schema; a package.json has none. A "$schema" alone counts
// only when it could be a résumé's: a tsconfig.json names another schema.
func isProfile(root *value) bool {
	for _, m := range root.Obj {
		if m.Key == "$schema" && m.Val.Kind == kString && !strings.Contains(strings.ToLower(m.Val.Str), "resume") {
			continue
		}
		if sectionKeys()[m.Key] {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
