package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
)

// findAtoms returns the dates of s in order: month-name year ("Aug. 2018",
// "Jan '20"), season year, d/m/y, m/y, y/m and bare years. dayFirst says how
// to read three-number dates whose order the numbers cannot tell. It is a
// hand-written scanner: one pass, no backtracking, so a megabyte of dates
// costs milliseconds.
func findAtoms(s string, dayFirst bool) []atom {
	if !hasYear(s) {
		return nil
	}
	var out []atom
	for i := 0; i < len(s) && len(out) < 32; {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' && (i == 0 || !isWordByte(s[i-1])):
			if at, end, ok := numberAtom(s, i, dayFirst); ok {
				out = append(out, at)
				i = end
				continue
			}
			i = skipDigits(s, i)
		case c >= 0x80 || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			start := i
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) {
					break
				}
				i += n
			}
			if i == start {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
				continue
			}
			if at, end, ok := quarterAtom(s, start, i); ok {
				out = append(out, at)
				i = end
			} else if at, end, ok := wordAtom(s, start, i); ok {
				out = append(out, at)
				i = end
			} else if at, ok := sharedYear(s, start, i); ok {
				out = append(out, at) // "Jun – Sep 2015": the second month's year
			}
		default:
			i++
		}
	}
	return out
}

// wordAtom reads "Month[.][,] YYYY", "Month 'YY" or "Season YYYY" for the
// word s[lo:hi].
func wordAtom(s string, lo, hi int) (atom, int, bool) {
	w := strings.ToLower(s[lo:hi])
	mo := monthWords()[w]
	season := seasonWords.contains(w)
	if mo == 0 && !season {
		return atom{}, 0, false
	}
	j := hi
	if j < len(s) && s[j] == '.' {
		j++
	}
	// "Mar/2021", "Mar-2021" (Brazilian and spreadsheet exports): the
	// year glued on with a slash or hyphen.
	if mo > 0 && j+5 <= len(s) && (s[j] == '/' || s[j] == '-') && isYearAt(s, j+1) {
		j++
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	// "September 22, 2019", "Sept 1st 2019": a day between month and year.
	day := 0
	if mo > 0 && j < len(s) && isDigit(s[j]) {
		k := skipDigits(s, j)
		if k-j <= 2 {
			d := num(s[j:k])
			k2 := k
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if strings.HasPrefix(s[k2:], suf) {
					k2 += 2
					break
				}
			}
			if k2 < len(s) && s[k2] == ',' {
				k2++
			}
			for k2 < len(s) && s[k2] == ' ' {
				k2++
			}
			if d >= 1 && k2 > k && k2+4 <= len(s) && isYearAt(s, k2) && d <= model.DaysIn(num(s[k2:k2+4]), mo) {
				day, j = d, k2
			}
		}
	}
	y, end := 0, 0
	switch {
	case j+4 <= len(s) && isYearAt(s, j):
		y, end = num(s[j:j+4]), j+4
	case mo > 0 && j+3 <= len(s) && s[j] == '\'' && isDigit(s[j+1]) && isDigit(s[j+2]):
		y, end = 2000+num(s[j+1:j+3]), j+3
		if y > 2069 {
			y -= 100
		}
	default:
		return atom{}, 0, false
	}
	if end < len(s) && isGlue(s[end]) || season && hi-lo > 0 && j == hi {
		return atom{}, 0, false
	}
	if mo > 0 && day > 0 {
		return atom{d: model.YearMonthDay(y, mo, day), lo: lo, hi: end}, end, true
	}
	if mo > 0 {
		return atom{d: model.YearMonth(y, mo), lo: lo, hi: end}, end, true
	}
	return atom{d: model.YearOnly(y), lo: lo, hi: end}, end, true
}

// sharedYear reads the first month of "Jun – Sep 2015", which takes its
// year from the month after the separator.
func sharedYear(s string, lo, hi int) (atom, bool) {
	mo := monthWords()[strings.ToLower(s[lo:hi])]
	if mo == 0 {
		return atom{}, false
	}
	j := hi
	if j < len(s) && s[j] == '.' {
		j++
	}
	rest := s[j:]
	k := len(rest) - len(strings.TrimLeft(rest, " -–—‒−"))
	if k == 0 || !strings.ContainsAny(rest[:k], "-–—‒−") {
		return atom{}, false
	}
	j += k
	start := j
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	next, _, ok := wordAtom(s, start, j)
	if !ok || next.d.Prec != model.PrecisionMonth || next.d.Month < mo {
		return atom{}, false
	}
	end := hi
	if s[hi] == '.' {
		end++
	}
	return atom{d: model.YearMonth(next.d.Year, mo), lo: lo, hi: end}, true
}

