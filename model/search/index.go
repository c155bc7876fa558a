package search

import (
	"strings"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
)

// Index is the prepared, read-only search corpus of a set of profiles. It is
// safe for concurrent use by any number of searches (one per ssh session).
type Index struct {
	docs []Doc
	// low holds every document's text up to its first NUL (where
	// sahilm/fuzzy stops reading) with ASCII letters lowered, back to back:
	// document i is low[off[i]:off[i+1]].
	low  []byte
	off  []int
	mask []uint64 // character-set mask of each document (see fold.go)
	// fast marks documents the ASCII scorer handles: valid UTF-8 with no
	// non-ASCII rune that folds to ASCII (the Kelvin sign, the long s).
	fast      []bool
	byProfile map[string][]int32 // document numbers of each profile, in order
}

// NewIndex extracts and prepares the documents of profiles (see Extract).
func NewIndex(profiles []*model.Profile) *Index {
	return NewIndexDocs(Extract(profiles))
}

// NewIndexDocs prepares documents already extracted, keeping their order:
// ties in score are ranked in this order. Each Doc needs an Entry with a
// Profile.
func NewIndexDocs(docs []Doc) *Index {
	size := 0
	for i := range docs {
		size += len(docs[i].Text)
	}
	ix := &Index{
		docs:      docs,
		low:       make([]byte, 0, size),
		off:       make([]int, 1, len(docs)+1),
		mask:      make([]uint64, len(docs)),
		fast:      make([]bool, len(docs)),
		byProfile: map[string][]int32{},
	}
	for i := range docs {
		text := docs[i].Text
		if z := strings.IndexByte(text, 0); z >= 0 {
			text = text[:z]
		}
		ix.mask[i], ix.fast[i] = ix.prepare(text)
		ix.off = append(ix.off, len(ix.low))
		id := docs[i].ProfileID()
		ix.byProfile[id] = append(ix.byProfile[id], int32(i))
	}
	return ix
}

// prepare appends the lowered text to ix.low and returns its mask and
// whether the ASCII scorer may handle it.
func (ix *Index) prepare(text string) (mask uint64, fast bool) {
	ascii := true
	for i := 0; i < len(text); i++ {
		c := lowerASCII[text[i]]
		ix.low = append(ix.low, c)
		if c < utf8.RuneSelf {
			mask |= asciiBit[c]
		} else {
			ascii = false
		}
	}
	if ascii {
		return mask, true
	}
	fast = utf8.ValidString(text)
	for _, r := range text {
		if r < utf8.RuneSelf {
			continue
		}
		mask |= runeBit(r)
		if _, folds := asciiFold(r); folds {
			fast = false
		}
	}
	return mask, fast
}

// Len is the number of documents.
func (ix *Index) Len() int { return len(ix.docs) }

// Doc returns document i, in ranking order (0 ≤ i < Len).
func (ix *Index) Doc(i int) *Doc { return &ix.docs[i] }

// Texts returns the text of every document in ranking order: fuzzy.Find
// over it gives the same results as Search, ties aside.
func (ix *Index) Texts() []string {
	out := make([]string, len(ix.docs))
	for i := range ix.docs {
		out[i] = ix.docs[i].Text
	}
	return out
}

// RawBytes is the total length of the documents' texts, the yardstick of the
// index's memory use.
func (ix *Index) RawBytes() int {
	n := 0
	for i := range ix.docs {
		n += len(ix.docs[i].Text)
	}
	return n
}
