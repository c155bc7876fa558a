package importer

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// projects reads projects and talks. A list of bullets is one project per
// bullet ("Name: what it is"); entries with headers take the name from the
// header and the role from a title-like line.
func (p *parser) projects(s section) []model.Project {
	var out []model.Project
	talks := s.kind == kTalks
	if listMode(s.lines) {
		for _, l := range items(s.lines) {
			if l.glyph != "" && l.indent > 0 && len(out) > 0 && l.indent > s.lines[0].indent {
				last := &out[len(out)-1]
				last.Highlights = append(last.Highlights, l.body)
				continue
			}
			t := l.body
			pr := model.Project{}
			if i := strings.Index(t, ": "); i > 0 && words(plain(t[:i])) <= 8 {
				pr.Name, pr.Description = plain(t[:i]), strings.TrimSpace(t[i+2:])
			} else if parts := splitSeps(t, 2); len(parts) == 2 && words(parts[0]) <= 8 {
				pr.Name, pr.Description = plain(parts[0]), strings.TrimSpace(parts[1])
			} else {
				pr.Name = plain(t)
			}
			if rs := findRanges(pr.Name, p.dayFirst); len(rs) > 0 {
				r := rs[0]
				pr.StartDate = r.Start
				if !r.Ongoing && !r.Single {
					pr.EndDate = r.End
				}
				pr.Name = cleanHeader(pr.Name[:r.Lo] + " " + pr.Name[r.Hi:])
			}
			if u := linksIn([]string{t}); len(u) > 0 {
				pr.URL = fullURL(u[0])
			}
			if talks || talkRe.MatchString(pr.Name) {
				pr.Type = "talk"
			}
			out = append(out, pr)
		}
		return out
	}
	for _, e := range p.entries(s.lines) {
		pr := model.Project{Highlights: e.highlights, Description: strings.Join(e.prose, "\n")}
		for _, c := range candidates(e.head) {
			t := tidyField(c.text)
			switch {
			case pr.Name == "" && !(strongTitleWords.has(t) && words(t) <= 4):
				pr.Name = t
			case strongTitleWords.has(t) && words(t) <= 5:
				pr.Roles = append(pr.Roles, t)
			case pr.Entity == "" && !looksLocation(t):
				pr.Entity = t
			}
		}
		if e.date != nil {
			pr.StartDate = e.date.Start
			if !e.date.Ongoing && !e.date.Single {
				pr.EndDate = e.date.End
			}
		}
		urls := append(append([]string{}, e.urls...), linksIn(e.highlights)...)
		if len(urls) > 0 {
			pr.URL = fullURL(urls[0])
		}
		if talks || talkRe.MatchString(strings.Join(pr.Roles, " ")+" "+pr.Name) {
			pr.Type = "talk"
		}
		if pr.Name != "" || len(pr.Highlights) > 0 {
			out = append(out, pr)
		}
	}
	return out
}

// awards reads one award per line or bullet: title, date, awarder.
func (p *parser) awards(s section) []model.Award {
	var out []model.Award
	for _, l := range items(s.lines) {
		t := plain(l.body)
		a := model.Award{}
		if rs := findRanges(t, p.dayFirst); len(rs) > 0 {
			a.Date = rs[0].Start
			t = cleanHeader(t[:rs[0].Lo] + " " + t[rs[0].Hi:])
		}
		parts := splitSeps(t, 3)
		a.Title = strings.Trim(parts[0], " ,.")
		if len(parts) > 1 {
			a.Awarder = strings.Trim(parts[1], " ,.")
		} else if i := strings.LastIndex(a.Title, ", "); i > 0 {
			a.Title, a.Awarder = a.Title[:i], a.Title[i+2:]
		}
		if a.Title != "" {
			out = append(out, a)
		}
	}
	return out
}
