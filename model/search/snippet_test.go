package search

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"
)

// show draws segments with matched runs in brackets.
func show(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Match {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// snippetOf matches query in text with sahilm/fuzzy and cuts the snippet.
func snippetOf(t *testing.T, query, text string, width int) []Segment {
	t.Helper()
	m := fuzzy.Find(query, []string{text})
	if len(m) != 1 {
		t.Fatalf("%q does not match %q", query, text)
	}
	return Snippet(text, m[0].MatchedIndexes, width)
}

func TestSnippet(t *testing.T) {
	long := "Led the project that migrated non-prod Kafka clusters to KRaft mode and removed ZooKeeper"
	tests := []struct {
		name, query, text string
		width             int
		want              string
	}{
		{"fits", "kafka", "Ran Kafka at scale", 40, "Ran [Kafka] at scale"},
		{"cut right", "led", long, 20, "[Led] the project tha…"},
		{"cut both", "kafka", long, 24, "…-prod [Kafka] clusters t…"},
		{"cut left at end", "zookeeper", long, 24, "…e and removed [ZooKeeper]"},
		{"accents", "rsum", "Wrote my résumé in café Zürich about résumés", 16, "… my [r]é[sum]é in …"},
		{"wide", "日本", "東京、日本でのKafka運用とFlinkの導入", 12, "…、[日本]での…"},
		{"emoji", "k", "🚀🚀🚀 shipped 👩‍💻 kernel work", 12, "…👩‍💻 [k]ernel …"},
		{"tiny", "kafka", long, 2, "[Ka]"},
		{"wide match, no room for ellipses", "💻", "K👩‍💻ab", 3, "[👩‍💻]a"},
		{"width 1 wide", "日", "東京、日本", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := snippetOf(t, tt.query, tt.text, tt.width)
			if got := show(segs); got != tt.want {
				t.Errorf("Snippet = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSnippetProperties checks on random texts that a snippet never
// exceeds its width, shows the first match, and is the text in order.
func TestSnippetProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	pieces := []string{"a", "b", "K", " ", "é", "日", "本", "🚀", "👩‍💻", "e\u0301", "-", "x"}
	for range 3000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		if text == "" {
			continue
		}
		runes := []rune(text)
		i := r.IntN(len(runes))
		query := string(runes[i:min(len(runes), i+1+r.IntN(3))])
		m := fuzzy.Find(query, []string{text})
		if len(m) != 1 {
			continue
		}
		width := 1 + r.IntN(30)
		segs := Snippet(text, m[0].MatchedIndexes, width)
		var body strings.Builder
		w, sawMatch := 0, false
		for _, s := range segs {
			w += ansi.StringWidth(s.Text)
			sawMatch = sawMatch || s.Match
			if s.Text != Ellipsis || s.Match {
				body.WriteString(s.Text)
			}
		}
		if w > width {
			t.Fatalf("Snippet(%q, %v, %d) = %q: %d cells", text, m[0].MatchedIndexes, width, show(segs), w)
		}
		if !strings.Contains(text, body.String()) {
			t.Fatalf("Snippet(%q, %d) = %q is not the text in order", text, width, show(segs))
		}
		firstW := ansi.StringWidth(string([]rune(text[m[0].MatchedIndexes[0]:])[:1]))
		if width >= 3 && firstW <= width-2 && !sawMatch {
			t.Fatalf("Snippet(%q, %v, %d) = %q hides the match", text, m[0].MatchedIndexes, width, show(segs))
		}
	}
}
