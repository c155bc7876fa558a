package profile

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
)

// hasEducation reports whether the profile has studies, certificates,
// awards, languages or interests: what the Education tab shows.
func hasEducation(r *model.Resume) bool {
	return len(r.Education) > 0 || len(r.Certificates) > 0 || len(r.Awards) > 0 ||
		len(r.Languages) > 0 || len(r.Interests) > 0
}

// educationDoc lays out studies, certificates, awards, then languages and
// interests.
func educationDoc(c *common.Common, p *model.Profile, width int) *doc {
	d := newDoc(c.Styles, width)
	st := c.Styles.Profile
	r := &p.Resume
	if len(r.Education) > 0 {
		d.section("Education")
	}
	for _, e := range r.Education {
		d.blank()
		title := strings.TrimSpace(e.StudyType + " " + e.Area)
		if title == "" {
			title = e.Institution
		}
		rng := model.Range{Start: e.StartDate, End: e.EndDate}
		d.titled(entryIndent, model.SanitizeLine(title), st.Role, st.Dates.Render(common.FormatRange(rng)))
		inst := e.Institution
		if inst == title {
			inst = ""
		}
		d.meta(bodyIndent, inst, extraString(e.Extra, extraLocation))
		d.link(bodyIndent, common.DisplayURL(e.URL))
		if e.Score != "" {
			d.meta(bodyIndent, "Score: "+e.Score)
		}
		d.para(bodyIndent, extraString(e.Extra, extraSummary), st.Text)
		for _, h := range extraStrings(e.Extra, extraHighlights) {
			d.bullet(bodyIndent, h, false)
		}
		for _, course := range e.Courses {
			d.bullet(bodyIndent, course, false)
		}
	}
	if len(r.Certificates) > 0 {
		d.section("Certificates")
	}
	for _, cert := range r.Certificates {
		d.blank()
		d.titled(entryIndent, model.SanitizeLine(cert.Name), st.Role, st.Dates.Render(cert.Date.Human()))
		id := extraString(cert.Extra, extraCredentialID)
		if id != "" {
			id = "ID " + id
		}
		d.meta(bodyIndent, cert.Issuer, id)
		d.link(bodyIndent, common.DisplayURL(cert.URL))
		for _, h := range extraStrings(cert.Extra, extraHighlights) {
			d.bullet(bodyIndent, h, false)
		}
	}
	if len(r.Awards) > 0 {
		d.section("Awards")
	}
	for _, a := range r.Awards {
		d.blank()
		d.titled(entryIndent, model.SanitizeLine(a.Title), st.Role, st.Dates.Render(a.Date.Human()))
		d.meta(bodyIndent, a.Awarder)
		d.para(bodyIndent, a.Summary, st.Text)
	}
	languages(d, r.Languages)
	interests(d, r.Interests)
	return d
}

// languages writes the spoken languages on one wrapped line.
func languages(d *doc, ls []model.Language) {
	var items []string
	for _, l := range ls {
		s := strings.TrimSpace(l.Language)
		if f := strings.TrimSpace(l.Fluency); f != "" {
			s += " (" + f + ")"
		}
		if s != "" {
			items = append(items, s)
		}
	}
	if len(items) == 0 {
		return
	}
	d.section("Languages")
	d.para(entryIndent, model.SanitizeLine(strings.Join(items, " · ")), d.st.Profile.Text)
}

// interests writes each interest with its keywords.
func interests(d *doc, is []model.Interest) {
	if len(is) == 0 {
		return
	}
	d.section("Interests")
	for _, in := range is {
		s := strings.TrimSpace(in.Name)
		if len(in.Keywords) > 0 {
			s += ": " + strings.Join(in.Keywords, ", ")
		}
		d.bullet(entryIndent, model.SanitizeLine(s), false)
	}
}
