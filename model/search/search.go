package search

import (
	"context"
	"math"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Options tune a search.
type Options struct {
	// Limit is how many results to return, best first; 0 or less means all.
	Limit int
	// ProfileID, when not empty, searches only that profile's documents.
	ProfileID string
}

// Result is one matching document.
type Result struct {
	Doc *Doc
	// Score is sahilm/fuzzy's score of the match.
	Score int
	// MatchedIndexes are the byte offsets in Doc.Text of the matched runes,
	// one per query rune, as sahilm/fuzzy reports them.
	MatchedIndexes []int
}

// Tuning of the scan.
const (
	// block is how many slots a worker scans between looks at the context,
	// so a stale search stops within microseconds; workers take blocks in
	// turn, so each sees short documents first.
	block = 256
	// minShard is the fewest documents worth a goroutine of their own.
	minShard = 8192
)

// Search returns the documents matching query, best first, ranked and
// scored as sahilm/fuzzy does with ties broken by recency: the same results
// as fuzzy.Find over Texts(), in the same order. It returns ctx.Err() as
// soon as it sees ctx cancelled. An empty query matches nothing.
func (ix *Index) Search(ctx context.Context, query string, opts Options) ([]Result, error) {
	if query == "" {
		return nil, ctx.Err()
	}
	q := newQuery(query)
	var parts []topK
	var err error
	if opts.ProfileID != "" {
		parts = []topK{{k: opts.Limit}}
		err = ix.scanDocs(ctx, q, ix.byProfile[opts.ProfileID], &parts[0])
	} else {
		parts, err = ix.scanAll(ctx, q, opts.Limit)
	}
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil { // cancelled during the last stretch
		return nil, err
	}
	hits := merge(parts, opts.Limit)
	out := make([]Result, len(hits))
	for i, h := range hits {
		out[i] = Result{Doc: &ix.docs[h.doc], Score: h.score, MatchedIndexes: ix.positions(q, ix.docSlot[h.doc])}
	}
	return out, nil
}

// scanAll scans every slot, sharded across the cores, each shard keeping
// its own best k.
func (ix *Index) scanAll(ctx context.Context, q *query, k int) ([]topK, error) {
	shards := min(runtime.GOMAXPROCS(0), max(1, len(ix.slotDoc)/minShard))
	parts := make([]topK, shards)
	errs := make([]error, shards)
	var wg sync.WaitGroup
	for s := range shards {
		parts[s].k = k
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[s] = ix.scanShard(ctx, q, s, shards, &parts[s])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return parts, nil
}

// query is a search query prepared for the scan.
type query struct {
	text string
	mask uint64 // every document that matches has all these bits
	// pat is the lowercase ASCII byte of each query rune, or nil when a
	// rune matches no ASCII byte (such queries use sahilm's own matcher).
	pat []byte
	// bound is the most a document of length 0 could score: a document of
	// n bytes scores at most bound-n (see maxTotal).
	bound int
}

func newQuery(text string) *query {
	q := &query{text: text}
	ascii := true
	for _, r := range text { // as []rune(text): one U+FFFD per invalid byte
		q.mask |= runeBit(r)
		b, ok := asciiFold(r)
		ascii = ascii && ok
		if ascii {
			q.pat = append(q.pat, b)
		}
	}
	if !ascii {
		q.pat = nil
	}
	q.bound = maxTotal(utf8.RuneCountInString(text))
	return q
}

// maxTotal bounds sahilm's score of an m-rune query before its penalty of
// one point per unmatched byte, i.e. score ≤ maxTotal(m) - len(text). The
// first rune earns at most 20 minus 5 for the byte before it (or 10 at the
// start); every other rune at most 20 for following a separator or a
// lower-case letter, plus an adjacency bonus of twice the adjacency
// bonuses so far plus 5, so at most 5·3^(p-1) for rune p. Only the first
// candidate of each rune's window can be adjacent, so these sum to at most
// 5·(3^(m-1)-1)/2. Beyond 30 runes the bound is not worth computing.
func maxTotal(m int) int {
	if m > 30 {
		return math.MaxInt / 2
	}
	adjacency := (int(math.Pow(3, float64(m-1))) - 1) / 2 * adjacentMatchBonus
	return matchFollowingSeparatorBonus + unmatchedLeadingCharPenalty +
		(m-1)*matchFollowingSeparatorBonus + adjacency + m
}

// scanShard scans blocks shard, shard+shards, … of the slots into top. It
// stops early when the slots left are too long to beat the worst hit kept.
func (ix *Index) scanShard(ctx context.Context, q *query, shard, shards int, top *topK) error {
	done := ctx.Done()
	var slow []int32
	n := len(ix.slotDoc)
scan:
	for b := shard * block; b < n; b += shards * block {
		select {
		case <-done:
			return ctx.Err()
		default:
		}
		for s := b; s < min(n, b+block); s++ {
			if worst, full := top.full(); full && q.bound-(ix.off[s+1]-ix.off[s]) < worst.score {
				break scan // every later slot is at least as long
			}
			slow = ix.consider(q, s, top, slow)
		}
	}
	return ix.scoreSlow(ctx, q, slow, top)
}

// scanDocs scans the given documents into top.
func (ix *Index) scanDocs(ctx context.Context, q *query, docs []int32, top *topK) error {
	done := ctx.Done()
	var slow []int32
	for t, d := range docs {
		if t%block == 0 {
			select {
			case <-done:
				return ctx.Err()
			default:
			}
		}
		slow = ix.consider(q, int(ix.docSlot[d]), top, slow)
	}
	return ix.scoreSlow(ctx, q, slow, top)
}

// consider scores slot s into top, or appends it to slow when sahilm's own
// matcher must score it.
func (ix *Index) consider(q *query, s int, top *topK, slow []int32) []int32 {
	if ix.mask[s]&q.mask != q.mask {
		return slow
	}
	if q.pat == nil || !ix.fast[s] {
		return append(slow, int32(s))
	}
	if score, ok := scoreASCII(ix.low[ix.off[s]:ix.off[s+1]], ix.bonus, ix.off[s], q.pat, nil); ok {
		top.offer(hit{score: score, doc: ix.slotDoc[s]})
	}
	return slow
}

// scoreSlow scores slots with sahilm/fuzzy itself, in batches between
// looks at the context.
func (ix *Index) scoreSlow(ctx context.Context, q *query, slots []int32, top *topK) error {
	for start := 0; start < len(slots); start += block {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch := slots[start:min(start+block, len(slots))]
		for _, m := range fuzzy.FindFromNoSort(q.text, slotTexts{ix, batch}) {
			top.offer(hit{score: m.Score, doc: ix.slotDoc[batch[m.Index]]})
		}
	}
	return ctx.Err()
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

func (t slotTexts) String(i int) string { return t.ix.docs[t.ix.slotDoc[t.slots[i]]].Text }
func (t slotTexts) Len() int            { return len(t.slots) }
