package importer

import (
	"strings"
	"unicode"
)

var (
	atRe    = lazyRE(`\s+@\s*|\s+(?:at|bei|bij|chez|presso|hos)\s+|^@\s*`)
	parenRe = lazyRE(`\s*\(([^()]*)\)\s*`)
	digitRe = lazyRE(`\d`)
	// dateLabelRe is what is left of "Duration: 2019 – 2021" without the date.
	dateLabelRe = lazyRE(`(?i)^(?:duration|dates?|period|tenure|time period|from|zeitraum|periodo|período|durée)$`)
	// fieldLabelRe is a labelled header field ("Company: Acme").
	fieldLabelRe = lazyRE(`(?i)^(occupation or position held|name and address of employer|name of (?:the )?employer|employer name|company name|name of (?:the )?company|job role|position held|type of business or sector|company|employer|organi[sz]ation|client|firm|position|title|job title|role|designation|job|location|place|city|duration|dates?|period|tenure|time period|zeitraum|periodo|período|empresa|cargo|puesto|unternehmen|firma|stelle|poste|entreprise)\s*[:：]\s*(.*)$`)
)

// roleFields is what field scoring decided for one entry.
type roleFields struct {
	title, company, location string
	titleC, companyC, locC   *cand
	why                      map[string]string
	titleFromAt              bool   // company came from "Title @ X"
	commaTitle               string // the title before "Title, X" gave X as company
}

// splitPlace moves a trailing ", City" or ", City, ST" from an employer name
// to the location: the earliest comma whose remainder is a place, or a last
// short capitalised part that is not a legal form ("Inc.").
func splitPlace(company, location string) (string, string) {
	for i := 0; i < len(company); {
		j := strings.Index(company[i:], ", ")
		if j < 0 {
			break
		}
		right := company[i+j+2:]
		if looksLocation(right) {
			if location == "" {
				location = right
			}
			return company[:i+j], location
		}
		i += j + 2
	}
	if i := strings.LastIndex(company, ", "); i > 0 {
		right := company[i+2:]
		if !companyWords.has(right) && words(right) <= 3 && isPlaceName(right) && !strings.Contains(right, ".") {
			if location == "" {
				location = right
			}
			return company[:i], location
		}
	}
	return company, location
}

// projectLabelRe opens a project block inside a role.
var projectLabelRe = lazyRE(`(?i)^(?:project|projekt|projet|proyecto)\s*(?:#\s*\d+|\d+|name|title)?\s*[:\-–]`)

