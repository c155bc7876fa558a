package model

import (
	"reflect"
	"testing"
)

func work(name, pos, start, end string) Work {
	w := Work{Name: name, Position: pos}
	if start != "" {
		w.StartDate, _ = ParseDate(start)
	}
	if end != "" && end != "?" {
		w.EndDate, _ = ParseDate(end)
	}
	return w
}

var now = MonthOf(2026, 11)

func TestRangeSpan(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		want       Span
		ok         bool
	}{
		{"month to month, inclusive", "2021-06", "2024-08", Span{MonthOf(2021, 6), MonthOf(2024, 8), false}, true},
		{"year only covers the whole years", "2016", "2018", Span{MonthOf(2016, 1), MonthOf(2018, 12), true}, true},
		{"ongoing runs to now", "2018-08", "", Span{MonthOf(2018, 8), now, false}, true},
		{"only an end", "", "2015-06", Span{MonthOf(2015, 6), MonthOf(2015, 6), true}, true},
		{"undated", "", "", Span{}, false},
		{"day precision counts its month", "2019-01-15", "2019-03-02", Span{MonthOf(2019, 1), MonthOf(2019, 3), false}, true},
		{"ended, end unknown: the start's period", "2006", "?", Span{MonthOf(2006, 1), MonthOf(2006, 12), true}, true},
		{"future start ongoing is one month", "2030-01", "", Span{MonthOf(2030, 1), MonthOf(2030, 1), false}, true},
	}
	for _, tt := range tests {
		w := work("x", "y", tt.start, tt.end)
		w.Ended = tt.end == "?"
		got, ok := Role{Work: &w}.Range().Span(now)
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s: Span = %+v, %v; want %+v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
	s := Span{From: MonthOf(2021, 6), To: MonthOf(2024, 8)}
	if s.Months() != 39 {
		t.Errorf("06.2021–08.2024 is 3y 3m (39 months), got %d", s.Months())
	}
}

func TestEmployers(t *testing.T) {
	r := &Resume{Work: []Work{
		work("Shopify", "Senior PE @ Streaming Foundations", "2023-06", "2024-08"),
		work("shopify ", "Senior PE @ Streaming Capabilities", "2021-06", "2023-05"),
		work("Spotahome", "Data Lead", "2019-11", "2021-06"),
		work("", "Consultant", "", ""),
		work("", "Consultant", "", ""),
		work("Shopify", "Again", "2016", "2017"),
	}}
	emps := Employers(r)
	var got [][]int
	for _, e := range emps {
		var idx []int
		for _, ro := range e.Roles {
			idx = append(idx, ro.Index)
		}
		got = append(got, idx)
	}
	want := [][]int{{0, 1}, {2}, {3}, {4}, {5}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Employers grouping = %v, want %v", got, want)
	}
	if m, approx, ok := emps[0].Tenure(now); !ok || approx || m != 39 {
		t.Errorf("Shopify tenure = %d %v %v, want 39 months exact", m, approx, ok)
	}
	if _, _, ok := emps[2].Tenure(now); ok {
		t.Error("an undated employer has no tenure")
	}
}

func TestExperienceUnion(t *testing.T) {
	roles := Roles(&Resume{Work: []Work{
		work("A", "a", "2018-08", ""),        // to 2026-11: 100 months
		work("B", "b", "2017-06", "2018-08"), // touches A in 2018-08
		work("C", "c", "2016-10", "2017-03"), // gap Apr–May 2017
		work("D", "side", "2019-01", "2020-01"),
		work("E", "undated", "", ""),
	}})
	m, approx := Experience(roles, now)
	want := (int(now-MonthOf(2017, 6)) + 1) + 6
	if m != want || approx {
		t.Errorf("Experience = %d (approx %v), want %d", m, approx, want)
	}
	gaps := Gaps(roles, now, 1)
	if len(gaps) != 1 || gaps[0].From != MonthOf(2017, 4) || gaps[0].To != MonthOf(2017, 5) ||
		gaps[0].After != 2 || gaps[0].Before != 1 || gaps[0].Months() != 2 {
		t.Errorf("Gaps = %+v", gaps)
	}
	if g := Gaps(roles, now, 3); len(g) != 0 {
		t.Errorf("a 2-month gap is below a 3-month threshold: %+v", g)
	}
	ov := Overlaps(roles, now, 2)
	if len(ov) != 1 || ov[0].A != 0 || ov[0].B != 3 || ov[0].Months() != 13 {
		t.Errorf("Overlaps = %+v", ov)
	}
	if ov1 := Overlaps(roles, now, 1); len(ov1) != 2 {
		t.Errorf("with minMonths 1 the hand-over month counts too: %+v", ov1)
	}
	ended := Role{Work: &Work{StartDate: YearOnly(2006), Ended: true}}
	if ended.Range().Ongoing() || len(CurrentRoles([]Role{ended})) != 0 {
		t.Error("a role marked ended is not current")
	}
	cur := CurrentRoles(roles)
	if len(cur) != 1 || cur[0].Index != 0 {
		t.Errorf("CurrentRoles = %+v", cur)
	}
}