// numberAtom reads a date starting with the digit at s[i].
func numberAtom(s string, i int, dayFirst bool) (atom, int, bool) {
	e1 := skipDigits(s, i)
	n1 := e1 - i
	glued := func(end int) bool { return end < len(s) && isGlue(s[end]) || i > 0 && isGlue(s[i-1]) }
	sepAt := func(k int) bool { return k < len(s) && (s[k] == '.' || s[k] == '/' || s[k] == '-') }
	switch {
	case n1 == 4 && isYearAt(s, i):
		y := num(s[i:e1])
		// YYYY.MM, YYYY/MM, YYYY-MM with exactly two month digits.
		if sepAt(e1) {
			e2 := skipDigits(s, e1+1)
			if e2-e1-1 == 2 && !(e2 < len(s) && isWordByte(s[e2])) {
				if mo := num(s[e1+1 : e2]); mo >= 1 && mo <= 12 && !glued(e2) {
					return atom{d: model.YearMonth(y, mo), lo: i, hi: e2}, e2, true
				}
			}
		}
		if glued(e1) {
			return atom{}, 0, false
		}
		return atom{d: model.YearOnly(y), lo: i, hi: e1}, e1, true
	case n1 >= 1 && n1 <= 2 && e1 < len(s) && (s[e1] == ' ' || s[e1] == '.' && e1+1 < len(s) && s[e1+1] == ' '):
		// "22 September 2019", "1. März 2020"
		k := e1
		if s[k] == '.' {
			k++
		}
		k++
		w := k
		for w < len(s) {
			r, n := utf8.DecodeRuneInString(s[w:])
			if !unicode.IsLetter(r) {
				break
			}
			w += n
		}
		if w > k {
			if at, end, ok := wordAtom(s, k, w); ok && at.d.Prec == model.PrecisionMonth {
				d := num(s[i:e1])
				if d >= 1 && d <= model.DaysIn(at.d.Year, at.d.Month) {
					return atom{d: model.YearMonthDay(at.d.Year, at.d.Month, d), lo: i, hi: end}, end, true
				}
			}
		}
	case n1 >= 1 && n1 <= 2 && sepAt(e1):
		sep := s[e1]
		e2 := skipDigits(s, e1+1)
		n2 := e2 - e1 - 1
		a := num(s[i:e1])
		switch {
		case n2 == 4 && isYearAt(s, e1+1):
			if a < 1 || a > 12 || glued(e2) {
				return atom{}, 0, false
			}
			return atom{d: model.YearMonth(num(s[e1+1:e2]), a), lo: i, hi: e2}, e2, true
		case n2 >= 1 && n2 <= 2 && e2 < len(s) && s[e2] == sep && e2+5 <= len(s) && isYearAt(s, e2+1) && skipDigits(s, e2+1) == e2+5:
			b, y, end := num(s[e1+1:e2]), num(s[e2+1:e2+5]), e2+5
			if glued(end) {
				return atom{}, 0, false
			}
			day, mo := a, b
			if !dayFirst {
				day, mo = b, a
			}
			if a > 12 {
				day, mo = a, b
			} else if b > 12 {
				day, mo = b, a
			}
			if mo < 1 || mo > 12 || day < 1 || day > 31 {
				return atom{}, 0, false
			}
			return atom{d: model.YearMonth(y, mo), lo: i, hi: end, dayAmb: a <= 12 && b <= 12 && a != b, a: a, b: b, y: y}, end, true
		}
	}
	return atom{}, 0, false
}

// isYearAt reports whether s[i:i+4] is a year 1900–2099 not followed by
// another digit.
func isYearAt(s string, i int) bool {
	if i+4 > len(s) || !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') {
		return false
	}
	if !isDigit(s[i+2]) || !isDigit(s[i+3]) {
		return false
	}
	return i+4 == len(s) || !isDigit(s[i+4])
}

func skipDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte is an ASCII word character, as regexp's \b sees it.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
