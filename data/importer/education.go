package importer

import (
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

var (
	expectedRe = lazyRE(`(?i)\b(?:expected|exp\.|class of|graduat(?:ed|ion|ing))\b`)
	scoreRe    = lazyRE(`(?i)(?:\b(?:gpa|grade|note|cgpa)\b[:\s]*[\d.,/]+(?:\s*/\s*[\d.]+)?|\b\d{2,3}/\d{2,3}\b(?:\s*\([^)]*\))?|\b(?:first class|1st class|cum laude|magna cum laude|summa cum laude|distinction|with honou?rs)\b)`)
)

// eduLine is what one line says about an education entry.
type eduLine struct {
	school, degree, area, location string
	date                           *dateRange
}

// readEduLine classifies the parts of one line (split at separators and
// commas): at most one institution, the first degree (later degree words on
// the line, like LinkedIn's "Master of Science - MS", are the same degree),
// and a leftover part after the degree as its area.
func readEduLine(t string, dayFirst bool) eduLine {
	var el eduLine
	d, rest := headerDate(t, dayFirst)
	el.date = d
	rest = expectedRe.ReplaceAllString(rest, " ")
	var parts []string
	for _, seg := range splitSeps(rest, 8) {
		if schoolWords.has(seg) && degreeRe.MatchString(seg) && !strings.Contains(seg, ", ") {
			parts = append(parts, seg)
			continue
		}
		parts = append(parts, splitOutsideParens(seg, ", ")...)
	}
	for _, part := range parts {
		part = trimUnbalanced(strings.Trim(strings.TrimSpace(scoreRe.ReplaceAllString(part, "")), " ,;:"))
		switch {
		case part == "":
		case schoolWords.has(part) && !degreeStart(part) && el.school == "":
			el.school = part
		case degreeRe.MatchString(part) && !looksLocation(part):
			if el.degree == "" {
				el.degree, el.area = splitDegree(part)
			}
		case looksLocation(part) || el.school != "" && isPlaceName(part) && words(part) <= 3 && el.location == "":
			el.location = part
		case el.degree != "" && el.area == "" && words(part) <= 8:
			el.area = part
		}
	}
	return el
}

// trimUnbalanced drops a leading "(" or trailing ")" left without its pair.
func trimUnbalanced(s string) string {
	if strings.Count(s, "(") < strings.Count(s, ")") {
		s = strings.TrimSuffix(s, ")")
	}
	if strings.Count(s, "(") > strings.Count(s, ")") {
		s = strings.TrimPrefix(s, "(")
	}
	return strings.TrimSpace(s)
}

// splitOutsideParens splits s at sep where sep is not inside parentheses.
func splitOutsideParens(s, sep string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 && strings.HasPrefix(s[i:], sep) {
			out = append(out, s[start:i])
			start = i + len(sep)
		}
	}
	return append(out, s[start:])
}

// education reads entries by filling fields until one would be filled
// twice: a second institution, degree or date starts the next entry.
func (p *parser) education(s section) []model.Education {
	var out []model.Education
	var cur *model.Education
	var has map[string]bool
	open := func() {
		out = append(out, model.Education{})
		cur = &out[len(out)-1]
		has = map[string]bool{}
	}
	for _, l := range s.lines {
		if l.blank {
			continue
		}
		t := plain(l.body)
		if words(t) > 20 {
			continue // prose: coursework, thesis descriptions
		}
		el := readEduLine(t, p.dayFirst)
		if el.school == "" && el.degree == "" && el.date == nil {
			if m := scoreRe.FindString(t); m != "" && cur != nil && cur.Score == "" {
				cur.Score = strings.TrimSpace(m)
			}
			continue
		}
		if cur == nil || el.school != "" && has["school"] || el.degree != "" && has["degree"] || el.date != nil && has["date"] {
			open()
		}
		if el.school != "" {
			cur.Institution, has["school"] = tidyField(el.school), true
		}
		if el.degree != "" {
			cur.StudyType, cur.Area, has["degree"] = el.degree, el.area, true
		}
		if m := scoreRe.FindString(t); m != "" && cur.Score == "" {
			cur.Score = strings.TrimSpace(m)
		}
		if d := el.date; d != nil {
			has["date"] = true
			switch {
			case d.Single:
				cur.EndDate = d.Start
			case d.Ongoing:
				cur.StartDate = d.Start
			default:
				cur.StartDate, cur.EndDate = d.Start, d.End
			}
		}
		p.ex.note(fmt.Sprintf("education[%d]", len(p.r.Education)+len(out)-1), l, "filled in document order; a repeated institution, degree or date opens the next entry")
	}
	var eds []model.Education
	for _, e := range out {
		if e.Institution != "" || e.StudyType != "" {
			eds = append(eds, e)
		}
	}
	return eds
}

// isAbbrev reports whether a degree word is an abbreviation ("BSc",
// "M.S.", "MBA"), which can be followed directly by the field of study.
func isAbbrev(w string) bool {
	return strings.Contains(w, ".") || len(w) <= 5 && w != strings.ToLower(w)
}

func degreeStart(s string) bool {
	loc := degreeRe.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// splitDegree splits "B.S. in Computer Science" into study type and area.
func splitDegree(s string) (studyType, area string) {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, sep := range []string{" in ", " en ", " em ", " of science in ", ", ", " – ", " - ", ": "} {
		if i := strings.Index(low, sep); i > 0 {
			return tidyField(s[:i]), tidyField(s[i+len(sep):])
		}
	}
	if m := parenRe.FindStringSubmatchIndex(s); m != nil {
		if degreeRe.MatchString(s[m[2]:m[3]]) && !degreeStart(s) {
			return tidyField(s[m[2]:m[3]]), tidyField(s[:m[0]])
		}
		return tidyField(s[:m[0]]), tidyField(s[m[2]:m[3]])
	}
	// "BSc Computing", "M.S. Data Analytics": a leading abbreviation.
	if loc := degreeRe.FindStringIndex(s); loc != nil && loc[0] == 0 && loc[1] < len(s) && isAbbrev(strings.TrimSpace(s[:loc[1]])) {
		if area := strings.TrimSpace(s[loc[1]:]); area != "" && !degreeRe.MatchString(area) {
			return tidyField(s[:loc[1]]), tidyField(strings.TrimPrefix(strings.TrimPrefix(area, "in "), "of "))
		}
	}
	return tidyField(s), ""
}
