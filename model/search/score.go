package search

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// The separator and camel-case bonuses are equal, so the index records
// where either applies in one bit per byte.
var _ = [1]struct{}{}[matchFollowingSeparatorBonus-camelCaseMatchBonus]

// The bonuses and penalties of sahilm/fuzzy v0.1.3 (fuzzy.go).
const (
	firstCharMatchBonus            = 10
	matchFollowingSeparatorBonus   = 20
	camelCaseMatchBonus            = 20
	adjacentMatchBonus             = 5
	unmatchedLeadingCharPenalty    = -5
	maxUnmatchedLeadingCharPenalty = -15
)

// Character classes of ASCII bytes, for the bonuses.
const (
	classSep   = 1 << iota // one of sahilm's separators: / - _ space . \
	classLower             // a–z
	classUpper             // A–Z
)

// asciiClass is the class of each byte below utf8.RuneSelf.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range "/-_ .\\" {
		t[c] = classSep
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLower
		t[c-'a'+'A'] = classUpper
	}
	return t
}()

// scoreASCII scores a document against a query whose every rune matches an
// ASCII byte, giving exactly what sahilm/fuzzy gives. pat holds the lowercase
// byte of each query rune; low is the document with ASCII letters lowered,
// valid UTF-8 in which no non-ASCII rune folds to ASCII (so only ASCII bytes
// can match); bit base+j of bonus is set when a match at byte j > 0 earns
// the separator or camel-case bonus (see bonusBits). When pos is not nil it
// receives the matched byte offsets (len(pat) of them).
//
// sahilm walks every rune. For query rune p it considers the document's
// occurrences of p from the first one after the previous commit up to the
// rune before the next occurrence of query rune p+1 (to the end for the last
// query rune), keeps the first one with the best bonus and commits it. This
// function computes the same windows by jumping between occurrences with
// bytes.IndexByte, stops looking once no later candidate can beat the best
// (only the first candidate can earn more than the boundary bonus), and
// never reads the text as written. It is checked
// against sahilm/fuzzy by FuzzScore.
func scoreASCII(low []byte, bonus []uint64, base int, pat []byte, pos []int) (int, bool) {
	n, m := len(low), len(pat)
	start := bytes.IndexByte(low, pat[0])
	if start < 0 {
		return 0, false
	}
	total, lastMatch, adjacent := 0, -1, 0
	for p := 0; p < m; p++ {
		end, next := n, 0
		if p+1 < m {
			k := bytes.IndexByte(low[start+1:], pat[p+1])
			if k < 0 {
				return 0, false
			}
			next = start + 1 + k
			end = next
		}
		c := pat[p]
		best, bestAt := -1, -1
		for j := start; ; {
			score := 0
			if j == 0 {
				score = firstCharMatchBonus
			} else if g := base + j; bonus[g>>6]&(1<<(g&63)) != 0 {
				score = matchFollowingSeparatorBonus // = camelCaseMatchBonus
			}
			if p > 0 && j-1 == lastMatch {
				// Only the first candidate can follow the last commit.
				b := adjacent*2 + adjacentMatchBonus
				score += b
				adjacent += b
			}
			if score > best {
				best, bestAt = score, j
				if best >= matchFollowingSeparatorBonus {
					break // no later candidate can score more
				}
			}
			k := bytes.IndexByte(low[j+1:end], c)
			if k < 0 {
				break
			}
			j += 1 + k
		}
		if p == 0 {
			best += max(bestAt*unmatchedLeadingCharPenalty, maxUnmatchedLeadingCharPenalty)
		}
		total += best
		lastMatch = bestAt
		if pos != nil {
			pos[p] = bestAt
		}
		start = next
	}
	return total + m - n, true
}

// boundaryBonus reports whether an ASCII byte cur after the rune prev earns
// sahilm's separator or camel-case bonus (both are worth 20).
func boundaryBonus(prev rune, cur byte) bool {
	if prev < utf8.RuneSelf {
		switch asciiClass[prev] {
		case classSep:
			return true
		case classLower:
			return asciiClass[cur] == classUpper
		}
		return false
	}
	return asciiClass[cur] == classUpper && unicode.IsLower(prev)
}
