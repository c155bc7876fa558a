package timeline

import (
	"encoding/json"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// find returns the index in Items of the item with the given title.
func find(t *testing.T, tl Timeline, title string) int {
	t.Helper()
	for i, it := range tl.Items {
		if it.Title == title {
			return i
		}
	}
	t.Fatalf("no item %q", title)
	return -1
}

func TestStep(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	last := len(tl.Items) - 1
	tests := []struct{ from, dir, want int }{
		{0, -1, 0}, {0, 1, 1}, {last, 1, last}, {last, -1, last - 1}, {3, 0, 3},
	}
	for _, tt := range tests {
		if got := tl.Step(tt.from, tt.dir); got != tt.want {
			t.Errorf("Step(%d, %d) = %d, want %d", tt.from, tt.dir, got, tt.want)
		}
	}
	if tl.Items[tl.Latest()].Title != "Senior PE Foundations" {
		t.Errorf("Latest = %q, want the role that started last", tl.Items[tl.Latest()].Title)
	}
}

func TestVertical(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	tests := []struct {
		name   string
		from   string
		dir    int
		anchor model.Month
		want   string
		ok     bool
	}{
		{"down into Acme's sub-row", "Senior", 1, ym(2017, 6), "Mentor", true},
		{"down skips to Freelance", "Mentor", 1, ym(2017, 6), "Contractor", true},
		{"up into Acme's sub-row", "Contractor", -1, ym(2015, 6), "Mentor", true},
		{"up to Acme's first row, nearest in time", "Mentor", -1, ym(2015, 6), "Junior", true},
		{"up to the ended role", "Intern", -1, ym(2010, 1), "Ended", true},
		{"up from the first lane stays", "Ended", -1, ym(2010, 1), "Ended", false},
		{"down to talks", "Organizer", 1, ym(2019, 1), "Go at scale", true},
		{"down from the last row stays", "Best", 1, ym(2018, 1), "Best", false},
	}
	for _, tt := range tests {
		j, ok := tl.Vertical(find(t, tl, tt.from), tt.dir, tt.anchor)
		if ok != tt.ok || tl.Items[j].Title != tt.want {
			t.Errorf("%s: Vertical = %q %v, want %q %v", tt.name, tl.Items[j].Title, ok, tt.want, tt.ok)
		}
	}
}

func TestRowsAndLabels(t *testing.T) {
	tl := Build(mustResume(t, career), now)
	rows := tl.Rows()
	var labels []string
	n := 0
	for _, r := range rows {
		labels = append(labels, tl.RowLabel(r))
		n += len(tl.RowItems(r))
	}
	want := []string{"Gone", "Old Co", "Acme", "", "Freelance", "Shopify", "OSS Club",
		"Talks", "Writing", "Projects", "Certificates", "Education", "Awards"}
	if len(labels) != len(want) {
		t.Fatalf("labels %q, want %q", labels, want)
	}
	for i := range want {
		if labels[i] != want[i] {
			t.Errorf("row %d label %q, want %q", i, labels[i], want[i])
		}
	}
	if n != len(tl.Items) {
		t.Errorf("rows hold %d items, timeline has %d", n, len(tl.Items))
	}
	anon := Build(mustResume(t, `{"work":[{"position":"X","startDate":"2020"}],"volunteer":[{"startDate":"2021"}]}`), now)
	if got := anon.RowLabel(RowRef{0, 0}); got != UnnamedEmployer {
		t.Errorf("unnamed employer labelled %q", got)
	}
	if got := anon.RowLabel(RowRef{1, 0}); got != UnnamedOrganization {
		t.Errorf("unnamed organization labelled %q", got)
	}
}

// FuzzBuild checks Build's promises on any document that decodes: every
// dated role is on exactly one lane, undated ones only in Undated, rows
// never overlap for sure, and items are in time order.
func FuzzBuild(f *testing.F) {
	f.Add([]byte(career))
	f.Add([]byte(`{"work":[{"name":"A","startDate":"2019"},{"name":"A","startDate":"2019","endDate":"2019"},{"name":"a ","endDate":"2001"}]}`))
	f.Add([]byte(`{"work":[{}],"projects":[{"startDate":"2020-02-30"}],"education":[{"startDate":"2000"}]}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		var r model.Resume
		if json.Unmarshal(doc, &r) != nil {
			t.Skip()
		}
		tl := Build(&r, now)
		seen := map[int]int{}
		for i, it := range tl.Items {
			if i > 0 && Less(it, tl.Items[i-1]) {
				t.Fatalf("items out of order at %d", i)
			}
			if it.Lane < 0 || it.Lane >= len(tl.Lanes) || it.Row < 0 || it.Row >= tl.Lanes[it.Lane].Rows {
				t.Fatalf("item %+v outside its lane", it)
			}
			if it.Kind == KindRole {
				seen[it.Index]++
			}
		}
		for _, it := range tl.Undated {
			if it.Dated() {
				t.Fatalf("dated item in Undated: %+v", it)
			}
			if it.Kind == KindRole {
				seen[it.Index] += 100
			}
		}
		for i, w := range r.Work {
			want := 1
			if !(model.Range{Start: w.StartDate, End: w.EndDate}).Dated() {
				want = 100
			}
			if seen[i] != want {
				t.Fatalf("work %d placed %d times (want code %d)", i, seen[i], want)
			}
		}
		for _, ref := range tl.Rows() {
			if tl.Lanes[ref.Lane].Kind == LaneEvents {
				continue
			}
			items := tl.RowItems(ref)
			for a := range items {
				for b := a + 1; b < len(items); b++ {
					sa, okA := tl.Items[items[a]].Certain()
					sb, okB := tl.Items[items[b]].Certain()
					if okA && okB && min(sa.To, sb.To)-max(sa.From, sb.From) >= 1 {
						t.Fatalf("row %+v: %+v and %+v overlap for sure", ref, sa, sb)
					}
				}
			}
		}
		v := tl.Fit()
		for _, it := range tl.Items {
			if !v.Contains(it.Span.From) || !v.Contains(it.Span.To) {
				t.Fatalf("Fit %+v does not show %+v", v, it.Span)
			}
		}
	})
}
