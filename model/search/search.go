package search

import (
	"context"
	"slices"
	"strings"
	"sync"
)

// Options tune a search.
type Options struct {
	// Limit is how many results to return, best first; 0 or less means all.
	Limit int
	// ProfileID, when not empty, searches only that profile's documents.
	ProfileID string
	// Exact keeps only documents that contain the query literally, in any
	// case; sahilm/fuzzy's scores still rank them (see ParseQuery).
	Exact bool
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

// Search returns the documents matching query, best first, ranked and
// scored as sahilm/fuzzy does with ties broken by recency: the same results
// as fuzzy.Find over Texts(), in the same order. It returns ctx.Err() as
// soon as it sees ctx cancelled, and never returns results once ctx is
// cancelled. An empty query matches nothing.
func (ix *Index) Search(ctx context.Context, query string, opts Options) ([]Result, error) {
	if opts.Exact {
		return ix.searchExact(ctx, query, opts)
	}
	res, _, _, err := ix.search(ctx, query, opts, allSlots, false)
	return res, err
}

// search runs a search over the candidate slots cand (or the profile's
// documents when opts.ProfileID is set). With record, it also returns the
// candidates that a query extending this one needs (see scan.narrowed).
func (ix *Index) search(ctx context.Context, query string, opts Options, cand cands, record bool) (
	_ []Result, next cands, narrowed bool, _ error) {
	if query == "" {
		return nil, cands{}, false, ctx.Err()
	}
	q := newQuery(query)
	var sc *scan
	if opts.ProfileID != "" {
		sc = ix.newScan(q, listed(ix.profileSlots(opts.ProfileID), len(ix.slotDoc)), 1, opts.Limit, false)
	} else {
		sc = ix.newScan(q, cand, 0, opts.Limit, record)
	}
	if err := sc.run(ctx); err != nil {
		return nil, cands{}, false, err
	}
	if err := ctx.Err(); err != nil { // cancelled during the last stretch
		return nil, cands{}, false, err
	}
	hits := merge(sc.tops, opts.Limit)
	out := make([]Result, len(hits))
	for i, h := range hits {
		out[i] = Result{Doc: &ix.docs[h.doc], Score: h.score, MatchedIndexes: ix.positions(q, ix.docSlot[h.doc])}
	}
	next, narrowed = sc.narrowed()
	return out, next, narrowed, nil
}

// profileSlots are the slots of one profile's documents, ascending.
func (ix *Index) profileSlots(id string) []int32 {
	docs := ix.byProfile[id]
	slots := make([]int32, len(docs))
	for i, d := range docs {
		slots[i] = ix.docSlot[d]
	}
	slices.Sort(slots)
	return slots
}

// Searcher runs the searches of one person typing: it remembers which
// documents matched the last query, and when the next query extends that
// one (as each keystroke does) it scans only those: a document cannot
// match "kafka c" without matching "kafka". (Documents the last search
// did not reach, having stopped early, are all scanned.) Safe for
// concurrent use; give each session its own.
type Searcher struct {
	ix     *Index
	mu     sync.Mutex
	prefix string // the query cand was narrowed by; "" for none
	cand   cands  // the candidates for queries extending prefix
}

// NewSearcher returns a Searcher over the index.
func (ix *Index) NewSearcher() *Searcher { return &Searcher{ix: ix} }

// Index is the index searched.
func (s *Searcher) Index() *Index { return s.ix }

// Search is Index.Search, narrowed by the matches of an earlier query when
// query extends it. Results are the same as Index.Search's.
func (s *Searcher) Search(ctx context.Context, query string, opts Options) ([]Result, error) {
	if opts.ProfileID != "" || opts.Exact {
		return s.ix.Search(ctx, query, opts)
	}
	s.mu.Lock()
	cand := allSlots
	if s.prefix != "" && strings.HasPrefix(query, s.prefix) {
		cand = s.cand
	}
	s.mu.Unlock()
	res, next, narrowed, err := s.ix.search(ctx, query, opts, cand, true)
	if err == nil && narrowed {
		s.mu.Lock()
		s.prefix, s.cand = query, next
		s.mu.Unlock()
	}
	return res, err
}
