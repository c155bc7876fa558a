package search

import (
	"context"
	"runtime"
	"slices"
	"sync"

	"github.com/sahilm/fuzzy"
)

// Tuning of the scan.
const (
	// block is how many slots a worker scans between looks at the context,
	// so a stale search stops within microseconds; workers take blocks in
	// turn, so each sees short documents first.
	block = 256
	// minShard is the fewest slots worth a goroutine of their own.
	minShard = 8192
)

// scan is one search's pass over the index, split into shards that run in
// parallel, each keeping its own best k.
type scan struct {
	ix   *Index
	q    *query
	cand cands // the slots to scan
	tops []topK
	// rec, when recording, receives each shard's matching slots; stopAt
	// is the candidate index where each shard stopped early (n if it did
	// not): only the candidates before the least of them were all scanned.
	rec    [][]int32
	record bool
	stopAt []int
	n      int // number of candidates
}

// newScan prepares a scan of cand in the given number of shards (0: as
// many as the cores and the size warrant).
func (ix *Index) newScan(q *query, cand cands, shards, k int, record bool) *scan {
	n := cand.size(len(ix.slotDoc))
	if shards == 0 {
		shards = min(runtime.GOMAXPROCS(0), max(1, n/minShard))
	}
	sc := &scan{ix: ix, q: q, cand: cand, tops: make([]topK, shards), record: record,
		rec: make([][]int32, shards), stopAt: make([]int, shards), n: n}
	for i := range sc.tops {
		sc.tops[i].k = k
		sc.stopAt[i] = n
	}
	return sc
}

// run scans every shard, the last on the calling goroutine.
func (sc *scan) run(ctx context.Context) error {
	errs := make([]error, len(sc.tops))
	var wg sync.WaitGroup
	for s := range len(sc.tops) - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[s] = sc.shard(ctx, s)
		}()
	}
	last := len(sc.tops) - 1
	errs[last] = sc.shard(ctx, last)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// narrowed is the candidates a query extending this one needs (see
// cands.narrow); ok is false when not recording or when nothing narrows.
func (sc *scan) narrowed() (c cands, ok bool) {
	scanned := slices.Min(sc.stopAt)
	if !sc.record || scanned == 0 {
		return cands{}, false
	}
	var matches []int32
	for _, r := range sc.rec {
		matches = append(matches, r...)
	}
	return sc.cand.narrow(matches, scanned, len(sc.ix.slotDoc)), true
}

// shard scans blocks shard, shard+shards, … of the candidates. Candidates
// are in slot order, shortest text first, so the shard stops at the first
// one too long to beat the worst hit it keeps (see maxTotal).
func (sc *scan) shard(ctx context.Context, shard int) error {
	ix, q, top := sc.ix, sc.q, &sc.tops[shard]
	done := ctx.Done()
	var slow []int32 // candidates for sahilm's own matcher
	n, shards := sc.n, len(sc.tops)
scanning:
	for b := shard * block; b < n; b += shards * block {
		select {
		case <-done:
			return ctx.Err()
		default:
		}
		for t := b; t < min(n, b+block); t++ {
			s := sc.cand.at(t)
			if worst, full := top.full(); full && q.bound-(ix.off[s+1]-ix.off[s]) < worst.score {
				sc.stopAt[shard] = t
				break scanning // every later candidate is at least as long
			}
			if ix.mask[s]&q.mask != q.mask {
				continue
			}
			if q.pat == nil || !ix.fast[s] {
				if q.hasNeedles(ix.low[ix.off[s]:ix.off[s+1]]) {
					slow = append(slow, int32(s))
				}
				if len(slow) == block { // score them now: the heap fills and the scan can stop early
					sc.scoreSlow(shard, slow)
					slow = slow[:0]
				}
				continue
			}
			if score, ok := scoreASCII(ix.low[ix.off[s]:ix.off[s+1]], ix.bonus, ix.off[s], q.pat, nil); ok {
				top.offer(hit{score: score, doc: ix.slotDoc[s]})
				if sc.record {
					sc.rec[shard] = append(sc.rec[shard], int32(s))
				}
			}
		}
	}
	sc.scoreSlow(shard, slow)
	return ctx.Err()
}

// scoreSlow scores slots with sahilm/fuzzy itself.
func (sc *scan) scoreSlow(shard int, slots []int32) {
	for _, m := range fuzzy.FindFromNoSort(sc.q.text, slotTexts{sc.ix, slots}) {
		sc.tops[shard].offer(hit{score: m.Score, doc: sc.ix.slotDoc[slots[m.Index]]})
		if sc.record {
			sc.rec[shard] = append(sc.rec[shard], slots[m.Index])
		}
	}
}

// positions computes the matched byte offsets of slot s, known to match.
func (ix *Index) positions(q *query, s int32) []int {
	if q.pat != nil && ix.fast[s] {
		pos := make([]int, len(q.pat))
		scoreASCII(ix.low[ix.off[s]:ix.off[s+1]], ix.bonus, ix.off[s], q.pat, pos)
		return pos
	}
	if m := fuzzy.Find(q.text, []string{ix.docs[ix.slotDoc[s]].Text}); len(m) == 1 {
		return m[0].MatchedIndexes
	}
	return nil
}

// slotTexts is the texts of some slots as a fuzzy.Source.
type slotTexts struct {
	ix    *Index
	slots []int32
}

// String is the text of the i-th slot listed.
func (t slotTexts) String(i int) string { return t.ix.docs[t.ix.slotDoc[t.slots[i]]].Text }

// Len is the number of slots listed.
func (t slotTexts) Len() int { return len(t.slots) }
