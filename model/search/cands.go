package search

import "slices"

// cands is the slots a scan visits, ascending (so shortest text first):
// the listed slots in head, then every slot from from on. The zero cands
// with from 0 is every slot.
type cands struct {
	head []int32
	from int
}

// allSlots is every slot.
var allSlots = cands{}

// listed is exactly the given slots, ascending, of an index of n slots.
func listed(slots []int32, n int) cands { return cands{head: slots, from: n} }

// size is the number of candidates in an index of n slots.
func (c cands) size(n int) int { return len(c.head) + n - c.from }

// at is candidate t.
func (c cands) at(t int) int {
	if t < len(c.head) {
		return int(c.head[t])
	}
	return c.from + t - len(c.head)
}

// narrow is what remains of c for a query extending the one scanned: the
// matching slots among candidates [0, scanned), which were all visited,
// then every candidate from scanned on. matches holds the matching slots
// seen, in any order; it is reordered.
func (c cands) narrow(matches []int32, scanned, n int) cands {
	size := c.size(n)
	boundary := n // slots below it were visited
	if scanned < size {
		boundary = c.at(scanned)
	}
	head := make([]int32, 0, len(matches)+max(0, len(c.head)-scanned))
	for _, s := range matches {
		if int(s) < boundary {
			head = append(head, s)
		}
	}
	slices.Sort(head)
	if scanned < len(c.head) {
		return cands{head: append(head, c.head[scanned:]...), from: c.from}
	}
	return cands{head: head, from: boundary}
}
