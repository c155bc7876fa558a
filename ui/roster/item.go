package roster

import (
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
)

// Item is one person in the roster, with what the list shows already
// worked out and sanitized.
type Item struct {
	Profile    *model.Profile
	Name       string
	Headline   string
	Role       string   // "Title at Employer", current or most recent
	Experience string   // "8y 4m", "~12y", or "undated"
	Skills     []string // strongest evidenced skills, when known
	Mark       int      // 1-based place in the comparison; 0 when not marked
	filter     string
	version    int // of the roster's items when this one was built
}

// FilterValue is what `/` matches: name first (so matches in it can be
// shown), then handles, headline and employers.
func (i Item) FilterValue() string { return i.filter }

// newItem works out a roster item for p at now.
func newItem(p *model.Profile, now model.Month) Item {
	it := Item{
		Profile:  p,
		Name:     model.SanitizeLine(p.Name()),
		Headline: model.SanitizeLine(p.Headline()),
		Role:     model.SanitizeLine(roleLine(&p.Resume)),
	}
	it.Experience = experience(model.Roles(&p.Resume), now)
	parts := []string{it.Name}
	parts = append(parts, p.Handles()...)
	parts = append(parts, it.Headline)
	for _, e := range model.Employers(&p.Resume) {
		parts = append(parts, e.Name)
	}
	it.filter = model.SanitizeLine(strings.Join(parts, " "))
	return it
}

// experience is the union of the dated roles ("8y 4m", "~12y"), saying
// what could not be counted: a "+" when a role ended at an unknown time,
// and how many roles are undated ("~1y+, 7 undated", "3 undated roles").
func experience(roles []model.Role, now model.Month) string {
	undated, open := 0, false
	for _, r := range roles {
		rr := r.Range()
		switch {
		case !rr.Dated():
			undated++
		case rr.EndUnknown && rr.End.IsZero():
			open = true
		}
	}
	if len(roles) == 0 {
		return ""
	}
	if undated == len(roles) {
		return fmt.Sprintf("%d undated %s", undated, plural(undated, "role", "roles"))
	}
	months, approx := model.Experience(roles, now)
	s := model.FormatMonths(months, approx)
	if open {
		s += "+"
	}
	if undated > 0 {
		s += fmt.Sprintf(", %d undated", undated)
	}
	return s
}

// roleLine is the person's current role ("Title at Employer"), else the most
// recently ended one ("was Title at Employer until 2024"). When no role says
// either, it does not guess which is the latest: it gives the one role there
// is ("Title at Employer, undated", or "was Title at Employer" when it
// began and ended at an unknown time), or counts them ("8 roles, undated";
// "8 roles, 7 undated" when some have a date but none is current or ended).
func roleLine(r *model.Resume) string {
	var roles []model.Role
	for _, ro := range model.Roles(r) {
		if ro.Work.TitleAt() != "" { // a role with neither title nor employer says nothing here
			roles = append(roles, ro)
		}
	}
	if cur := model.CurrentRoles(roles); len(cur) > 0 {
		return cur[0].Work.TitleAt()
	}
	var last *model.Role
	undated := 0
	for i := range roles {
		if !roles[i].Range().Dated() {
			undated++
		}
		end := roles[i].Work.EndDate
		if end.IsZero() {
			continue
		}
		if last == nil || end.Last() > last.Work.EndDate.Last() {
			last = &roles[i]
		}
	}
	switch {
	case last != nil:
		return "was " + last.Work.TitleAt() + " until " + last.Work.EndDate.Human()
	case len(roles) == 0:
		return ""
	case len(roles) == 1 && undated == 0: // begun, and ended at an unknown time
		return "was " + roles[0].Work.TitleAt()
	case len(roles) == 1:
		return roles[0].Work.TitleAt() + ", undated"
	case undated == len(roles):
		return fmt.Sprintf("%d roles, undated", len(roles))
	}
	return fmt.Sprintf("%d roles, %d undated", len(roles), undated)
}

// items builds the roster's items.
func items(c *common.Common, ps []*model.Profile, skills map[string][]string, marks []string, version int) []Item {
	out := make([]Item, len(ps))
	now := c.Now()
	for i, p := range ps {
		out[i] = newItem(p, now)
		out[i].Skills = skills[p.ID]
		out[i].version = version
		for k, id := range marks {
			if id == p.ID {
				out[i].Mark = k + 1
			}
		}
	}
	return out
}
