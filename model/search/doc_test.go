package search

import (
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestEntryYears(t *testing.T) {
	tests := []struct {
		r    model.Range
		want string
	}{
		{model.Range{Start: model.YearMonth(2021, 6), End: model.YearMonth(2024, 8)}, "2021–2024"},
		{model.Range{Start: model.YearMonth(2023, 1)}, "2023–now"},
		{model.Range{Start: model.YearOnly(2019), End: model.YearMonth(2019, 9)}, "2019"},
		{model.Range{End: model.YearOnly(2018)}, "2018"},
		{model.Range{}, ""},
	}
	for _, tt := range tests {
		if got := (&Entry{Dates: tt.r}).Years(); got != tt.want {
			t.Errorf("Years(%v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestExtractOrderAndFields(t *testing.T) {
	p := &model.Profile{ID: "x", Resume: model.Resume{
		Basics: &model.Basics{Name: "Ada \x1b[31mLovelace"},
		Work: []model.Work{
			{Name: "Old Co", StartDate: model.YearOnly(2010), EndDate: model.YearOnly(2012),
				Highlights: []string{"old bullet"}},
			{Name: "Now Co", Position: "SRE", StartDate: model.YearMonth(2020, 1), Summary: "  runs things ",
				Highlights: []string{"top", "  nested\x07 bell", "   ", "next"}},
		},
		Projects:     []model.Project{{Name: "P", Description: "a project"}},
		Publications: []model.Publication{{Name: "Post", ReleaseDate: model.YearMonth(2015, 3), Summary: "a post"}},
	}}
	docs := Extract([]*model.Profile{p})
	var got []string
	for _, d := range docs {
		got = append(got, d.Entry.Org+"/"+d.Field.String()+"/"+d.Text)
	}
	want := []string{ // ongoing first, then by end date; undated last
		"Now Co/summary/runs things", "Now Co/highlights/top", "Now Co/highlights/nested bell",
		"Now Co/highlights/next", "/summary/a post", "Old Co/highlights/old bullet", "/description/a project",
	}
	if len(got) != len(want) {
		t.Fatalf("Extract = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Extract = %q, want %q", got, want)
		}
	}
	if d := docs[2]; d.Depth != 1 || d.Highlight != 1 || d.Entry.Person != "Ada Lovelace" || d.Entry.Title != "SRE" {
		t.Fatalf("nested doc = %+v, entry %+v", d, *d.Entry)
	}
}
