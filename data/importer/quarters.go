package importer

import "github.com/vitae-cli/vitae/model"

// quarterAtom reads a quarter or half-year date — "Q3 2019", "Q3/2019",
// "Q3-2019", "Q3 '19", "H2 2021" — where s[lo:hi] is the letter Q or H.
// The date is the period's first month; findRanges moves an end date to
// its last month.
func quarterAtom(s string, lo, hi int) (atom, int, bool) {
	if hi-lo != 1 || hi >= len(s) {
		return atom{}, 0, false
	}
	// Quarters start every three months, halves ("H2 2021") every six.
	step, top := 3, byte('4')
	switch s[lo] | 0x20 {
	case 'q':
	case 'h':
		step, top = 6, '2'
	default:
		return atom{}, 0, false
	}
	if s[hi] < '1' || s[hi] > top {
		return atom{}, 0, false
	}
	q := int(s[hi] - '0')
	j := hi + 1
	if j < len(s) && (s[j] == ' ' || s[j] == '/' || s[j] == '-' || s[j] == '.') {
		j++
	}
	y, end := 0, 0
	switch {
	case j+4 <= len(s) && isYearAt(s, j):
		y, end = num(s[j:j+4]), j+4
	case j+3 <= len(s) && s[j] == '\'' && isDigit(s[j+1]) && isDigit(s[j+2]):
		y, end = 2000+num(s[j+1:j+3]), j+3
		if y > 2069 {
			y -= 100
		}
	default:
		return atom{}, 0, false
	}
	if end < len(s) && (isGlue(s[end]) || isDigit(s[end])) {
		return atom{}, 0, false
	}
	return atom{d: model.YearMonth(y, step*(q-1)+1), lo: lo, hi: end, quarter: step}, end, true
}
