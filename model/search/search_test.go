package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
	"github.com/vitae-cli/vitae/model"
)

// randIndex is an index over random documents of a few profiles, with
// texts of very different lengths (so the length cut-off is exercised)
// from words that share letters (so queries match in many ways).
func randIndex(r *rand.Rand, docs int) *Index {
	words := []string{"Kafka", "kafka", "cluster", "Kubernetes", "migrated", "zero-downtime", "p99", "a", "k",
		"Flink", "on_call", "SRE", "café", "日本", "🚀", "ka", "\u212aelvin", "naïve", "API", "x.y/z"}
	var ds []Doc
	var entries []*Entry
	for p := range 5 {
		prof := &model.Profile{ID: fmt.Sprintf("p%d", p)}
		for e := range 3 {
			entries = append(entries, &Entry{Profile: prof, Index: e})
		}
	}
	for range docs {
		n := 1 + r.IntN(12)
		if r.IntN(4) == 0 {
			n += r.IntN(60)
		}
		w := make([]string, n)
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		ds = append(ds, Doc{Text: strings.Join(w, " "), Entry: entries[r.IntN(len(entries))], Highlight: -1})
	}
	return NewIndexDocs(ds)
}

// randQuery is a query taken from a document, or made of random letters.
func randQuery(r *rand.Rand, ix *Index) string {
	if r.IntN(3) == 0 {
		return randText(r, 1+r.IntN(3))
	}
	runes := []rune(ix.Doc(r.IntN(ix.Len())).Text)
	i := r.IntN(len(runes))
	q := runes[i:min(len(runes), i+1+r.IntN(8))]
	if r.IntN(2) == 0 && len(q) > 2 { // drop a rune: a fuzzy, not exact, match
		q = append(q[:1:1], q[2:]...)
	}
	return string(q)
}

// sameAsFuzzy fails unless got is the first limit results of fuzzy.Find
// over texts, where texts[i] is the document docs[i].
func sameAsFuzzy(t *testing.T, q string, got []Result, texts []string, docs []*Doc, limit int) {
	t.Helper()
	sameAs(t, q, got, fuzzy.Find(q, texts), docs, limit)
}

// sameAs fails unless got is the first limit of want (all when limit ≤ 0).
func sameAs(t *testing.T, q string, got []Result, want fuzzy.Matches, docs []*Doc, limit int) {
	t.Helper()
	if limit > 0 {
		want = want[:min(limit, len(want))]
	}
	if len(got) != len(want) {
		t.Fatalf("%q: %d results, fuzzy.Find %d", q, len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Doc != docs[w.Index] || g.Score != w.Score || !reflect.DeepEqual(g.MatchedIndexes, w.MatchedIndexes) {
			t.Fatalf("%q, result %d: %q score %d at %v; fuzzy.Find %q score %d at %v",
				q, i, g.Doc.Text, g.Score, g.MatchedIndexes, w.Str, w.Score, w.MatchedIndexes)
		}
	}
}

func TestSearchEqualsFuzzyFind(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for _, size := range []int{1, 50, 3000, 8000} {
		ix := randIndex(r, size)
		queries := 40
		if size > 5000 {
			queries = 10
		}
		texts := ix.Texts()
		docs := make([]*Doc, ix.Len())
		for i := range docs {
			docs[i] = ix.Doc(i)
		}
		for range queries {
			q := randQuery(r, ix)
			want := fuzzy.Find(q, texts)
			for _, limit := range []int{1, 7, 100, 0} {
				got, err := ix.Search(context.Background(), q, Options{Limit: limit})
				if err != nil {
					t.Fatal(err)
				}
				sameAs(t, q, got, want, docs, limit)
			}
		}
	}
}

func TestSearchScope(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	ix := randIndex(r, 2000)
	for _, id := range []string{"p0", "p3"} {
		var texts []string
		var docs []*Doc
		for i := range ix.Len() {
			if d := ix.Doc(i); d.ProfileID() == id {
				texts, docs = append(texts, d.Text), append(docs, d)
			}
		}
		for range 30 {
			q := randQuery(r, ix)
			got, err := ix.Search(context.Background(), q, Options{Limit: 20, ProfileID: id})
			if err != nil {
				t.Fatal(err)
			}
			sameAsFuzzy(t, q, got, texts, docs, 20)
		}
	}
	if got, _ := ix.Search(context.Background(), "ka", Options{ProfileID: "nobody"}); len(got) != 0 {
		t.Fatalf("an unknown profile has %d results", len(got))
	}
}

func TestSearchEmptyQuery(t *testing.T) {
	ix := randIndex(rand.New(rand.NewPCG(1, 1)), 100)
	if got, err := ix.Search(context.Background(), "", Options{}); err != nil || got != nil {
		t.Fatalf("empty query: %v, %v", got, err)
	}
}

func TestMaxTotalBoundsScores(t *testing.T) {
	// The most adjacent query possible: every rune matched in a row after
	// a separator at the start of the text.
	for m := 1; m <= 12; m++ {
		text := "_" + strings.Repeat("a", m)
		w := fuzzy.Find(strings.Repeat("a", m), []string{text})
		if len(w) != 1 || w[0].Score > maxTotal(m)-len(text) {
			t.Fatalf("m=%d: score %v above the bound %d", m, w, maxTotal(m)-len(text))
		}
	}
}

// TestSearcherTyping types queries one key at a time, with backspaces and
// edits, and checks every answer against fuzzy.Find.
func TestSearcherTyping(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	ix := randIndex(r, 4000)
	texts := ix.Texts()
	docs := make([]*Doc, ix.Len())
	for i := range docs {
		docs[i] = ix.Doc(i)
	}
	s := ix.NewSearcher()
	for range 12 {
		target := randQuery(r, ix) + randQuery(r, ix)
		typed := ""
		for _, c := range target {
			typed += string(c)
			if r.IntN(6) == 0 && len(typed) > 1 { // backspace
				_, size := utf8.DecodeLastRuneInString(typed)
				typed = typed[:len(typed)-size]
			}
			limit := []int{0, 5, 100}[r.IntN(3)]
			got, err := s.Search(context.Background(), typed, Options{Limit: limit})
			if err != nil {
				t.Fatal(err)
			}
			sameAsFuzzy(t, typed, got, texts, docs, limit)
		}
	}
}
