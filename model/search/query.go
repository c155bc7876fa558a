package search

import (
	"math"
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
