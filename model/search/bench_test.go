package search

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"
	"github.com/vitae-cli/vitae/model/search/synth"
)

// Benchmarks of Search against fuzzy.Find over the same synthetic corpus,
// in the same run (see docs/benchmarks.md, ## Search). The 1M-document
// corpus takes a few hundred MB and seconds to build: it runs only when
// VITAE_BENCH_1M=1.

// benchSeed fixes the synthetic corpus.
const benchSeed = 2026

// benchQueries are typed queries of each benchmarked length; the
// benchmarks cycle through them so no single lucky query decides.
var benchQueries = map[string][]string{
	"1":  {"k", "e", "z", "9"},
	"3":  {"kaf", "p99", "zdm", "ter"},
	"6":  {"kafka ", "terraf", "zerodt", "on-cal"},
	"12": {"kafka cluste", "zero-downtim", "kubernetesmg", "latency p99 "},
	// Runes that fold to no ASCII letter take sahilm's own matcher, on the
	// documents holding them.
	"non-ascii": {"é", "café", "Zürich", "日本"},
}

// typedQueries are typed one key at a time in BenchmarkTyping.
var typedQueries = []string{"kafka cluster", "zero downtime", "p99 latency", "kubernetes migration"}

// corpora builds each benchmark corpus once per process.
var corpora = struct {
	sync.Mutex
	m map[int]*Index
}{m: map[int]*Index{}}

func corpus(tb testing.TB, docs int) *Index {
	tb.Helper()
	corpora.Lock()
	defer corpora.Unlock()
	if ix, ok := corpora.m[docs]; ok {
		return ix
	}
	ix := NewIndex(synth.Profiles(benchSeed, docs))
	if ix.Len() != docs {
		tb.Fatalf("synthetic corpus has %d documents, want %d", ix.Len(), docs)
	}
	corpora.m[docs] = ix
	return ix
}

// benchSizes are the corpus sizes benchmarked.
func benchSizes() []int {
	sizes := []int{1_000, 10_000, 100_000}
	if os.Getenv("VITAE_BENCH_1M") == "1" {
		sizes = append(sizes, 1_000_000)
	}
	return sizes
}

// latencies records each operation's wall time for percentiles.
type latencies []time.Duration

func (l latencies) report(b *testing.B, prefix string) {
	if len(l) == 0 {
		return
	}
	b.ReportMetric(pct(l, 0.50), prefix+"p50-ms")
	b.ReportMetric(pct(l, 0.95), prefix+"p95-ms")
}

// pct is the p-th percentile of l, in milliseconds.
func pct(l latencies, p float64) float64 {
	s := slices.Clone(l)
	slices.Sort(s)
	return float64(s[min(len(s)-1, int(p*float64(len(s))))].Nanoseconds()) / 1e6
}

// checkTop100 fails when Search's top 100 differs from fuzzy.Find's.
func checkTop100(b *testing.B, ix *Index, texts []string, q string) {
	got, err := ix.Search(context.Background(), q, Options{Limit: 100})
	if err != nil {
		b.Fatal(err)
	}
	want := fuzzy.Find(q, texts)
	want = want[:min(100, len(want))]
	if len(got) != len(want) {
		b.Fatalf("%q: %d results, fuzzy.Find %d", q, len(got), len(want))
	}
	for i := range want {
		g := got[i]
		if g.Doc != ix.Doc(want[i].Index) || g.Score != want[i].Score || !reflect.DeepEqual(g.MatchedIndexes, want[i].MatchedIndexes) {
			b.Fatalf("%q result %d: doc %q score %d, fuzzy.Find doc %q score %d", q, i, g.Doc.Text, g.Score, want[i].Str, want[i].Score)
		}
	}
}

// pair times one search through the index and fuzzy.Find over the whole
// corpus back to back, so both see the same load on a shared machine.
// It also records the CPU time of each side (see cpuTime).
type pair struct{ index, fuzzy, indexCPU, fuzzyCPU latencies }