// candidates splits the header lines of an entry into scored candidates.
func candidates(head []hline) []*cand {
	var cs []*cand
	texts := 0
	for _, h := range head {
		if strings.TrimSpace(h.text) != "" {
			texts++
		}
	}
	oneLine := texts == 1
	for i, h := range head {
		t := strings.TrimSpace(h.text)
		if t == "" || strings.HasSuffix(t, ":") {
			continue // "Responsibilities:", "Key achievements:"
		}
		// "Project #1: Claims Portal" under a role's own header: the
		// labelled lines after it ("Client:", "Role:") describe the
		// project, not the job.
		if len(cs) > 0 && projectLabelRe.MatchString(t) {
			break
		}
		// "Organization: HCL | Designation: Lead Engineer | Duration: …":
		// several labelled fields on one line.
		if lab := labelledSegs(t); lab != nil {
			for si, m := range lab {
				if hint := fieldHint(m[1]); hint != 0 && strings.TrimSpace(m[2]) != "" {
					cs = append(cs, &cand{text: strings.TrimSpace(m[2]), l: h.l, first: i == 0, hint: hint, seg: si})
				}
			}
			continue
		}
		// "Employer: Acme", "Designation: Engineer": a labelled field.
		if m := fieldLabelRe.FindStringSubmatch(t); m != nil {
			hint := fieldHint(m[1])
			if hint == 0 {
				continue // "Duration:", "Period:" once the date is out
			}
			if v := strings.TrimSpace(m[2]); v != "" {
				cs = append(cs, &cand{text: v, l: h.l, first: i == 0, hint: hint})
			}
			continue
		}
		segs := splitSeps(t, 8)
		emp := false // the line names an employment type: "Twiga Foods · Full-time"
		for _, seg := range segs {
			emp = emp || len(segs) > 1 && employmentRe.MatchString(strings.Trim(seg, " ,;:"))
		}
		for si, seg := range segs {
			seg = strings.Trim(seg, " ,;:")
			if seg == "" || employmentRe.MatchString(seg) && len(segs) > 1 || durationOnly(seg) || dateLabelRe.MatchString(seg) {
				continue
			}
			// Parenthesised places become their own location candidates.
			for _, m := range parenRe.FindAllStringSubmatchIndex(seg, 4) {
				inner := seg[m[2]:m[3]]
				if looksLocation(inner) || looksLocation(strings.Split(inner, ";")[0]) {
					cs = append(cs, &cand{text: strings.TrimSpace(strings.Split(inner, ";")[0]), l: h.l, first: i == 0, seg: si})
					seg = strings.TrimSpace(seg[:m[0]] + " " + seg[m[1]:])
					break
				}
			}
			// "Product Manager (Trivago), 2019 – 2021" alone on its header:
			// a title with its employer in parentheses. (Under an employer
			// line, "Engineer (Payments)" names a team.)
			if m := parenRe.FindStringSubmatchIndex(seg); oneLine && m != nil && m[1] == len(seg) && m[0] > 0 {
				left, inner := strings.TrimSpace(seg[:m[0]]), strings.TrimSpace(seg[m[2]:m[3]])
				if strongTitleWords.has(left) && !titleWords.has(inner) && isCapitalised(inner) && words(inner) <= 4 &&
					!looksLocation(inner) && !hasDigit(inner) && !employmentRe.MatchString(inner) && !teamWords.has(inner) {
					cs = append(cs, &cand{text: left, l: h.l, first: i == 0, conn: -1, seg: si},
						&cand{text: inner, l: h.l, first: i == 0, conn: 1, seg: si})
					continue
				}
				// "Flipkart (SDE II)": the employer with the title in
				// parentheses.
				if titleWords.has(inner) && !titleWords.has(left) && isCapitalised(left) && words(left) <= 4 &&
					!looksLocation(left) && !employmentRe.MatchString(inner) {
					cs = append(cs, &cand{text: inner, l: h.l, first: i == 0, conn: -1, seg: si},
						&cand{text: left, l: h.l, first: i == 0, conn: 1, seg: si})
					continue
				}
			}
			if loc := atRe.FindStringIndex(seg); loc != nil && loc[0] > 0 {
				left, right := strings.TrimSpace(seg[:loc[0]]), strings.TrimSpace(seg[loc[1]:])
				if left != "" && right != "" && titleWords.has(left) {
					cs = append(cs, &cand{text: left, l: h.l, first: i == 0, conn: -1, seg: si},
						&cand{text: right, l: h.l, first: i == 0, conn: 1, seg: si})
					continue
				}
			}
			// "Bosch, Bengaluru", "Kensho Health, Boston, MA": an employer
			// with its place after a comma is two candidates.
			if co, place := splitPlace(seg, ""); place != "" && co != "" && !looksLocation(seg) && !looksLocation(co) && !strongTitleWords.has(co) {
				// "Senior Demand Planner, Ocado Retail, Hatfield" alone on
				// its header: title, employer and place.
				if k := strings.LastIndex(co, ", "); k > 0 && oneLine && titleWords.has(co[:k]) &&
					(!titleWords.has(co[k+2:]) || !strongTitleWords.has(co[k+2:]) && (companyWords.has(co[k+2:]) || hasLegalForm(co[k+2:]))) {
					cs = append(cs, &cand{text: co[:k], l: h.l, first: i == 0, seg: si},
						&cand{text: co[k+2:], l: h.l, first: i == 0, seg: si, emp: emp},
						&cand{text: place, l: h.l, first: i == 0, seg: si, place: true})
					continue
				}
				cs = append(cs, &cand{text: co, l: h.l, first: i == 0, seg: si, emp: emp},
					&cand{text: place, l: h.l, first: i == 0, seg: si, place: companyWords.has(co) || hasLegalForm(co)})
				continue
			}
			cs = append(cs, &cand{text: seg, l: h.l, first: i == 0, seg: si, emp: emp})
		}
	}
	return cs
}

