package search

import "sort"

// hit is a matching document and its score.
type hit struct {
	score int
	doc   int32
}

// better reports whether a ranks before b: higher score, then earlier
// document (the index is in recency order, so this is sahilm's stable order
// with its ties broken by recency).
func better(a, b hit) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// topK keeps the best k hits seen (all of them when k ≤ 0) in a heap whose
// root is the worst kept hit.
type topK struct {
	k    int
	hits []hit
}

// offer considers one hit.
func (t *topK) offer(h hit) {
	if t.k <= 0 || len(t.hits) < t.k {
		t.hits = append(t.hits, h)
		if t.k > 0 {
			t.up(len(t.hits) - 1)
		}
		return
	}
	if better(h, t.hits[0]) {
		t.hits[0] = h
		t.down(0)
	}
}

// full reports whether a hit must beat the root to be kept, and the root.
func (t *topK) full() (hit, bool) {
	if t.k > 0 && len(t.hits) == t.k {
		return t.hits[0], true
	}
	return hit{}, false
}

func (t *topK) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !better(t.hits[parent], t.hits[i]) {
			return
		}
		t.hits[parent], t.hits[i] = t.hits[i], t.hits[parent]
		i = parent
	}
}

func (t *topK) down(i int) {
	n := len(t.hits)
	for {
		worst := i
		for _, c := range [2]int{2*i + 1, 2*i + 2} {
			if c < n && better(t.hits[worst], t.hits[c]) {
				worst = c
			}
		}
		if worst == i {
			return
		}
		t.hits[worst], t.hits[i] = t.hits[i], t.hits[worst]
		i = worst
	}
}

// merge combines the hits of several heaps into the best k (all when
// k ≤ 0), best first.
func merge(parts []topK, k int) []hit {
	var all []hit
	for i := range parts {
		all = append(all, parts[i].hits...)
	}
	sort.Slice(all, func(i, j int) bool { return better(all[i], all[j]) })
	if k > 0 && len(all) > k {
		all = all[:k]
	}
	return all
}
