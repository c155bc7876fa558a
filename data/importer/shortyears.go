package importer

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
