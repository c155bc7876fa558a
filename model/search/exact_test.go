package search

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"
)

func TestParseQuery(t *testing.T) {
	for typed, want := range map[string]struct {
		q     string
		exact bool
	}{"kafka": {"kafka", false}, "'kafka": {"kafka", true}, "'": {"", true}, "k'a": {"k'a", false}} {
		q, exact := ParseQuery(typed)
		if q != want.q || exact != want.exact {
			t.Errorf("ParseQuery(%q) = %q, %v", typed, q, exact)
		}
	}
}

// TestExactKafka checks that an exact query keeps only literal matches,
// scored and ordered as sahilm/fuzzy scores those texts, with the literal
// occurrence highlighted.
func TestExactKafka(t *testing.T) {
	ix := NewIndex(embedded(t))
	res, err := ix.Search(context.Background(), "kafka", Options{Exact: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 {
		t.Fatal("no results")
	}
	var cloudflare int
	texts := make([]string, len(res))
	for i, r := range res {
		low := strings.ToLower(r.Doc.Text)
		if !strings.Contains(low, "kafka") {
			t.Errorf("result without the literal query: %q", r.Doc.Text)
		}
		if r.Doc.Entry.Org == "Cloudflare" {
			cloudflare++
		}
		p := r.MatchedIndexes
		if len(p) != 5 || strings.ToLower(r.Doc.Text[p[0]:p[4]+1]) != "kafka" {
			t.Errorf("highlight %v is not the literal occurrence in %q", p, r.Doc.Text)
		}
		texts[i] = r.Doc.Text
	}
	if cloudflare < 4 {
		t.Errorf("only %d Cloudflare bullets", cloudflare)
	}
	// Every literal match in the corpus is there, and the order is sahilm's.
	var all []string
	for _, s := range ix.Texts() {
		if strings.Contains(strings.ToLower(s), "kafka") {
			all = append(all, s)
		}
	}
	if len(all) != len(res) {
		t.Errorf("%d literal matches, %d results", len(all), len(res))
	}
	want := fuzzy.Find("kafka", texts)
	for i, m := range want {
		if res[i].Score != m.Score {
			t.Fatalf("result %d scores %d, sahilm scores %d", i, res[i].Score, m.Score)
		}
	}
	scoped, _ := ix.Search(context.Background(), "KAFKA", Options{Exact: true, Limit: 3, ProfileID: res[0].Doc.ProfileID()})
	if len(scoped) == 0 || len(scoped) > 3 {
		t.Errorf("scoped exact search: %d results", len(scoped))
	}
	for _, r := range scoped {
		if r.Doc.ProfileID() != res[0].Doc.ProfileID() {
			t.Errorf("scope leaked: %s", r.Doc.ProfileID())
		}
	}
}

func TestFoldIndex(t *testing.T) {
	tests := []struct {
		text, q string
		want    []int
	}{
		{"un café noir", "CAFÉ", []int{3, 4, 5, 6}},
		{"日本語 text", "本語", []int{3, 6}},
		{"abc", "abd", nil},
		{"", "a", nil},
		{"Kelvin \u212a", "k", []int{0}},
	}
	for _, tt := range tests {
		if got := foldIndex(tt.text, tt.q); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("foldIndex(%q, %q) = %v, want %v", tt.text, tt.q, got, tt.want)
		}
	}
}

func TestExactCancelled(t *testing.T) {
	ix := NewIndex(embedded(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if res, err := ix.Search(ctx, "kafka", Options{Exact: true}); err == nil || res != nil {
		t.Errorf("a cancelled exact search returned %d results, %v", len(res), err)
	}
}
