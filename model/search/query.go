package search

import (
	"bytes"
	"math"
	"unicode"
	"unicode/utf8"
)

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
	// needles holds, for each distinct query rune that folds to no ASCII
	// byte, the UTF-8 encodings of its case-folding orbit: a document can
	// only match when it holds one encoding of every group.
	needles [][][]byte
}

func newQuery(text string) *query {
	q := &query{text: text}
	ascii := true
	seen := map[rune]bool{}
	for _, r := range text { // as []rune(text): one U+FFFD per invalid byte
		q.mask |= runeBit(r)
		b, ok := asciiFold(r)
		ascii = ascii && ok
		if ascii {
			q.pat = append(q.pat, b)
		}
		// U+FFFD also stands for invalid bytes, which have no encoding.
		if k := foldKey(r); !ok && r != utf8.RuneError && !seen[k] {
			seen[k] = true
			q.needles = append(q.needles, orbitBytes(r))
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

// orbitBytes is the UTF-8 encoding of each rune of r's case-folding orbit.
func orbitBytes(r rune) [][]byte {
	out := [][]byte{utf8.AppendRune(nil, r)}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, utf8.AppendRune(nil, f))
	}
	return out
}

// hasNeedles reports whether text holds an encoding of every needle group:
// a document without one cannot match.
func (q *query) hasNeedles(text []byte) bool {
	for _, group := range q.needles {
		found := false
		for _, enc := range group {
			if bytes.Contains(text, enc) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
