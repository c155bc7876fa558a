package timeline

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// talkWords are the words in a project's type (or, when it has no type, its
// name) that make it a talk rather than another kind of project.
var talkWords = []string{"talk", "presentation", "keynote", "speaking", "speech", "lecture",
	"webinar", "panel", "meetup", "conference", "podcast", "workshop"}

// isTalk reports whether a project is a talk.
func isTalk(p *model.Project) bool {
	text := p.Type
	if strings.TrimSpace(text) == "" {
		text = p.Name
	}
	text = strings.ToLower(text)
	for _, w := range talkWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// eventLane collects the dated events of r into the events lane, one row
// per kind present in Kind order. Events without a date are left out: they
// have no place on an axis.
func eventLane(r *model.Resume) laneDraft {
	var items []Item
	add := func(it Item) {
		if it.Dated() {
			items = append(items, it)
		}
	}
	for i := range r.Projects {
		p := &r.Projects[i]
		k := KindProject
		if isTalk(p) {
			k = KindTalk
		}
		d := p.StartDate
		if d.IsZero() {
			d = p.EndDate
		}
		add(pointItem(k, i, p.Name, p.Entity, d))
	}
	for i, p := range r.Publications {
		add(pointItem(KindPublication, i, p.Name, p.Publisher, p.ReleaseDate))
	}
	for i, c := range r.Certificates {
		add(pointItem(KindCertificate, i, c.Name, c.Issuer, c.Date))
	}
	for i, e := range r.Education {
		d := e.EndDate
		if d.IsZero() {
			d = e.StartDate
		}
		add(pointItem(KindDegree, i, degreeTitle(e), e.Institution, d))
	}
	for i, a := range r.Awards {
		add(pointItem(KindAward, i, a.Title, a.Awarder, a.Date))
	}
	lane := Lane{Kind: LaneEvents, Name: "Events"}
	var present [KindAward + 1]bool
	for _, it := range items {
		present[it.Kind] = true
	}
	row := map[Kind]int{}
	for k := KindTalk; k <= KindAward; k++ {
		if present[k] {
			row[k] = len(lane.RowNames)
			lane.RowNames = append(lane.RowNames, rowNames[k])
		}
	}
	for i := range items {
		items[i].Row = row[items[i].Kind]
	}
	return laneDraft{lane, items}
}

// degreeTitle names a course of study: "Bachelor, Computer Science", or
// whichever part is known, or the institution.
func degreeTitle(e model.Education) string {
	parts := make([]string, 0, 2)
	for _, s := range []string{e.StudyType, e.Area} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return e.Institution
	}
	return strings.Join(parts, ", ")
}

// volunteerLanes groups consecutive volunteer entries of one organization
// into a lane each, like employers; undated entries are returned apart.
func volunteerLanes(r *model.Resume, now model.Month) (lanes []laneDraft, undated []Item) {
	type group struct {
		name string
		idx  []int
	}
	var groups []group
	for i, v := range r.Volunteer {
		if n := len(groups); n > 0 && sameName(groups[n-1].name, v.Organization) {
			groups[n-1].idx = append(groups[n-1].idx, i)
			continue
		}
		groups = append(groups, group{v.Organization, []int{i}})
	}
	for _, g := range groups {
		var items []Item
		for _, i := range g.idx {
			v := &r.Volunteer[i]
			it := Item{Kind: KindVolunteer, Index: i, Title: model.SanitizeLine(v.Position),
				Org: model.SanitizeLine(v.Organization), Range: model.Range{Start: v.StartDate, End: v.EndDate},
				Lane: -1}
			it.Span, _ = it.Range.Span(now)
			if it.Dated() {
				items = append(items, it)
			} else {
				undated = append(undated, it)
			}
		}
		if len(items) > 0 {
			number(items)
			lanes = append(lanes, laneDraft{Lane{Kind: LaneVolunteer, Name: model.SanitizeLine(strings.TrimSpace(g.name))}, items})
		}
	}
	return lanes, undated
}

// sameName compares organization names as people read them, like
// model.Employers does for employers.
func sameName(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, " .,;")), " "))
	}
	return norm(a) != "" && norm(a) == norm(b)
}
