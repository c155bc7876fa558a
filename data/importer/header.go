package importer

import (
	"strings"
)

// headerDate returns the date on a line when it sits in header position:
// the line is short apart from the date, and the date is not buried inside
// a parenthesis with other words ("(Madrid; remote since 2020)").
func headerDate(t string, dayFirst bool) (*dateRange, string) {
	if len(t) > 300 {
		return nil, t
	}
	rs := findRanges(t, dayFirst)
	for i := range rs {
		r := rs[i]
		if inWordyParens(t, r.Lo, r.Hi) {
			continue
		}
		rest := strings.TrimSpace(t[:r.Lo] + " " + t[r.Hi:])
		if words(rest) > 14 {
			continue
		}
		return &r, cutDate(t, r.Lo, r.Hi)
	}
	return nil, t
}

// inWordyParens reports whether t[lo:hi] sits inside parentheses that also
// hold two or more other words.
func inWordyParens(t string, lo, hi int) bool {
	open := strings.LastIndexAny(t[:lo], "([")
	if open < 0 || strings.ContainsAny(t[open+1:lo], ")]") {
		return false
	}
	closeRel := strings.IndexAny(t[hi:], ")]")
	end := len(t)
	if closeRel >= 0 {
		end = hi + closeRel
	}
	other := t[open+1:lo] + " " + t[hi:end]
	return words(strings.Trim(other, " ,;:-–—")) >= 2
}

// cleanHeader tidies what is left of a header line once its date is out:
// empty parentheses, dangling separators and commas.
func cleanHeader(s string) string {
	s = strings.NewReplacer("()", " ", "[]", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, "|") {
		s = barCommaRe.ReplaceAllString(s, " | ")
		s = commaBarRe.ReplaceAllString(s, " |")
		s = barsRe.ReplaceAllString(s, "|")
	}
	for {
		t := strings.Trim(s, " ,;:|·•—–-/(")
		if t == s {
			break
		}
		s = t
	}
	return s
}

var (
	barCommaRe = lazyRE(`\s*\|\s*[,;]\s*`)
	commaBarRe = lazyRE(`\s*[,;]\s*\|`)
	barsRe     = lazyRE(`\|(?:\s*\|)+`)
)

// cutDurations removes set-apart durations ("(3y, 3m)", "· 2 yrs").
func cutDurations(s string) string {
	if !strings.ContainsAny(s, "(·") {
		return s
	}
	return durationCutRe.ReplaceAllString(s, " ")
}

// cutDate removes t[lo:hi] (and parentheses around it); when text is left
// on both sides, a bar marks where the date stood, since a date in mid-line
// separates two fields ("Manager (2019–2023), Tacoma").
func cutDate(t string, lo, hi int) string {
	left, right := strings.TrimRight(t[:lo], " "), strings.TrimLeft(cutDurations(t[hi:]), " ")
	if strings.HasSuffix(left, "(") && strings.HasPrefix(right, ")") {
		left, right = left[:len(left)-1], right[1:]
	}
	if strings.Trim(left, " ,;:|·•—–-(") != "" && strings.Trim(right, " ,;:|·•—–-)") != "" {
		return cleanHeader(left + " | " + right)
	}
	return cleanHeader(left + " " + right)
}

var emphCommaRe = lazyRE(`(\*\*|__|\*|_)([^*_]+?)(\*\*|__|\*|_),`)

// emphComma marks where an emphasised span ends at a comma as a field
// boundary: in "**Bosch**, Bengaluru" the bold is the employer, the rest
// its place.
func emphComma(s string) string {
	if !strings.Contains(s, ",") || !strings.ContainsAny(s, "*_") {
		return s
	}
	return emphCommaRe.ReplaceAllString(s, "$1$2$3 |")
}