func (p *pair) run(b *testing.B, search func() error, texts []string, q string) {
	t, c := time.Now(), cpuTime()
	if err := search(); err != nil {
		b.Fatal(err)
	}
	p.index = append(p.index, time.Since(t))
	p.indexCPU = append(p.indexCPU, cpuTime()-c)
	t, c = time.Now(), cpuTime()
	fuzzy.Find(q, texts)
	p.fuzzy = append(p.fuzzy, time.Since(t))
	p.fuzzyCPU = append(p.fuzzyCPU, cpuTime()-c)
}

// report gives both sides' percentiles of wall and CPU time and the
// speed-up in wall time at the median and at p95 (fuzzy.Find's over the
// index's).
func (p *pair) report(b *testing.B, prefix string) {
	p.index.report(b, prefix+"index-")
	p.fuzzy.report(b, prefix+"fuzzy-")
	p.indexCPU.report(b, prefix+"index-cpu-")
	p.fuzzyCPU.report(b, prefix+"fuzzy-cpu-")
	b.ReportMetric(pct(p.fuzzy, 0.50)/pct(p.index, 0.50), "speedup-p50")
	b.ReportMetric(pct(p.fuzzy, 0.95)/pct(p.index, 0.95), "speedup-p95")
}

// BenchmarkSearch runs each query of one length through the index and,
// back to back, fuzzy.Find over the whole corpus (one op runs every query
// once; latencies are per query). The top 100 of each query are first
// checked identical, scores and positions included.
func BenchmarkSearch(b *testing.B) {
	for _, docs := range benchSizes() {
		for _, n := range []string{"1", "3", "6", "12", "non-ascii"} {
			qs := benchQueries[n]
			b.Run(fmt.Sprintf("docs=%d/len=%s", docs, n), func(b *testing.B) {
				ix := corpus(b, docs)
				texts := ix.Texts()
				for _, q := range qs {
					checkTop100(b, ix, texts, q)
				}
				runtime.GC()
				var p pair
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					for _, q := range qs {
						p.run(b, func() error {
							_, err := ix.Search(context.Background(), q, Options{Limit: 100})
							return err
						}, texts, q)
					}
				}
				p.report(b, "")
			})
		}
	}
}

// BenchmarkTyping types each typed query one key at a time: every prefix
// is a new search, as in the TUI, through a Searcher (which narrows each
// search to the matches of the one before), and, back to back, fuzzy.Find
// over the whole corpus. One op types every query (only the first at 1M
// documents); latencies are per keystroke.
func BenchmarkTyping(b *testing.B) {
	for _, docs := range benchSizes() {
		b.Run(fmt.Sprintf("docs=%d", docs), func(b *testing.B) {
			ix := corpus(b, docs)
			texts := ix.Texts()
			runtime.GC()
			var p pair
			b.ResetTimer()
			typed := typedQueries
			if docs >= 1_000_000 { // fuzzy.Find takes seconds a key here
				typed = typed[:1]
			}
			for i := 0; i < b.N; i++ {
				for _, q := range typed {
					s := ix.NewSearcher() // a new person typing
					for k := 1; k <= len(q); k++ {
						p.run(b, func() error {
							_, err := s.Search(context.Background(), q[:k], Options{Limit: 100})
							return err
						}, texts, q[:k])
					}
				}
			}
			p.report(b, "key-")
		})
	}
}

// BenchmarkIndex builds the index from loaded profiles and reports the
// memory it holds beyond the profiles, as a multiple of the raw text size.
func BenchmarkIndex(b *testing.B) {
	for _, docs := range benchSizes() {
		b.Run(fmt.Sprintf("docs=%d", docs), func(b *testing.B) {
			profiles := synth.Profiles(benchSeed, docs)
			var ratio float64
			for i := 0; i < b.N; i++ {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				ix := NewIndex(profiles)
				runtime.GC()
				runtime.ReadMemStats(&after)
				ratio = float64(after.HeapAlloc-before.HeapAlloc) / float64(ix.RawBytes())
				runtime.KeepAlive(ix)
			}
			b.ReportMetric(ratio, "index-bytes/raw-byte")
		})
	}
}
