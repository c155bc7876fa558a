package importer

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// shortYearRangeRe is a range of English month names with two-digit years
// and no apostrophe ("Jan 17 – Mar 19", "Sept 18 - Present"): both ends
// must be there, so "May 17" alone (a day) is not read as a year.
var shortYearRangeRe = lazyRE(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?( +)\d{2}\b *(?:[-–—]|to) *(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?( +)\d{2}\b|present|current|now|today|till date|to date)`)

// markShortYears rewrites, in place and keeping every byte offset, the
// space before a two-digit year of such a range into an apostrophe
// ("Jan'17 – Mar'19"), the form the date scanner reads. It runs only on
// lines with no four-digit year (the caller checks), so it never competes with full dates.
// It reports whether it changed anything.
func markShortYears(b []byte) bool {
	if len(b) < 10 || !hasDigitPair(b) {
		return false
	}
	ms := shortYearRangeRe.FindAllStringSubmatchIndex(string(b), 8)
	for _, m := range ms {
		for _, k := range []int{2, 4} {
			if m[k] >= 0 {
				b[m[k+1]-1] = '\''
			}
		}
	}
	return len(ms) > 0
}

// hasDigitPair is a cheap pre-check: two digits in a row.
func hasDigitPair(b []byte) bool {
	for i := 1; i < len(b); i++ {
		if isDigit(b[i]) && isDigit(b[i-1]) {
			return true
		}
	}
	return false
}

// shortNumericRe is a range of two-digit month/year dates ("03/19 –
// 06/21", "11/20 - present"): both ends must be there, so a lone "3/19"
// (a day, a score) is not a date.
var shortNumericRe = lazyRE(`(?i)(?:^|[^\d/.])(0?[1-9]|1[0-2])/(\d{2}) *(?:[-–—]|to) *(?:(0?[1-9]|1[0-2])/(\d{2})|(present|current|now|today|till date|to date))(?:[^\d/.]|$)`)

// shortNumericRanges reads the ranges of shortNumericRe on a line with no
// four-digit year.
func shortNumericRanges(s string) []dateRange {
	if !hasDigitPair([]byte(s)) || !strings.Contains(s, "/") {
		return nil
	}
	var out []dateRange
	for _, m := range shortNumericRe.FindAllStringSubmatchIndex(s, 8) {
		yy := func(a, b int) int {
			y := 2000 + num(s[a:b])
			if y > 2069 {
				y -= 100
			}
			return y
		}
		r := dateRange{Start: model.YearMonth(yy(m[4], m[5]), num(s[m[2]:m[3]])), Lo: m[2], Duration: -1}
		if m[6] >= 0 {
			r.End, r.Hi = model.YearMonth(yy(m[8], m[9]), num(s[m[6]:m[7]])), m[9]
		} else {
			r.Ongoing, r.Hi = true, m[11]
		}
		r.Text = s[r.Lo:r.Hi]
		out = append(out, r)
	}
	return out
}
