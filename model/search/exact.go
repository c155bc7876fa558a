package search

import (
	"bytes"
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// ExactPrefix starts a query that must appear literally: "'kafka" finds
// only texts that contain "kafka" (in any case), as fzf's exact-match
// syntax does. sahilm/fuzzy's scores still rank them.
const ExactPrefix = "'"

// ParseQuery splits what a person typed into the query and whether it is
// an exact one (see ExactPrefix).
func ParseQuery(typed string) (query string, exact bool) {
	if q, ok := strings.CutPrefix(typed, ExactPrefix); ok {
		return q, true
	}
	return typed, false
}

// searchExact returns the documents that contain query literally, ignoring
// case, ranked by sahilm/fuzzy's score of query over them (ties in
// document order, that is by recency). MatchedIndexes mark the first
// literal occurrence, which is what the person asked to see.
func (ix *Index) searchExact(ctx context.Context, query string, opts Options) ([]Result, error) {
	if query == "" {
		return nil, ctx.Err()
	}
	var docs []int32
	if opts.ProfileID != "" {
		docs = ix.byProfile[opts.ProfileID]
	}
	lowQ, ascii := []byte(strings.ToLower(query)), isASCII(query)
	var hits []int32
	var at [][]int
	n := len(ix.docs)
	if docs != nil {
		n = len(docs)
	}
	for i := 0; i < n; i++ {
		if i&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		d := int32(i)
		if docs != nil {
			d = docs[i]
		}
		var pos []int
		if ascii {
			s := ix.docSlot[d]
			if j := bytes.Index(ix.low[ix.off[s]:ix.off[s+1]], lowQ); j >= 0 {
				pos = make([]int, len(lowQ))
				for k := range pos {
					pos[k] = j + k
				}
			}
		} else {
			pos = foldIndex(ix.docs[d].Text, query)
		}
		if pos != nil {
			hits, at = append(hits, d), append(at, pos)
		}
	}
	texts := make(docTexts, len(hits))
	for i, d := range hits {
		texts[i] = ix.docs[d].Text
	}
	matches := fuzzy.FindFrom(query, texts)
	if opts.Limit > 0 && len(matches) > opts.Limit {
		matches = matches[:opts.Limit]
	}
	out := make([]Result, len(matches))
	for i, m := range matches {
		out[i] = Result{Doc: &ix.docs[hits[m.Index]], Score: m.Score, MatchedIndexes: at[m.Index]}
	}
	return out, ctx.Err()
}

// docTexts is a fuzzy.Source over texts.
type docTexts []string

func (t docTexts) String(i int) string { return t[i] }
func (t docTexts) Len() int            { return len(t) }

// foldIndex finds the first place text holds query, comparing runes by
// Unicode simple case folding, and returns the byte offset of each matched
// rune of text; nil when there is none.
func foldIndex(text, query string) []int {
	qr := []rune(query)
	for i := 0; i < len(text); {
		pos, j := make([]int, 0, len(qr)), i
		for _, want := range qr {
			r, size := utf8.DecodeRuneInString(text[j:])
			if j >= len(text) || !sameFold(r, want) {
				break
			}
			pos = append(pos, j)
			j += size
		}
		if len(pos) == len(qr) {
			return pos
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return nil
}

// sameFold reports whether a and b are equal under simple case folding.
func sameFold(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