func durationOnly(s string) bool {
	ms := durationMatches(s)
	if len(ms) == 0 {
		return false
	}
	return strings.Trim(durationRe.ReplaceAllString(s, ""), " ()·,") == ""
}

// fieldHint maps a field label to 1 (employer), 2 (title), 3 (place) or 0
// (a date label, left empty once the date is taken out).
func fieldHint(label string) int {
	switch strings.ToLower(label) {
	case "company", "employer", "organisation", "organization", "client", "firm", "empresa", "unternehmen", "firma", "entreprise",
		"name and address of employer", "name of employer", "name of the employer", "employer name", "company name",
		"name of company", "name of the company":
		return 1
	case "position", "title", "job title", "role", "designation", "job", "cargo", "puesto", "stelle", "poste",
		"occupation or position held", "job role", "position held":
		return 2
	case "location", "place", "city":
		return 3
	}
	return 0
}

// Feature lists (weights in the spirit of OpenResume, with text cues).
var (
	titleFeatures = []feature{
		{"labelled as the title", 10, func(c *cand) bool { return c.hint == 2 }},
		{"labelled as another field", -10, func(c *cand) bool { return c.hint == 1 || c.hint == 3 }},
		{"strong title word", 5, func(c *cand) bool { return strongTitleWords.hasAny(c.t()) }},
		{"title word", 2, func(c *cand) bool { return titleWords.hasAny(c.t()) }},
		{"left of @/at", 4, func(c *cand) bool { return c.conn < 0 }},
		{"right of @/at", -6, func(c *cand) bool { return c.conn > 0 }},
		{"organisation word", -3, func(c *cand) bool { return companyWords.hasAny(c.t()) || hasLegalForm(c.text) }},
		{"looks like a place", -5, func(c *cand) bool { return c.isLoc() }},
		{"has digits", -3, func(c *cand) bool { return digitRe.MatchString(c.text) }},
		{"more than 8 words", -3, func(c *cand) bool { return words(c.text) > 8 }},
		{"markdown heading", -1, func(c *cand) bool { return c.l.md > 0 }},
	}
	companyFeatures = []feature{
		{"labelled as the employer", 10, func(c *cand) bool { return c.hint == 1 }},
		{"labelled as another field", -10, func(c *cand) bool { return c.hint == 2 || c.hint == 3 }},
		{"organisation word", 3, func(c *cand) bool { return companyWords.hasAny(c.t()) || hasLegalForm(c.text) }},
		{"right of @/at", 5, func(c *cand) bool { return c.conn > 0 }},
		{"left of @/at", -5, func(c *cand) bool { return c.conn < 0 }},
		{"strong title word", -4, func(c *cand) bool { return strongTitleWords.hasAny(c.t()) }},
		{"title word", -1, func(c *cand) bool { return titleWords.hasAny(c.t()) }},
		{"looks like a place", -4, func(c *cand) bool { return c.isLoc() }},
		{"markdown heading or bold", 2, func(c *cand) bool { return c.l.md > 0 || strings.HasPrefix(c.l.text, "**") }},
		{"beside an employment type", 4, func(c *cand) bool { return c.emp }},
		{"first header line", 1, func(c *cand) bool { return c.first && c.seg == 0 }},
		{"more than 7 words", -3, func(c *cand) bool { return words(c.text) > 7 }},
		{"all caps", -1, func(c *cand) bool { return isCaps(c.text) && words(c.text) > 1 }},
	}
	locationFeatures = []feature{
		{"labelled as the place", 10, func(c *cand) bool { return c.hint == 3 }},
		{"labelled as another field", -10, func(c *cand) bool { return c.hint == 1 || c.hint == 2 }},
		{"looks like a place", 5, func(c *cand) bool { return c.isLoc() }},
		{"after a comma, beside a named employer", 2, func(c *cand) bool { return c.place }},
		{"title word", -4, func(c *cand) bool { return strongTitleWords.hasAny(c.t()) }},
		{"organisation word", -2, func(c *cand) bool { return companyWords.hasAny(c.t()) }},
	}
)

