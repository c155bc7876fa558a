package search

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
	"github.com/vitae-cli/vitae/model"
)

// oneDoc is an index over the single text, as the scorer sees it.
func oneDoc(text string) *Index {
	return NewIndexDocs([]Doc{{Text: text, Entry: &Entry{Profile: &model.Profile{ID: "p"}}}})
}

// diffSahilm fails the test when the index disagrees with sahilm/fuzzy on
// whether pattern matches text, the score or the matched positions. It
// reports whether the ASCII scorer was the one used.
func diffSahilm(t *testing.T, pattern, text string) (fast bool) {
	t.Helper()
	want := fuzzy.Find(pattern, []string{text})
	ix := oneDoc(text)
	got, err := ix.Search(context.Background(), pattern, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("Search(%q) over %q: %d matches, sahilm/fuzzy %d", pattern, text, len(got), len(want))
	}
	if len(want) == 1 {
		if got[0].Score != want[0].Score || !reflect.DeepEqual(got[0].MatchedIndexes, want[0].MatchedIndexes) {
			t.Fatalf("Search(%q) over %q: score %d at %v, sahilm/fuzzy %d at %v", pattern, text,
				got[0].Score, got[0].MatchedIndexes, want[0].Score, want[0].MatchedIndexes)
		}
	}
	return newQuery(pattern).pat != nil && ix.fast[0]
}

func TestScoreTable(t *testing.T) {
	tests := []struct{ pattern, text string }{
		{"kafka", "Ran Apache Kafka in production at 29M msg/sec"},
		{"kafka", "kafka"},
		{"KAFKA", "migrated Kafka clusters to KRaft"},
		{"tk", "The Black Knight"},
		{"abc", "abbc"},
		{"aa", "a_a-a.a aa"},
		{"zdm", "zero-downtime migration of the billing DB"},
		{"cm", "camelCaseMatch"},
		{"e", "résumé écrit en été"},
		{"é", "résumé écrit en été"},
		{"É", "résumé"},
		{"日本", "東京, 日本でのKafka運用"},
		{"本k", "東京, 日本でのKafka運用"},
		{"😀x", "fun 😀 xylophone 😀x"},
		{"k", "\u212aelvin scale"},         // the Kelvin sign folds to k
		{"\u212a", "kafka and Kubernetes"}, // and k to the Kelvin sign
		{"s", "long \u017f in old print"},
		{"ab", "a\x00b"},         // sahilm stops at NUL
		{"ab", "a\xffb"},         // invalid UTF-8
		{"\xff", "a\xffb\ufffd"}, // an invalid pattern is U+FFFD
		{"éK", "caféKafka"},      // camel case after a non-ASCII lower
		{"x", ""},
		{"a b", "a  b a b"},
		{"go", "Go, Golang, gopher"},
	}
	for _, tt := range tests {
		diffSahilm(t, tt.pattern, tt.text)
	}
}

// alphabet mixes ASCII letters in both cases, separators, multi-byte runes
// and the runes whose case folds cross into ASCII, so random texts match
// random patterns often.
var alphabet = []string{"a", "A", "b", "B", "k", "K", "s", "S", "e", "E", " ", "_", "-", ".", "/", "\\",
	"é", "É", "日", "本", "😀", "\u212a", "\u017f", "x", "1"}

func randText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		switch r.IntN(200) {
		case 0:
			b.WriteByte(0xff)
		case 1:
			b.WriteByte(0)
		default:
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
	}
	return b.String()
}

func TestScoreRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fast := 0
	const rounds = 8000
	for range rounds {
		text := randText(r, r.IntN(40))
		pattern := randText(r, 1+r.IntN(4))
		if r.IntN(2) == 0 { // a pattern taken from the text matches
			if runes := []rune(text); len(runes) > 0 {
				i := r.IntN(len(runes))
				pattern = string(runes[i:min(len(runes), i+1+r.IntN(5))])
			}
		}
		if diffSahilm(t, pattern, text) {
			fast++
		}
	}
	if fast < rounds/10 {
		t.Fatalf("the ASCII scorer ran on only %d of %d cases", fast, rounds)
	}
}

func FuzzScore(f *testing.F) {
	for _, s := range [][2]string{
		{"kafka", "Ran Apache Kafka in production"}, {"tk", "The Black Knight"},
		{"é", "résumé"}, {"日本", "東京, 日本"}, {"😀", "a 😀 b"}, {"k", "\u212a"},
		{"ab", "a\x00b"}, {"ab", "a\xffb"}, {"éK", "caféKafka"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if len(text) > 4096 || len(pattern) > 64 {
			return
		}
		diffSahilm(t, pattern, text)
		if !utf8.ValidString(text) { // and the ASCII scorer's side of it
			diffSahilm(t, pattern, strings.ToValidUTF8(text, ""))
		}
	})
}
