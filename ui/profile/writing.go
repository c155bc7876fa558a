package profile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// hasWriting reports whether the profile has publications or projects.
func hasWriting(r *model.Resume) bool {
	return len(r.Publications) > 0 || len(r.Projects) > 0
}

// projectGroupTitles names the common JSON Resume project types as
// sections; other types are shown capitalized.
var projectGroupTitles = map[string]string{
	"":             "Projects",
	"talk":         "Talks",
	"talks":        "Talks",
	"presentation": "Talks",
	"speaking":     "Talks",
	"open source":  "Open source",
	"opensource":   "Open source",
	"open-source":  "Open source",
	"podcast":      "Podcasts",
	"article":      "Articles",
	"workshop":     "Workshops",
	"application":  "Applications",
}

// projectGroup is the section a project type belongs to.
func projectGroup(typ string) string {
	t := strings.ToLower(strings.TrimSpace(model.SanitizeLine(typ)))
	if g, ok := projectGroupTitles[t]; ok {
		return g
	}
	r, size := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[size:]
}

// writingDoc lays out publications, then projects grouped by type (talks,
// open source…) in the order the profile lists them.
func writingDoc(c *common.Common, p *model.Profile, width int) *doc {
	d := newDoc(c.Styles, width)
	st := c.Styles.Profile
	if pubs := p.Resume.Publications; len(pubs) > 0 {
		d.section("Publications")
		for _, pub := range pubs {
			d.blank()
			d.titled(entryIndent, model.SanitizeLine(pub.Name), st.Role, st.Dates.Render(pub.ReleaseDate.Human()))
			url := common.DisplayURL(pub.URL)
			d.meta(bodyIndent, pub.Publisher, extraString(pub.Extra, extraRole))
			d.link(bodyIndent, url)
			d.para(bodyIndent, pub.Summary, st.Text)
			for _, h := range extraStrings(pub.Extra, extraHighlights) {
				if richtext.Plain(h) != url { // a bullet that only repeats the link
					d.bullet(bodyIndent, h, false)
				}
			}
		}
	}
	var order []string
	groups := map[string][]model.Project{}
	for _, pr := range p.Resume.Projects {
		g := projectGroup(pr.Type)
		if _, seen := groups[g]; !seen {
			order = append(order, g)
		}
		groups[g] = append(groups[g], pr)
	}
	now := c.Now()
	for _, g := range order {
		d.section(g)
		for _, pr := range groups[g] {
			projectBlock(d, pr, now)
		}
	}
	return d
}

// projectBlock writes one project: name and dates, roles, entity, place and
// link, description, bullets and keywords.
func projectBlock(d *doc, pr model.Project, now model.Month) {
	st := d.st.Profile
	d.blank()
	r := model.Range{Start: pr.StartDate, End: pr.EndDate}
	dates := ""
	if r.Dated() {
		dates = st.Dates.Render(common.FormatRange(r))
	}
	name := pr.Name
	if name == "" {
		name = pr.Entity
	}
	d.titled(entryIndent, model.SanitizeLine(name), st.Role, dates)
	entity := pr.Entity
	if entity == name {
		entity = ""
	}
	d.meta(bodyIndent, strings.Join(pr.Roles, ", "), entity, extraString(pr.Extra, extraLocation))
	d.link(bodyIndent, common.DisplayURL(pr.URL))
	d.para(bodyIndent, pr.Description, st.Text)
	for _, h := range pr.Highlights {
		d.bullet(bodyIndent, h, false)
	}
	if len(pr.Keywords) > 0 {
		d.meta(bodyIndent, strings.Join(pr.Keywords, ", "))
	}
}
