package importer

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

var (
	expectedRe = regexp.MustCompile(`(?i)\b(?:expected|exp\.|class of|graduat(?:ed|ion|ing))\b`)
	scoreRe    = regexp.MustCompile(`(?i)(?:\b(?:gpa|grade|note|cgpa)\b[:\s]*[\d.,/]+(?:\s*/\s*[\d.]+)?|\b\d{2,3}/\d{2,3}\b(?:\s*\([^)]*\))?|\b(?:first class|1st class|cum laude|magna cum laude|summa cum laude|distinction|with honou?rs)\b)`)
)

// eduEntry is an education entry being filled.
type eduEntry struct {
	ed    model.Education
	lines map[string]line
	has   map[string]bool
}

// education reads entries by filling fields until one would be filled
// twice: a second institution, degree or date starts the next entry.
func (p *parser) education(s section) []model.Education {
	var out []*eduEntry
	var cur *eduEntry
	open := func(l line) {
		cur = &eduEntry{lines: map[string]line{}, has: map[string]bool{}}
		out = append(out, cur)
	}
	set := func(field string, l line, apply func()) {
		if cur == nil || cur.has[field] {
			open(l)
		}
		cur.has[field] = true
		cur.lines[field] = l
		apply()
	}
	for _, l := range s.lines {
		if l.blank {
			continue
		}
		t := plain(l.body)
		if words(t) > 20 {
			continue // prose: coursework, thesis descriptions
		}
		if m := scoreRe.FindString(t); m != "" && cur != nil && cur.ed.Score == "" && !degreeRe.MatchString(strings.Replace(t, m, "", 1)) {
			cur.ed.Score = strings.TrimSpace(m)
		}
		d, rest := headerDate(t, p.dayFirst)
		if d != nil && cur != nil && !cur.has["date"] && (cur.has["institution"] || cur.has["degree"]) && !schoolWords.has(rest) && !degreeRe.MatchString(rest) {
			// The date belongs to the entry being filled.
		} else if d != nil && cur != nil && cur.has["date"] {
			open(l)
		}
		for _, seg := range strongSepRe.Split(rest, 6) {
			seg = strings.Trim(seg, " ,;:")
			if seg == "" {
				continue
			}
			switch {
			case schoolWords.has(seg) && !degreeStart(seg):
				inst, area := seg, ""
				if i := strings.Index(seg, ", "); i > 0 && !schoolWords.has(seg[i+2:]) && degreeRe.MatchString(seg[:i]) {
					area = seg[:i]
					inst = seg[i+2:]
				} else if i > 0 && looksLocation(seg[i+2:]) {
					inst = seg[:i]
				}
				set("institution", l, func() { cur.ed.Institution = tidyField(inst) })
				if area != "" && !cur.has["degree"] {
					cur.has["degree"] = true
					cur.ed.StudyType, cur.ed.Area = splitDegree(area)
				}
			case degreeRe.MatchString(seg) && !looksLocation(seg):
				if cur != nil && cur.has["degree"] && !cur.has["institution"] && !cur.has["date"] {
					continue
				}
				set("degree", l, func() {
					seg = strings.TrimSpace(scoreRe.ReplaceAllString(seg, ""))
					cur.ed.StudyType, cur.ed.Area = splitDegree(strings.Trim(seg, " :,"))
				})
			case looksLocation(seg) && cur != nil:
				cur.has["location"] = true
			case cur != nil && cur.has["degree"] && !cur.has["institution"] && l.glyph == "" && words(seg) <= 8 && isCapitalised(strings.Fields(seg)[0]):
				set("institution", l, func() { cur.ed.Institution = tidyField(seg) })
			}
		}
		if d != nil {
			if cur == nil {
				open(l)
			}
			cur.has["date"] = true
			if d.Single || expectedRe.MatchString(t) && !d.Ongoing {
				cur.ed.EndDate = d.End
				if d.Single {
					cur.ed.EndDate = d.Start
				}
			} else {
				cur.ed.StartDate = d.Start
				if !d.Ongoing {
					cur.ed.EndDate = d.End
				}
			}
			p.ex.note(fmt.Sprintf("education[%d].dates", len(p.r.Education)+len(out)-1), l, fmt.Sprintf("date range %q", d.Text))
		}
	}
	var eds []model.Education
	for i, e := range out {
		if e.ed.Institution == "" && e.ed.StudyType == "" && e.ed.Area == "" {
			continue
		}
		for f, l := range e.lines {
			p.ex.note(fmt.Sprintf("education[%d].%s", len(p.r.Education)+i, f), l, "filled in document order; a repeated field opens the next entry")
		}
		eds = append(eds, e.ed)
	}
	return eds
}

func degreeStart(s string) bool {
	loc := degreeRe.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// splitDegree splits "B.S. in Computer Science" into study type and area.
func splitDegree(s string) (studyType, area string) {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, sep := range []string{" in ", " of science in ", ", ", " – ", " - ", ": "} {
		if i := strings.Index(low, sep); i > 0 {
			return tidyField(s[:i]), tidyField(s[i+len(sep):])
		}
	}
	if m := parenRe.FindStringSubmatchIndex(s); m != nil && degreeRe.MatchString(s[m[2]:m[3]]) {
		return tidyField(s[m[2]:m[3]]), tidyField(s[:m[0]])
	}
	return tidyField(s), ""
}