// pickRole chooses title, company and location among an entry's candidates.
// order is the section's usual order (-1 title first, +1 company first, 0
// unknown), used when the cues cannot tell the two apart.
func pickRole(cs []*cand, order int) roleFields {
	rf := roleFields{why: map[string]string{}}
	tr := rank(cs, titleFeatures)
	if len(tr) > 0 && tr[0].score > 0 {
		if len(tr) > 1 && tr[0].score == tr[1].score && order > 0 {
			tr[0], tr[1] = tr[1], tr[0] // the section puts the company first: the later one is the title
		}
		rf.titleC = tr[0].c
		rf.titleC.used = true
		rf.why["position"] = whyOf(tr)
	}
	cr := rank(cs, companyFeatures)
	if len(cr) > 0 && cr[0].score > -3 && !looksLocation(cr[0].c.text) {
		rf.companyC = cr[0].c
		rf.companyC.used = true
		rf.why["name"] = whyOf(cr)
		rf.titleFromAt = cr[0].c.conn > 0
	}
	lr := rank(cs, locationFeatures)
	if len(lr) > 0 && lr[0].score > 0 {
		rf.locC = lr[0].c
		rf.locC.used = true
		rf.why["location"] = whyOf(lr)
	}
	// "Engineer — JetBrains — Saint Petersburg — 2017–2020": a third
	// capitalised field on a separated line, once title and employer are
	// taken, is the place even when no place list knows it.
	if rf.locC == nil && rf.titleC != nil && rf.companyC != nil {
		for _, c := range cs {
			if !c.used && c.seg >= 2 && c.l.no == rf.titleC.l.no && c.l.no == rf.companyC.l.no && c.conn == 0 && c.hint == 0 &&
				words(c.text) <= 3 && isPlaceName(c.text) && !orgCue(c) && !titleWords.hasAny(c.t()) {
				rf.locC, c.used = c, true
				rf.why["location"] = "a third capitalised field after the title and employer"
				break
			}
		}
	}
	// No title cue at all: what is left over is the title ("whatever is
	// left", as OpenResume does for the company), in the section's order.
	if rf.titleC == nil && rf.companyC != nil {
		for _, r := range tr {
			c := r.c
			if c.used || c.isLoc() || r.score < -2 || c.conn != 0 || digitRe.MatchString(c.text) || degreeRe.MatchString(c.text) {
				continue
			}
			rf.titleC = c
			c.used = true
			rf.why["position"] = "left over once the employer was chosen; " + whyOf(tr)
			if order < 0 && !(c.l.no < rf.companyC.l.no || c.l.no == rf.companyC.l.no && c.seg < rf.companyC.seg) {
				rf.titleC, rf.companyC = rf.companyC, rf.titleC
			} else if order == 0 && r.score == 0 && cr[0].score <= 1 && commaPair(rf.companyC, c) {
				// "Storyteller, Northwind, 2019 – 2022" with no cue either
				// way: English one-line headers put the title before a
				// comma far more often than the employer.
				rf.titleC, rf.companyC = rf.companyC, rf.titleC
			}
			break
		}
	}
	if rf.titleC != nil {
		rf.title = rf.titleC.text
	}
	if rf.companyC != nil {
		rf.company = rf.companyC.text
	}
	if rf.locC != nil {
		rf.location = rf.locC.text
	}
	// "Data Analyst, Meridian Health": with no other organisation, the part
	// after the comma is the employer; with one, it stays in the title
	// ("Staff Engineer, Search Relevance").
	if rf.company == "" && strings.Contains(rf.title, ", ") {
		i := strings.Index(rf.title, ", ")
		left, right := rf.title[:i], rf.title[i+2:]
		if !titleWords.has(left) && strongTitleWords.has(right) && !looksLocation(left) {
			// "Acme Corp, Senior Engineer": the employer comes first.
			rf.commaTitle = rf.title
			rf.title, rf.company = right, left
		} else if titleWords.has(left) && !strongTitleWords.has(right) {
			if k := strings.Index(right, ", "); k > 0 && looksLocation(right) && looksLocation(right[k+2:]) &&
				!looksLocation(right[:k]) && !placeWords.has(right[:k]) && !placeFirst.has(right[:k]) && rf.location == "" {
				// "Project Manager, Emaar Properties, Dubai, UAE": title,
				// employer, then a place that is a place on its own.
				rf.commaTitle = rf.title
				rf.title, rf.company, rf.location = left, right[:k], right[k+2:]
			} else if looksLocation(right) {
				if rf.location == "" {
					rf.title, rf.location = left, right
				}
			} else {
				rf.commaTitle = rf.title
				rf.title, rf.company = left, right
			}
		}
	}
	// "Udvikler, Danske Bank A/S" read whole as the employer: the title
	// before the comma.
	if rf.title == "" && strings.Contains(rf.company, ", ") {
		i := strings.Index(rf.company, ", ")
		left, right := rf.company[:i], rf.company[i+2:]
		if titleWords.has(left) && !titleWords.has(right) && (companyWords.has(right) || hasLegalForm(right)) {
			rf.commaTitle = rf.company
			rf.title, rf.company = left, right
		}
	}
	// "2019 - present  Careem, Dubai — Engineering Manager": "Careem,
	// Dubai" read whole as the place of a one-line role that names no
	// employer; the part before the comma, when it is no place itself, is
	// the employer. (A place on a line of its own, as LinkedIn prints it
	// under grouped positions, stays a place.)
	if rf.company == "" && rf.title != "" && rf.titleC != nil {
		employerBeforePlace(&rf, cs)
	}
	// "Kopi Labs, Jakarta", "Kensho Health, Boston, MA": a trailing place
	// after a comma is the location.
	rf.company, rf.location = splitPlace(rf.company, rf.location)
	rf.company = stripCompanyNote(rf.company)
	rf.title = tidyField(rf.title)
	rf.company = tidyField(rf.company)
	rf.location = tidyField(rf.location)
	return rf
}

// isPlaceName reports whether s reads like a place name: capitalised words
// joined by the particles place names use ("Frankfurt am Main").
func isPlaceName(s string) bool {
	for i, w := range strings.Fields(s) {
		if i > 0 && placeParticles.contains(w) {
			continue
		}
		if !isCapitalised(w) {
			return false
		}
	}
	return s != ""
}

var placeParticles = newSet("am an der de del la le upon on sur im in di da do dos das")

func isCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return s != ""
}

// tidyField trims separators and folds an all-caps value to title case.
func tidyField(s string) string {
	s = strings.Trim(strings.TrimSpace(s), " ,;:|·•—–-")
	if isCaps(s) && hasLongWord(s, 4) {
		s = titleCase(s)
	}
	return s
}

// hasLongWord reports whether s has a word longer than n letters.
func hasLongWord(s string, n int) bool {
	for _, w := range strings.Fields(s) {
		if len([]rune(w)) > n {
			return true
		}
	}
	return false
}