func TestApproximateGap(t *testing.T) {
	roles := Roles(&Resume{Work: []Work{work("A", "a", "2010", "2012"), work("B", "b", "2014-03", "2015-01")}})
	g := Gaps(roles, now, 1)
	if len(g) != 1 || !g[0].Approx || g[0].Months() != 14 {
		t.Errorf("gap after a year-only end = %+v", g)
	}
	if m, approx := Experience(roles, now); m != 36+11 || !approx {
		t.Errorf("Experience = %d %v", m, approx)
	}
}

func TestUnion(t *testing.T) {
	got := Union([]Span{{From: 10, To: 12}, {From: 1, To: 3}, {From: 4, To: 5, Approx: true}, {From: 11, To: 20}})
	want := []Span{{From: 1, To: 5, Approx: true}, {From: 10, To: 20}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Union = %+v, want %+v", got, want)
	}
	if Union(nil) != nil {
		t.Error("Union(nil) should be nil")
	}
}

func TestFormatMonths(t *testing.T) {
	for _, tt := range []struct {
		m      int
		approx bool
		want   string
	}{{39, false, "3y 3m"}, {8, false, "8m"}, {24, true, "~2y"}, {0, false, "0m"}} {
		if got := FormatMonths(tt.m, tt.approx); got != tt.want {
			t.Errorf("FormatMonths(%d, %v) = %q, want %q", tt.m, tt.approx, got, tt.want)
		}
	}
}

func TestProfileNameAndHandles(t *testing.T) {
	p := &Profile{ID: "001-x", Resume: Resume{Basics: &Basics{Profiles: []SocialProfile{
		{Network: "GitHub", URL: "https://github.com/andream16/"},
		{Network: "Site", URL: "dsaiztc.com"},
	}}}}
	if got := p.Handles(); !reflect.DeepEqual(got, []string{"andream16"}) {
		t.Errorf("Handles = %v", got)
	}
	if p.Name() != "andream16" {
		t.Errorf("Name falls back to a handle, got %q", p.Name())
	}
	if (&Profile{ID: "004-bio"}).Name() != "004-bio" {
		t.Error("Name falls back to the ID")
	}
}

func TestHighlightDepth(t *testing.T) {
	for _, tt := range []struct {
		in    string
		depth int
		text  string
	}{{"Top", 0, "Top"}, {"  Sub", 1, "Sub"}, {"    Subsub", 2, "Subsub"}, {"   Odd", 1, "Odd"}} {
		d, s := HighlightDepth(tt.in)
		if d != tt.depth || s != tt.text {
			t.Errorf("HighlightDepth(%q) = %d %q", tt.in, d, s)
		}
		if tt.in != "   Odd" && NestHighlight(d, s) != tt.in {
			t.Errorf("NestHighlight round trip for %q", tt.in)
		}
	}
}

func TestTitleAt(t *testing.T) {
	for _, tt := range []struct{ pos, name, want string }{
		{"SRE", "Flywire", "SRE at Flywire"}, {"SRE", "", "SRE"}, {"", "Flywire", "Flywire"}, {" ", " ", ""},
	} {
		w := Work{Position: tt.pos, Name: tt.name}
		if got := w.TitleAt(); got != tt.want {
			t.Errorf("TitleAt(%q, %q) = %q", tt.pos, tt.name, got)
		}
	}
}
