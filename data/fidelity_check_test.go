package data

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The checker behind the seed fidelity test (fidelity_test.go): which lines
// of a seed text are bullets and date lines, and what a profile must hold.

// fidBulletMarker is one list marker at the start of a line: a glyph or a short
// number ("1." "2)") followed by white space. Four-digit numbers are left
// out on purpose: "2006. I was…" is a wrapped sentence, not a list item.
var fidBulletMarker = regexp.MustCompile(`^(?:[-*•★▸✅]|\d{1,3}[.)])\s+`)

// fidBulletText returns a line's text without its list markers ("- ★ x" has
// two) and with white space normalised, and whether the line is a bullet.
// A bullet with no letter or digit ("* * *") is decoration, not content.
func fidBulletText(line string) (string, bool) {
	t := strings.TrimSpace(line)
	n := 0
	for {
		m := fidBulletMarker.FindString(t)
		if m == "" {
			break
		}
		t, n = t[len(m):], n+1
	}
	t = fidNormSpace(t)
	if n == 0 || !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return "", false
	}
	return t, true
}

// fidNormSpace collapses runs of white space to one space and trims the ends.
func fidNormSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// fidDateToken finds the dates a line prints: "Aug. 2018", "Sept 22, 2019",
// "06.2021", "2024.08", "2018-07", a bare year, and an open end
// ("Present", "Current"). Submatches: 1 month name, 2 year; 3 month, 4 year;
// 5 year, 6 month; 7 bare year; 8 open end.
var fidDateToken = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b` +
	`|\b(0?[1-9]|1[0-2])[./]((?:19|20)\d\d)\b` +
	`|\b((?:19|20)\d\d)[./-](0[1-9]|1[0-2])\b` +
	`|\b((?:19|20)\d\d)\b` +
	`|\b(present|current|now|today|ongoing)\b`)

// fidRangeShape is a date range once dates are replaced by D and open ends by O.
var fidRangeShape = regexp.MustCompile(`D\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b)\s*[DO]`)

// fidDateNoise is what may surround a date on a line of its own: weekday names,
// punctuation and white space ("Sunday, September 22, 2019").
var fidDateNoise = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\s\p{P}]+`)

// fidDate is one date of a date line: its year and, when printed, month.
type fidDate struct {
	text        string
	year, month int
}

// key is the prefix a JSON Resume date must start with to hold this date.
func (d fidDate) key() string {
	if d.month == 0 {
		return strconv.Itoa(d.year)
	}
	return fmt.Sprintf("%04d-%02d", d.year, d.month)
}

var fidMonthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// fidLineDates returns the dates of a date line: a line holding a date range
// ("Oct 2020 - Current", "06.2021 – 08.2024 (3y, 3m)"), or a line that is
// only a date ("May. 2020", "Sunday, September 22, 2019"). Other lines —
// prose that happens to name a month or a year — give nothing.
func fidLineDates(line string) []fidDate {
	var dates []fidDate
	var shape strings.Builder
	last := 0
	for _, m := range fidDateToken.FindAllStringSubmatchIndex(line, -1) {
		shape.WriteString(line[last:m[0]])
		last = m[1]
		sub := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return line[m[2*i]:m[2*i+1]]
		}
		d := fidDate{text: line[m[0]:m[1]]}
		switch {
		case sub(1) != "":
			d.year, _ = strconv.Atoi(sub(2))
			d.month = slices.Index(fidMonthNames, strings.ToLower(sub(1))[:3]) + 1
		case sub(3) != "":
			d.month, _ = strconv.Atoi(sub(3))
			d.year, _ = strconv.Atoi(sub(4))
		case sub(5) != "":
			d.year, _ = strconv.Atoi(sub(5))
			d.month, _ = strconv.Atoi(sub(6))
		case sub(7) != "":
			d.year, _ = strconv.Atoi(sub(7))
		default:
			shape.WriteString("O")
			continue
		}
		shape.WriteString("D")
		dates = append(dates, d)
	}
	shape.WriteString(line[last:])
	s := shape.String()
	if len(dates) == 0 {
		return nil
	}
	if fidRangeShape.MatchString(s) || fidDateNoise.ReplaceAllString(strings.NewReplacer("D", "", "O", "").Replace(s), "") == "" {
		return dates
	}
	return nil
}

// fidCollect walks a decoded JSON document and gathers every string value
// (white space normalised) and every value of a date field: a key that is
// "date" or ends in "Date" (startDate, endDate, releaseDate…).
func fidCollect(v any, key string, strs, dates *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			fidCollect(x, k, strs, dates)
		}
	case []any:
		for _, x := range v {
			fidCollect(x, key, strs, dates)
		}
	case string:
		*strs = append(*strs, fidNormSpace(v))
		if key == "date" || strings.HasSuffix(key, "Date") {
			*dates = append(*dates, strings.TrimSpace(v))
		}
	}
}

// fidProblems checks one seed text against its decoded profile and
// returns one message per bullet or date of the text that the profile lacks.
func fidProblems(seedName, seed, profileName string, doc any) []string {
	var strs, dates []string
	fidCollect(doc, "", &strs, &dates)
	return fidMissing(seedName, seed, profileName, strs, dates)
}

// fidMissing is fidProblems on the strings and date values of a profile.
func fidMissing(seedName, seed, profileName string, strs, dates []string) []string {
	var out []string
	for i, line := range strings.Split(seed, "\n") {
		if b, ok := fidBulletText(line); ok && !slices.ContainsFunc(strs, func(s string) bool { return strings.Contains(s, b) }) {
			out = append(out, fmt.Sprintf("%s:%d: bullet not found verbatim in any string of %s: %q", seedName, i+1, profileName, b))
		}
		for _, d := range fidLineDates(line) {
			k := d.key()
			if !slices.ContainsFunc(dates, func(s string) bool { return s == k || strings.HasPrefix(s, k+"-") }) {
				out = append(out, fmt.Sprintf("%s:%d: date %q is in no date field of %s (want a date starting %s)", seedName, i+1, d.text, profileName, k))
			}
		}
	}
	return out
}
