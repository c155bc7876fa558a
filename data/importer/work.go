package importer

import (
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// role is an entry with its fields decided.
type role struct {
	e          *entry
	rf         roleFields
	banner     bool   // an employer line above several roles, not a role
	inherited  bool   // company taken from the entry above
	bannerText string // the banner's description of the employer
}

// parseRoles turns a work-like section into roles: fields scored, employer
// banners carried down to the roles under them.
func (p *parser) parseRoles(sec section) []role {
	es := p.entries(sec.lines)
	css := make([][]*cand, len(es))
	for i, e := range es {
		css[i] = candidates(e.head)
	}
	order := sectionOrder(css)
	rs := make([]role, 0, len(es))
	for i, e := range es {
		if isBreak(e) {
			if len(e.head) > 0 {
				p.ex.note("work.break", e.head[0].l, "a career break, not a role")
				if txt := strings.Join(append(append([]string{}, e.prose...), e.highlights...), " / "); txt != "" {
					p.ex.warnf(e.head[0].l, 1, "a career break, not a role; its text is in no field: %q", txt)
				}
			}
			continue
		}
		rs = append(rs, role{e: e, rf: pickRole(css[i], order)})
		p.dropBreakBullets(&rs[len(rs)-1])
	}
	alignLayout(rs)
	fillEmployerSlot(rs)
	for i := range rs {
		r := &rs[i]
		// An employer line with its own dates above titled entries
		// (promotions under one banner).
		if r.rf.title == "" && r.rf.company != "" && i+1 < len(rs) && rs[i+1].rf.title != "" &&
			(rs[i+1].rf.company == "" || rs[i+1].rf.titleFromAt || rs[i+1].rf.commaTitle != "" || contains(r.e.date, rs[i+1].e.date)) &&
			len(r.e.highlights) == 0 {
			r.banner = true
			for j := i + 1; j < len(rs); j++ {
				f := &rs[j]
				if f.rf.title == "" || f.rf.company != "" && !f.rf.titleFromAt && f.rf.commaTitle == "" && !contains(r.e.date, f.e.date) ||
					r.e.date != nil && f.e.date == nil {
					break
				}
				if f.rf.titleFromAt && f.rf.company != "" {
					f.rf.title += " @ " + f.rf.company
				}
				if f.rf.commaTitle != "" {
					f.rf.title = f.rf.commaTitle
				}
				f.rf.company, f.inherited = r.rf.company, true
				if f.rf.location == "" {
					f.rf.location = r.rf.location
				}
				f.rf.companyC = r.rf.companyC
				f.rf.why["name"] = r.rf.why["name"]
				if len(r.e.prose) > 0 {
					f.bannerText = strings.Join(r.e.prose, "\n")
				}
			}
			continue
		}
		// A titled role without an employer continues the employer above
		// (LinkedIn's grouped positions).
		if r.rf.company == "" && r.rf.title != "" && i > 0 && r.e.date != nil {
			prev := rs[i-1]
			if prev.rf.company != "" {
				r.rf.company, r.rf.companyC, r.inherited = prev.rf.company, prev.rf.companyC, true
				r.rf.why["name"] = prev.rf.why["name"]
				if r.rf.location == "" {
					r.rf.location = prev.rf.location
				}
			}
		}
	}
	// An employer described in the paragraph just above a role that names
	// none ("CST International is a market research agency…").
	for i := 1; i < len(rs); i++ {
		r, prev := &rs[i], &rs[i-1]
		if r.rf.company != "" || len(prev.e.prose) == 0 {
			continue
		}
		last := prev.e.prose[len(prev.e.prose)-1]
		if m := introRe.FindStringSubmatch(plain(last)); m != nil && !strings.EqualFold(m[1], prev.rf.company) {
			r.rf.company = m[1]
			r.bannerText = last
			prev.e.prose = prev.e.prose[:len(prev.e.prose)-1]
		}
	}
	for i := range rs {
		r := &rs[i]
		if r.rf.title == "" && r.rf.company == "" && r.e.date != nil && !r.banner {
			if name := employerFromText(r.e); name != "" {
				r.rf.company = name
				r.rf.why["name"] = "the header names no employer; the role's own text names " + name + " in the possessive most often"
				p.ex.warnf(r.e.dateLine, 1, "no employer or title in the header; %q taken from the role's text — check it", name)
			} else if name, title := roleFromProse(r.e); name != "" {
				r.rf.company, r.rf.title = name, title
				r.rf.why["name"] = "the header names no employer; the first sentence of the role's text works at " + name
				if title != "" {
					r.rf.why["position"] = "the first sentence of the role's text: as " + title
				}
				p.ex.warnf(r.e.dateLine, 1, "no employer or title in the header; %q taken from the role's first sentence — check it", name)
			}
		}
	}
	rs = mergeUndated(rs)
	out := rs[:0]
	for _, r := range rs {
		if r.banner || r.rf.title == "" && r.rf.company == "" && (r.e.date == nil || bareDate(r.e)) {
			continue
		}
		if r.rf.title == "" && schoolWords.has(r.rf.company) && hasDegree(r.e) {
			p.r.Education = append(p.r.Education, p.education(section{kind: kEducation, lines: headLines(r.e)})...)
			continue
		}
		out = append(out, r)
	}
	return out
}

// bareDate reports whether an entry is a date and nothing else: a year
// used as a heading over the roles that follow ("### 2022"), not a role.
func bareDate(e *entry) bool {
	return len(e.highlights) == 0 && len(e.prose) == 0 && e.date != nil && e.date.Single
}

// introRe is a paragraph introducing an organisation by name.
var introRe = lazyRE(`^((?:[\p{Lu}0-9][\p{L}\p{M}0-9&.'\-]*\s?){1,5}?)\s(?:is|was|are|were)\s(?:a|an|the|one)\b`)

// hasDegree reports whether an entry's header names a degree.
func hasDegree(e *entry) bool {
	for _, h := range e.head {
		if degreeRe.MatchString(h.text) {
			return true
		}
	}
	return false
}

func headLines(e *entry) []line {
	var ls []line
	for _, h := range e.head {
		ls = append(ls, h.l)
	}
	return ls
}

var breakRe = lazyRE(`(?i)\b(?:career break|sabbatical|parental leave|maternity leave|paternity leave|family leave|gap year|career gap|time off|travell?ing|caregiving|caring for|job search)\b`)

// isBreak reports whether an entry is a career break rather than a role.
func isBreak(e *entry) bool {
	for _, h := range e.head {
		if mayBreak(h.text) && breakRe.MatchString(h.text) && !strongTitleWords.has(h.text) {
			return true
		}
	}
	return false
}

// mayBreak is a cheap pre-check for breakRe.
func mayBreak(s string) bool {
	s = strings.ToLower(s)
	for _, frag := range []string{"reak", "abbatical", "eave", "ap ", "ap)", "ime off", "ravel", "aring", "aregiving", "ob search"} {
		if strings.Contains(s, frag) {
			return true
		}
	}
	return strings.HasSuffix(s, "ap")
}

// contains reports whether range a covers range b (both known).
func contains(a, b *dateRange) bool {
	if a == nil || b == nil || a.Start.IsZero() || b.Start.IsZero() {
		return false
	}
	if b.Start.First() < a.Start.First() {
		return false
	}
	if a.Ongoing {
		return true
	}
	if b.Ongoing {
		return false
	}
	return !a.End.IsZero() && !b.End.IsZero() && b.End.Last() <= a.End.Last()
}

// sectionOrder reports whether the section's headers put the title before
// the employer (-1), after it (+1), or cannot tell (0).
func sectionOrder(css [][]*cand) int {
	n := 0
	for _, cs := range css {
		ti, ci := -1, -1
		for i, c := range cs {
			if ti < 0 && strongTitleWords.hasAny(c.t()) && !companyWords.hasAny(c.t()) {
				ti = i
			}
			if ci < 0 && (companyWords.hasAny(c.t()) || hasLegalForm(c.text)) && !titleWords.hasAny(c.t()) {
				ci = i
			}
		}
		if ti >= 0 && ci >= 0 {
			if ti < ci {
				n--
			} else {
				n++
			}
		}
	}
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

// toWork writes roles as JSON Resume work entries, with explanations and
// date checks.
func (p *parser) toWork(rs []role, field string) []model.Work {
	var out []model.Work
	for _, r := range rs {
		i := len(out)
		w := model.Work{Name: r.rf.company, Position: r.rf.title, Location: r.rf.location}
		w.Description = r.bannerText
		w.Highlights = r.e.highlights
		w.Summary = strings.Join(r.e.prose, "\n")
		if len(r.e.urls) > 0 {
			w.URL = fullURL(r.e.urls[0])
		}
		path := fmt.Sprintf("%s[%d]", field, i)
		if r.e.date != nil {
			w.StartDate, w.EndDate = p.dates(r.e.date, r.e.dateLine, path)
		} else if len(r.e.head) > 0 {
			p.ex.warnf(r.e.head[0].l, 1, "%s: no dates found for %q; add them as \"Mon YYYY – Mon YYYY\" or \"YYYY – present\"", path, w.Position+joinIf(" at ", w.Name))
		}
		p.explainRole(path, r)
		out = append(out, w)
	}
	return out
}

// dates turns a header range into start and end, checking it.
func (p *parser) dates(d *dateRange, l line, path string) (start, end model.Date) {
	start = d.Start
	if !d.Ongoing {
		end = d.End
	}
	col := strings.Index(l.raw, d.Text) + 1
	if d.Ambiguous && !p.daySure {
		order := "month first (US style)"
		if p.dayFirst {
			order = "day first"
		}
		p.ex.warnf(l, col, "%s: %q could be day/month or month/day; read %s, as nothing in the document says otherwise", path, d.Text, order)
	}
	if !end.IsZero() && end.Last() < start.First() {
		p.ex.warnf(l, col, "%s: end date %s is before start date %s; check the order", path, end, start)
	}
	if p.now > 0 && start.First() > p.now {
		p.ex.warnf(l, col, "%s: start date %s is in the future", path, start)
	}
	if d.Duration >= 0 {
		// An ongoing range grows after the résumé was written: only a written
		// duration longer than start→now disagrees.
		if m, ok := monthsBetween(*d, p.now); ok && abs(m+1-d.Duration) > 2 && abs(m-d.Duration) > 2 && (!d.Ongoing || d.Duration > m+2) {
			p.ex.warnf(l, col, "%s: the dates %q span %d months but the text says %d months", path, d.Text, m+1, d.Duration)
		}
	}
	p.ex.note(path+".startDate", l, fmt.Sprintf("date range %q", d.Text))
	return start, end
}

func (p *parser) explainRole(path string, r role) {
	for k, field := range map[string]*cand{"position": r.rf.titleC, "name": r.rf.companyC, "location": r.rf.locC} {
		if field != nil {
			why := r.rf.why[k]
			if k == "name" && r.inherited {
				why = "employer carried down from the entry above; " + why
			}
			p.ex.note(path+"."+k, field.l, why)
		}
	}
}

func joinIf(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
