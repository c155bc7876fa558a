package timeline

import (
	"encoding/json"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// now is the month the tests resolve ongoing roles against.
var now = model.MonthOf(2026, 11)

func mustResume(t testing.TB, doc string) *model.Resume {
	t.Helper()
	var r model.Resume
	if err := json.Unmarshal([]byte(doc), &r); err != nil {
		t.Fatalf("bad test resume: %v", err)
	}
	return &r
}

// career has two employers (2 roles, then a 4-role progression with an
// overlapping side role), a freelance stint overlapping the first, a gap,
// undated roles, and one role with only an end date.
const career = `{
 "work": [
  {"name": "Shopify", "position": "Senior PE Foundations", "startDate": "2023-06", "endDate": "2024-08"},
  {"name": "Shopify", "position": "Senior PE Capabilities", "startDate": "2021-06", "endDate": "2023-05"},
  {"name": "Undated Ltd", "position": "Consultant"},
  {"name": "Acme", "position": "Staff", "startDate": "2019", "endDate": "2021-05"},
  {"name": "Acme", "position": "Senior", "startDate": "2016-03", "endDate": "2019"},
  {"name": "Acme", "position": "Mentor", "startDate": "2017-01", "endDate": "2018-06"},
  {"name": "Acme", "position": "Junior", "startDate": "2014-01", "endDate": "2016-03"},
  {"name": "Freelance", "position": "Contractor", "startDate": "2015-01", "endDate": "2015-12"},
  {"name": "Old Co", "position": "Intern", "endDate": "2010"},
  {"name": "Gone", "position": "Ended", "startDate": "2008-03", "x-ended": true},
  {"position": "Volunteer-ish helper"}
 ],
 "volunteer": [{"organization": "OSS Club", "position": "Organizer", "startDate": "2018-01", "endDate": "2020-01"}],
 "projects": [
  {"name": "Go at scale", "type": "talk", "startDate": "2019-07"},
  {"name": "Kafka tool", "type": "open source", "startDate": "2020"},
  {"name": "Microservices Talk", "startDate": "2021-02"},
  {"name": "No date project", "type": "talk"}
 ],
 "publications": [{"name": "Starting SRE", "releaseDate": "2019-09-22"}],
 "certificates": [{"name": "CKA", "date": "2022-05"}],
 "education": [{"institution": "Uni", "studyType": "BSc", "area": "CS", "startDate": "2009", "endDate": "2013"}],
 "awards": [{"title": "Best", "date": "2018"}]
}`

func TestBuildLanes(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	type lane struct {
		kind LaneKind
		name string
		rows int
		n    int
	}
	want := []lane{
		{LaneEmployer, "Gone", 1, 1},
		{LaneEmployer, "Old Co", 1, 1},
		{LaneEmployer, "Acme", 2, 4},
		{LaneEmployer, "Freelance", 1, 1},
		{LaneEmployer, "Shopify", 1, 2},
		{LaneVolunteer, "OSS Club", 1, 1},
		{LaneEvents, "Events", 6, 7},
	}
	if len(tl.Lanes) != len(want) {
		t.Fatalf("got %d lanes, want %d: %+v", len(tl.Lanes), len(want), tl.Lanes)
	}
	for i, w := range want {
		l := tl.Lanes[i]
		if l.Kind != w.kind || l.Name != w.name || l.Rows != w.rows || len(l.Items) != w.n {
			t.Errorf("lane %d = {%v %q rows %d items %d}, want %+v", i, l.Kind, l.Name, l.Rows, len(l.Items), w)
		}
	}
	if got := tl.Lanes[6].RowNames; len(got) != 6 || got[0] != "Talks" || got[5] != "Awards" {
		t.Errorf("events rows = %q", got)
	}
	var undated []int
	for _, it := range tl.Undated {
		undated = append(undated, it.Index)
	}
	if len(undated) != 2 || undated[0] != 2 || undated[1] != 10 {
		t.Errorf("undated work indexes = %v, want [2 10]", undated)
	}
}

func TestBuildItems(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	tests := []struct {
		work       int
		row        int
		step       int
		steps      int
		ongoing    bool
		approx     bool
		dates, dur string
	}{
		{0, 0, 2, 2, false, false, "Jun 2023 – Aug 2024", "1y 3m"},
		{1, 0, 1, 2, false, false, "Jun 2021 – May 2023", "2y"},
		{3, 0, 4, 4, false, true, "2019 – May 2021", "~2y 5m"},
		{4, 0, 2, 4, false, true, "Mar 2016 – 2019", "~3y 10m"},
		{5, 1, 3, 4, false, false, "Jan 2017 – Jun 2018", "1y 6m"},
		{6, 0, 1, 4, false, false, "Jan 2014 – Mar 2016", "2y 3m"},
		{8, 0, 1, 1, false, true, "until 2010", "~1y"},
		{9, 0, 1, 1, false, true, "from Mar 2008, end unknown", ""},
	}
	for _, tt := range tests {
		i := tl.Role(tt.work)
		if i < 0 {
			t.Errorf("work %d not on the timeline", tt.work)
			continue
		}
		it := tl.Items[i]
		if it.Row != tt.row || it.Step != tt.step || it.Steps != tt.steps || it.Ongoing() != tt.ongoing ||
			it.Approx() != tt.approx || it.Dates() != tt.dates || it.Duration() != tt.dur {
			t.Errorf("work %d: row %d step %d/%d ongoing %v approx %v %q %q; want %+v", tt.work,
				it.Row, it.Step, it.Steps, it.Ongoing(), it.Approx(), it.Dates(), it.Duration(), tt)
		}
	}
	for i := 1; i < len(tl.Items); i++ {
		if Less(tl.Items[i], tl.Items[i-1]) {
			t.Errorf("items out of time order at %d", i)
		}
	}
}

func TestEventKinds(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	got := map[string]Kind{}
	for _, it := range tl.Items {
		if it.Kind.Event() {
			got[it.Title] = it.Kind
		}
	}
	want := map[string]Kind{"Go at scale": KindTalk, "Kafka tool": KindProject, "Microservices Talk": KindTalk,
		"Starting SRE": KindPublication, "CKA": KindCertificate, "BSc, CS": KindDegree, "Best": KindAward}
	for name, k := range want {
		if got[name] != k {
			t.Errorf("%q: kind %v, want %v", name, got[name], k)
		}
	}
	if _, ok := got["No date project"]; ok {
		t.Error("an undated project was placed on the axis")
	}
	for _, it := range tl.Items {
		if it.Kind == KindDegree && it.Span.From != model.MonthOf(2013, 1) {
			t.Errorf("degree at %v, want its end year", it.Span.From)
		}
	}
}

func TestGapsAndOverlaps(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	if len(tl.Gaps) != 2 {
		t.Fatalf("gaps = %+v, want Apr 2008–2009 and 2011–2013", tl.Gaps)
	}
	g := tl.Gaps[1]
	if g.From != model.MonthOf(2011, 1) || g.To != model.MonthOf(2013, 12) || !g.Approx {
		t.Errorf("first gap = %+v", g)
	}
	if len(tl.OverlapsOf(7)) == 0 {
		t.Error("the freelance stint overlaps Acme but no overlap was found")
	}
	if len(tl.OverlapsOf(0)) != 0 {
		t.Errorf("Shopify's hand-over is not an overlap: %+v", tl.OverlapsOf(0))
	}
	if len(tl.OverlapsOf(3)) != 0 {
		t.Errorf("Acme's promotion some time in 2019 is not an overlap: %+v", tl.OverlapsOf(3))
	}
	if len(tl.OverlapsOf(5)) != 1 {
		t.Errorf("Acme's mentor role overlaps the senior role: %+v", tl.OverlapsOf(5))
	}
}

func TestCertain(t *testing.T) {
	tests := []struct {
		start, end string
		from, to   model.Month
		ok         bool
		ended      bool
	}{
		{"2006", "", 0, 0, false, true},
		{"2016-03", "2019-02", model.MonthOf(2016, 3), model.MonthOf(2019, 2), true, false},
		{"2016", "2019", model.MonthOf(2016, 12), model.MonthOf(2019, 1), true, false},
		{"2019", "", model.MonthOf(2019, 12), now, true, false},
		{"", "2010", 0, 0, false, false},
		{"2019", "2019", 0, 0, false, false},
	}
	for _, tt := range tests {
		r := model.Range{EndUnknown: tt.ended}
		r.Start, _ = model.ParseDate(tt.start)
		r.End, _ = model.ParseDate(tt.end)
		it := Item{Kind: KindRole, Range: r}
		it.Span, _ = r.Span(now)
		s, ok := it.Certain()
		if ok != tt.ok || (ok && (s.From != tt.from || s.To != tt.to)) {
			t.Errorf("%s–%s: Certain = %+v %v, want %v–%v %v", tt.start, tt.end, s, ok, tt.from, tt.to, tt.ok)
		}
	}
}

func TestEmptyAndUndatedOnly(t *testing.T) {
	for _, r := range []*model.Resume{nil, {}, mustResume(t, `{"work":[{"name":"A"},{"name":"B"}]}`)} {
		tl := Build(r, now)
		if len(tl.Items) != 0 || len(tl.Lanes) != 0 {
			t.Errorf("undated-only resume has items on the axis: %+v", tl)
		}
		if s, ok := tl.Span(); ok || s.From != now {
			t.Errorf("Span = %+v %v", s, ok)
		}
		if tl.Latest() != -1 || tl.Step(0, 1) != -1 {
			t.Error("navigation on an empty timeline should return -1")
		}
		if v := tl.Fit(); !v.Contains(now) || v.Months() < MinMonths {
			t.Errorf("Fit = %+v", v)
		}
	}
}
