package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
)

// Index is the prepared, read-only search corpus of a set of profiles. It is
// safe for concurrent use by any number of searches (one per ssh session).
//
// Documents are numbered in ranking order (Doc). The prepared texts are laid
// out in slots sorted by length, shortest first, so a search for the best
// few can stop at the first slot too long to beat the worst result kept
// (see maxTotal), while reading memory in order.
type Index struct {
	docs []Doc
	// low holds every document's text up to its first NUL (where
	// sahilm/fuzzy stops reading) with ASCII letters lowered, back to back
	// in slot order: slot s is low[off[s]:off[s+1]].
	low []byte
	off []int
	// bonus has bit off[s]+j set when a match at byte j > 0 of slot s earns
	// sahilm's separator or camel-case bonus (fast slots only).
	bonus []uint64
	mask  []uint64 // character-set mask of each slot (see fold.go)
	// fast marks slots the ASCII scorer handles: valid UTF-8 with no
	// non-ASCII rune that folds to ASCII (the Kelvin sign, the long s).
	fast      []bool
	slotDoc   []int32            // document number of each slot
	docSlot   []int32            // slot of each document
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
	n := len(docs)
	clean := make([]string, n) // what sahilm reads: up to the first NUL
	size := 0
	for i := range docs {
		clean[i] = docs[i].Text
		if z := strings.IndexByte(clean[i], 0); z >= 0 {
			clean[i] = clean[i][:z]
		}
		size += len(clean[i])
	}
	ix := &Index{
		docs:      docs,
		low:       make([]byte, 0, size),
		off:       make([]int, 1, n+1),
		bonus:     make([]uint64, size/64+1),
		mask:      make([]uint64, n),
		fast:      make([]bool, n),
		slotDoc:   make([]int32, n),
		docSlot:   make([]int32, n),
		byProfile: map[string][]int32{},
	}
	for i := range ix.slotDoc {
		ix.slotDoc[i] = int32(i)
	}
	slices.SortStableFunc(ix.slotDoc, func(a, b int32) int { return len(clean[a]) - len(clean[b]) })
	for s, d := range ix.slotDoc {
		ix.docSlot[d] = int32(s)
		ix.mask[s], ix.fast[s] = ix.prepare(clean[d])
		ix.off = append(ix.off, len(ix.low))
	}
	count := map[string]int{}
	for i := range docs {
		count[docs[i].ProfileID()]++
	}
	for i := range docs {
		id := docs[i].ProfileID()
		if ix.byProfile[id] == nil {
			ix.byProfile[id] = make([]int32, 0, count[id])
		}
		ix.byProfile[id] = append(ix.byProfile[id], int32(i))
	}
	return ix
}

// prepare appends the lowered text to ix.low, sets its bonus bits and
// returns its mask and whether the ASCII scorer may handle it.
func (ix *Index) prepare(text string) (mask uint64, fast bool) {
	base := len(ix.low)
	ascii := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		ix.low = append(ix.low, lowerASCII[c])
		if c >= utf8.RuneSelf {
			ascii = false
			continue
		}
		mask |= asciiBit[lowerASCII[c]]
		if i > 0 && text[i-1] < utf8.RuneSelf && boundaryBonus(rune(text[i-1]), c) {
			ix.setBonus(base + i)
		}
	}
	if ascii {
		return mask, true
	}
	fast = utf8.ValidString(text)
	prev := rune(-1)
	for i, r := range text {
		if r >= utf8.RuneSelf {
			mask |= runeBit(r)
			if _, folds := asciiFold(r); folds {
				fast = false
			}
		} else if prev >= utf8.RuneSelf && boundaryBonus(prev, byte(r)) {
			ix.setBonus(base + i)
		}
		prev = r
	}
	return mask, fast
}

// setBonus sets bit g of ix.bonus.
func (ix *Index) setBonus(g int) { ix.bonus[g>>6] |= 1 << (g & 63) }

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
