package search

import (
	"context"
	"runtime"
	"sync"

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

// Page is the answer to a search: the best results and how many documents
// matched in all.
type Page struct {
	Results []Result
	Total   int
}

// Tuning of the scan.
const (
	// cancelEvery is how many documents a worker scans between looks at
	// the context, so a stale search stops within microseconds.
	cancelEvery = 1024
	// minShard is the fewest documents worth a goroutine of their own.
	minShard = 8192
)

// Search returns the documents matching query, best first, ranked and
// scored as sahilm/fuzzy does with ties broken by recency. It returns
// ctx.Err() as soon as it sees ctx cancelled. An empty query matches nothing.
func (ix *Index) Search(ctx context.Context, query string, opts Options) ([]Result, error) {
	p, err := ix.Query(ctx, query, opts)
	return p.Results, err
}

// Query is Search that also counts every match.
func (ix *Index) Query(ctx context.Context, query string, opts Options) (Page, error) {
	if query == "" {
		return Page{}, ctx.Err()
	}
	q := newQuery(query)
	var ids []int32
	n := len(ix.docs)
	if opts.ProfileID != "" {
		ids = ix.byProfile[opts.ProfileID]
		n = len(ids)
	}
	shards := min(runtime.GOMAXPROCS(0), max(1, n/minShard))
	parts := make([]topK, shards)
	errs := make([]error, shards)
	var wg sync.WaitGroup
	for s := range shards {
		lo, hi := s*n/shards, (s+1)*n/shards
		parts[s].k = opts.Limit
		if s == shards-1 {
			errs[s] = ix.scan(ctx, q, ids, lo, hi, &parts[s])
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[s] = ix.scan(ctx, q, ids, lo, hi, &parts[s])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return Page{}, err
		}
	}
	hits, total := merge(parts, opts.Limit)
	out := make([]Result, len(hits))
	for i, h := range hits {
		out[i] = Result{Doc: &ix.docs[h.doc], Score: h.score, MatchedIndexes: ix.positions(q, int(h.doc))}
	}
	return Page{Results: out, Total: total}, nil
}

// query is a search query prepared for the scan.
type query struct {
	text string
	mask uint64 // every document that matches has all these bits
	// pat is the lowercase ASCII byte of each query rune, or nil when a
	// rune matches no ASCII byte (such queries use sahilm's own matcher).
	pat []byte
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
	return q
}

// scan scores documents lo..hi (of ids, or of the whole index when ids is
// nil) into top.
func (ix *Index) scan(ctx context.Context, q *query, ids []int32, lo, hi int, top *topK) error {
	done := ctx.Done()
	var slow []int32 // candidates for sahilm's own matcher
	for t := lo; t < hi; t++ {
		if (t-lo)%cancelEvery == 0 {
			select {
			case <-done:
				return ctx.Err()
			default:
			}
		}
		i := int32(t)
		if ids != nil {
			i = ids[t]
		}
		if ix.mask[i]&q.mask != q.mask {
			continue
		}
		if q.pat == nil || !ix.fast[i] {
			slow = append(slow, i)
			continue
		}
		if score, ok := scoreASCII(ix.low[ix.off[i]:ix.off[i+1]], ix.docs[i].Text, q.pat, nil); ok {
			top.offer(hit{score: score, doc: i})
		}
	}
	for start := 0; start < len(slow); start += cancelEvery {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch := slow[start:min(start+cancelEvery, len(slow))]
		for _, m := range fuzzy.FindFromNoSort(q.text, subset{ix, batch}) {
			top.offer(hit{score: m.Score, doc: batch[m.Index]})
		}
	}
	return nil
}

// positions computes the matched byte offsets of a document known to match.
func (ix *Index) positions(q *query, i int) []int {
	if q.pat != nil && ix.fast[i] {
		pos := make([]int, len(q.pat))
		scoreASCII(ix.low[ix.off[i]:ix.off[i+1]], ix.docs[i].Text, q.pat, pos)
		return pos
	}
	if m := fuzzy.Find(q.text, []string{ix.docs[i].Text}); len(m) == 1 {
		return m[0].MatchedIndexes
	}
	return nil
}

// subset is some documents of an index as a fuzzy.Source.
type subset struct {
	ix  *Index
	ids []int32
}

func (s subset) String(i int) string { return s.ix.docs[s.ids[i]].Text }
func (s subset) Len() int            { return len(s.ids) }
