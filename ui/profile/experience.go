package profile

import (
	"strconv"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
)

// focus is the role (and optionally bullet) opened from elsewhere: the
// timeline, a search result, the skills matrix.
type focus struct {
	set       bool
	work      int
	highlight int // -1: the role as a whole
}

// experienceDoc lays out employers with their role progressions, then
// volunteering. The summary is repeated at the top when the header had to
// cut it.
func experienceDoc(c *common.Common, p *model.Profile, width int, f focus, fullSummary bool) *doc {
	d := newDoc(c.Styles, width)
	st := c.Styles.Profile
	if fullSummary && p.Resume.Basics != nil {
		d.section("About")
		d.para(entryIndent, p.Resume.Basics.Summary, st.Summary)
	}
	now := c.Now()
	emps := model.Employers(&p.Resume)
	if len(emps) > 0 && fullSummary {
		d.section("Experience")
	}
	gaps := gapNotes(emps, &p.Resume, now)
	for i, e := range emps {
		d.blank()
		if note, ok := gaps[i]; ok {
			d.add(gapLine(d, note))
			d.blank()
		}
		shared := e.Roles[0].Work.Description
		d.mark(anchor{e.Roles[0].Index, employerLine})
		titled := employerTitle(d, e, now)
		described := !titled && shared != ""
		if described {
			// No employer named, but described ("a start-up"): the
			// description stands where the name would.
			d.para(0, shared, st.Description)
		} else {
			d.para(entryIndent, shared, st.Description)
		}
		for i, r := range e.Roles {
			if i > 0 || (!described && (shared != "" || !titled)) {
				d.blank()
			}
			roleBlock(d, r, now, f, shared)
		}
	}
	volunteering(d, p.Resume.Volunteer, now)
	if len(d.lines) == 0 {
		d.add(c.Styles.Message.Render("No roles in this profile."))
	}
	return d
}

// employerTitle writes the employer line: name, location and, for a
// progression, the span of its roles, its tenure and how many roles. A
// role with no employer named has no employer line (it reports false).
func employerTitle(d *doc, e model.Employer, now model.Month) bool {
	st := d.st.Profile
	name := e.Name
	if loc := e.Roles[0].Work.Location; loc != "" {
		if name == "" {
			name = "Employer not named"
		}
		name += " · " + loc
	}
	if name == "" && len(e.Roles) == 1 {
		return false
	}
	// A single role's dates are on its own line; a progression's span,
	// tenure and length are summed up on the employer's.
	var right []string
	if len(e.Roles) > 1 {
		if dates := common.FormatRange(employerRange(e)); dates != "" {
			right = append(right, dates)
		}
		if m, approx, ok := e.Tenure(now); ok {
			right = append(right, model.FormatMonths(m, approx))
		}
		right = append(right, strconv.Itoa(len(e.Roles))+" roles")
	}
	d.titled(0, model.SanitizeLine(name), st.Employer, st.EmployerFor.Render(strings.Join(right, " · ")))
	return true
}

// employerRange spans an employer's dated roles: earliest start to latest
// end, ongoing when any role is, ended at an unknown time when its roles
// say so and give no end.
func employerRange(e model.Employer) model.Range {
	var out model.Range
	ongoing, unknown := false, false
	for _, r := range e.Roles {
		rr := r.Range()
		if rr.Ongoing() {
			ongoing = true
		}
		if rr.EndUnknown && rr.End.IsZero() {
			unknown = true
		}
		if s := rr.Start; !s.IsZero() && (out.Start.IsZero() || s.First() < out.Start.First()) {
			out.Start = s
		}
		if en := rr.End; !en.IsZero() && (out.End.IsZero() || en.Last() > out.End.Last()) {
			out.End = en
		}
	}
	if ongoing {
		out.End = model.Date{}
	}
	out.EndUnknown = !ongoing && out.End.IsZero() && unknown
	return out
}

// roleBlock writes one role: title and dates, its own description when it
// differs from the employer's, summary, bullets and skillset.
func roleBlock(d *doc, r model.Role, now model.Month, f focus, employerDesc string) {
	st := d.st.Profile
	w := r.Work
	focused := f.set && f.work == r.Index
	if focused {
		d.gutter = gutterFocus
		defer func() { d.gutter = gutterPlain }()
	}
	d.mark(anchor{r.Index, -1})
	title := w.Position
	if title == "" {
		title = "Role not named"
	}
	titleStyle := st.Role
	if focused {
		titleStyle = st.Focus
	}
	d.titled(entryIndent, model.SanitizeLine(title), titleStyle, roleDates(d, r.Range(), now))
	if w.Description != employerDesc {
		d.para(bodyIndent, w.Description, st.Description)
	}
	d.para(bodyIndent, w.Summary, st.Text)
	if h := extraString(w.Extra, extraHighlightsHeading); h != "" && len(w.Highlights) > 0 {
		d.blank()
		d.para(bodyIndent, h, st.Dates)
	} else if w.Summary != "" && len(w.Highlights) > 0 {
		d.blank()
	}
	for i, h := range w.Highlights {
		d.mark(anchor{r.Index, i})
		d.bullet(bodyIndent, h, focused && f.highlight == i)
	}
	if skills := extraStrings(w.Extra, extraSkillset); len(skills) > 0 {
		d.para(bodyIndent, "Skillset: "+strings.Join(skills, ", "), st.Dates)
	}
}

// roleDates is a role's dates and duration, styled: "Aug 2018 – now ·
// 8y 4m" with "now" marked current, or "undated".
func roleDates(d *doc, r model.Range, now model.Month) string {
	st := d.st.Profile
	dates := common.FormatRange(r)
	if dates == "" {
		return st.Undated.Render("undated")
	}
	out := st.Dates.Render(dates)
	if r.Ongoing() {
		out = st.Dates.Render(strings.TrimSuffix(dates, "now")) + st.Current.Render("now")
	}
	if dur := common.FormatDuration(r, now); dur != "" {
		out += st.Dates.Render(" · " + dur)
	}
	return out
}

// volunteering writes unpaid roles under their own heading.
func volunteering(d *doc, vs []model.Volunteer, now model.Month) {
	if len(vs) == 0 {
		return
	}
	st := d.st.Profile
	d.section("Volunteering")
	for _, v := range vs {
		d.blank()
		title := strings.TrimSpace(v.Position)
		if v.Organization != "" {
			title = strings.TrimSpace(title + " · " + v.Organization)
		}
		d.titled(entryIndent, model.SanitizeLine(strings.TrimPrefix(title, "· ")), st.Role,
			roleDates(d, model.Range{Start: v.StartDate, End: v.EndDate}, now))
		d.link(bodyIndent, common.DisplayURL(v.URL))
		d.para(bodyIndent, v.Summary, st.Text)
		for _, h := range v.Highlights {
			d.bullet(bodyIndent, h, false)
		}
	}
}
