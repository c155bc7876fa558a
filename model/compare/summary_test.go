package compare_test

import (
	"encoding/json"
	"testing"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/compare"
)

// profile decodes a JSON Resume document into a profile with the ID.
func profile(t testing.TB, id, doc string) *model.Profile {
	t.Helper()
	p := &model.Profile{ID: id}
	if err := json.Unmarshal([]byte(doc), &p.Resume); err != nil {
		t.Fatalf("bad test resume %s: %v", id, err)
	}
	return p
}

func TestSummaryValues(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want map[compare.Fact]string
	}{
		{"overlaps count once, gap, two employers",
			`{"basics":{"name":"Ada","label":"SRE"},"work":[
			 {"name":"B","position":"Lead","startDate":"2022-01"},
			 {"name":"B","position":"Side","startDate":"2022-06","endDate":"2023-01"},
			 {"name":"A","position":"Dev","startDate":"2019-01","endDate":"2020-12"}]}`,
			map[compare.Fact]string{compare.FactHeadline: "SRE", compare.FactCurrent: "Lead at B",
				compare.FactExperience: "6y 11m", compare.FactEmployers: "2", compare.FactMedianTenure: "3y 5m",
				compare.FactLongestGap: "1y", compare.FactLastEnd: compare.Ongoing}},
		{"ended careers, an undated role, a short break is no gap",
			`{"work":[{"name":"X","position":"P","startDate":"2018-03","endDate":"2019-02"},
			 {"name":"Y","position":"Q","startDate":"2019-04","endDate":"2020-02"},
			 {"name":"Z","position":"R","startDate":"2020-04","endDate":"2024-08"},
			 {"name":"x ","position":"Again"}]}`,
			map[compare.Fact]string{compare.FactHeadline: compare.NoValue, compare.FactCurrent: compare.NoValue,
				compare.FactExperience: "6y 4m, 1 undated", compare.FactEmployers: "3", compare.FactMedianTenure: "1y",
				compare.FactLongestGap: compare.NoGap, compare.FactLastEnd: "Aug 2024"}},
		{"year-only and end unknown",
			`{"work":[{"name":"G","position":"SRE","startDate":"2006","x-ended":true},
			 {"position":"Consultant"},{"position":"Advisor"}]}`,
			map[compare.Fact]string{compare.FactExperience: "~1y+, 2 undated", compare.FactEmployers: "3 (2 unnamed)",
				compare.FactMedianTenure: "~1y", compare.FactLongestGap: compare.NoGap, compare.FactLastEnd: compare.EndUnsure}},
		{"nothing dated",
			`{"work":[{"name":"A","position":"X"},{"name":"B","position":"Y"}]}`,
			map[compare.Fact]string{compare.FactExperience: "2 undated roles", compare.FactMedianTenure: compare.Undated,
				compare.FactLongestGap: compare.Undated, compare.FactLastEnd: compare.Undated}},
		{"no work at all",
			`{"basics":{"name":"Nobody"}}`,
			map[compare.Fact]string{compare.FactExperience: compare.NoValue, compare.FactEmployers: "0"}},
		{"control sequences are dropped",
			"{\"basics\":{\"label\":\"SRE\\u001b[2J\"},\"work\":[{\"name\":\"Evil\\u001b]0;x\\u0007Co\",\"position\":\"Dev\",\"startDate\":\"2020-01\"}]}",
			map[compare.Fact]string{compare.FactHeadline: "SRE", compare.FactCurrent: "Dev at EvilCo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := compare.Summarize(profile(t, "p", tt.doc), now)
			for f, want := range tt.want {
				if got := s.Value(f); got != want {
					t.Errorf("%s = %q, want %q", f.Label(), got, want)
				}
			}
		})
	}
}

func TestMedianTenureEven(t *testing.T) {
	s := compare.Summarize(profile(t, "p", `{"work":[
	 {"name":"A","startDate":"2010-01","endDate":"2010-12"},
	 {"name":"B","startDate":"2011-01","endDate":"2012-12"},
	 {"name":"C","startDate":"2013-01","endDate":"2015-12"},
	 {"name":"D","startDate":"2016-01","endDate":"2021-12"}]}`), now)
	if got := s.Value(compare.FactMedianTenure); got != "2y 6m" {
		t.Errorf("median of 1y, 2y, 3y, 6y = %q, want 2y 6m", got)
	}
}

func TestBest(t *testing.T) {
	long := `{"work":[{"name":"A","startDate":"2010-01","endDate":"2020-12"}]}`
	short := `{"work":[{"name":"B","startDate":"2024-01"}]}`
	undated := `{"work":[{"name":"C"}]}`
	tests := []struct {
		name string
		docs []string
		fact compare.Fact
		want []bool
	}{
		{"longest experience", []string{long, short}, compare.FactExperience, []bool{true, false}},
		{"most recent activity", []string{long, short}, compare.FactLastEnd, []bool{false, true}},
		{"undated is never best", []string{undated, short}, compare.FactExperience, []bool{false, true}},
		{"a tie of everyone marks nobody", []string{short, short}, compare.FactExperience, []bool{false, false}},
		{"a tie of some marks them", []string{long, long, short}, compare.FactMedianTenure, []bool{true, true, false}},
		{"no best number of employers", []string{long, short}, compare.FactEmployers, []bool{false, false}},
		{"no best gap", []string{long, short}, compare.FactLongestGap, []bool{false, false}},
		{"nobody measurable", []string{undated, undated}, compare.FactExperience, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []*model.Profile
			for _, d := range tt.docs {
				ps = append(ps, profile(t, "p", d))
			}
			c := compare.New(ps, nil, now)
			got := c.Best(tt.fact)
			for i := range tt.want {
				if got[i] != tt.want[i] {
					t.Fatalf("Best(%s) = %v, want %v", tt.fact.Label(), got, tt.want)
				}
			}
		})
	}
}

func TestStrip(t *testing.T) {
	s := compare.Summarize(profile(t, "p", `{"work":[
	 {"name":"A","startDate":"2015-11","endDate":"2016-02"},
	 {"name":"B","startDate":"2018","endDate":"2018"}]}`), now)
	if got := s.Strip(2014, 2019); got != ".##.~." {
		t.Errorf("Strip = %q, want .##.~.", got)
	}
	if got := compare.StripLabels(2014, 2026); got != "2014 2019 2024" {
		t.Errorf("StripLabels = %q", got)
	}
}
