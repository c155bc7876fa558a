package importer

import "fmt"

// dropBreakBullets takes out of a role's highlights a bullet that is a
// career break with dates of its own outside the role ("• Career break
// (Jun 2019 - Sep 2021): carer for a family member" between two roles):
// it describes the time between jobs, not the job above it. The text is
// kept in a warning, so nothing the person wrote is lost silently.
func (p *parser) dropBreakBullets(r *role) {
	e := r.e
	if e.date == nil || len(e.highlights) == 0 {
		return
	}
	keep := e.highlights[:0]
	lines := e.hlLines[:0]
	for i, h := range e.highlights {
		if mayBreak(h) && breakRe.MatchString(h) && !strongTitleWords.has(h) {
			if rs := findRanges(h, p.dayFirst); len(rs) > 0 && !contains(e.date, &rs[0]) {
				no := 0
				if i < len(e.hlLines) {
					no = e.hlLines[i]
				}
				p.ex.warnf(e.dateLine, 1, "%s", fmt.Sprintf("line %d: a career break, kept out of the role above it: %q", no, h))
				continue
			}
		}
		keep = append(keep, h)
		if i < len(e.hlLines) {
			lines = append(lines, e.hlLines[i])
		}
	}
	e.highlights, e.hlLines = keep, lines
}
