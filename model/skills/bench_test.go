package skills_test

import (
	"regexp"
	"testing"

	"github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/model/skills/synth"
)

// corpus is the synthetic benchmark corpus: n bullets naming the
// taxonomy's aliases, from the fixed seed.
func corpus(tb testing.TB, tx *skills.Taxonomy, n int) ([]string, int64) {
	tb.Helper()
	var names []string
	for _, a := range tx.Aliases() {
		names = append(names, a.Text)
	}
	bs := synth.Bullets(synth.Seed, n, names)
	var size int64
	for _, b := range bs {
		size += int64(len(b))
	}
	return bs, size
}

// naive is the baseline: one regular expression per alias, with word
// boundaries, run over every text.
type naive []*regexp.Regexp

func newNaive(tx *skills.Taxonomy) naive {
	var out naive
	for _, a := range tx.Aliases() {
		flags := "(?i)"
		if a.Cased {
			flags = ""
		}
		out = append(out, regexp.MustCompile(flags+`(?:^|[^\pL\pN])`+regexp.QuoteMeta(a.Text)+`(?:$|[^\pL\pN])`))
	}
	return out
}

func (n naive) count(text string) int {
	c := 0
	for _, re := range n {
		c += len(re.FindAllStringIndex(text, -1))
	}
	return c
}

// BenchmarkExtract compares the token trie with the per-alias regexp
// baseline on the same 200 bullets, in one run:
//
//	go test -run '^$' -bench Extract -benchtime 3x ./model/skills/
func BenchmarkExtract(b *testing.B) {
	tx := builtin(b)
	bs, size := corpus(b, tx, 200)
	b.Run("trie", func(b *testing.B) {
		sc := tx.NewScanner()
		var out []skills.Match
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range bs {
				out = sc.Scan(t, false, out[:0])
			}
		}
	})
	b.Run("regexp-per-alias", func(b *testing.B) {
		nv := newNaive(tx)
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range bs {
				_ = nv.count(t)
			}
		}
	})
}

// BenchmarkExtractLarge measures the trie alone on 20,000 bullets (about
// 4 MB): go test -run '^$' -bench ExtractLarge ./model/skills/
func BenchmarkExtractLarge(b *testing.B) {
	tx := builtin(b)
	bs, size := corpus(b, tx, 20000)
	sc := tx.NewScanner()
	var out []skills.Match
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range bs {
			out = sc.Scan(t, false, out[:0])
		}
	}
}

func TestSynthReproducible(t *testing.T) {
	names := []string{"Go", "Kafka"}
	a, b := synth.Bullets(synth.Seed, 50, names), synth.Bullets(synth.Seed, 50, names)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("the generator is not reproducible")
		}
	}
	if c := synth.Bullets(synth.Seed+1, 50, names); c[0] == a[0] && c[1] == a[1] {
		t.Error("the seed does not matter")
	}
}
