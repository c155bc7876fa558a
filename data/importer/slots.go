package importer

import "strings"

// headSlot is the position, among an entry's header lines, of line no
// (-1 when it is not a header line).
func headSlot(e *entry, no int) int {
	for i, h := range e.head {
		if h.l.no == no {
			return i
		}
	}
	return -1
}

// fillEmployerSlot gives an employer to a titled role that has none when
// the other roles of the section name theirs on the same header line and
// this role's line reads "Employer, Place" ("Peet's Coffee, Berkeley" under
// "Shift Supervisor", where "Blue Bottle Coffee, Oakland" sat in the role
// above): the place list alone took the whole line for a place. Most roles
// that name their own employer must name it on that line.
func fillEmployerSlot(rs []role) {
	votes := map[int]int{}
	for i := range rs {
		r := &rs[i]
		if r.rf.companyC != nil && r.rf.company != "" && !r.inherited {
			votes[headSlot(r.e, r.rf.companyC.l.no)]++
		}
	}
	slot, best, total := -1, 0, 0
	for s, n := range votes {
		total += n
		if s >= 0 && (n > best || n == best && s < slot) {
			slot, best = s, n
		}
	}
	if best == 0 || best*2 <= total {
		return
	}
	for i := range rs {
		rf := &rs[i].rf
		if rf.company != "" || rf.title == "" || rf.locC == nil || headSlot(rs[i].e, rf.locC.l.no) != slot {
			continue
		}
		k := strings.Index(rf.location, ", ")
		if k <= 0 {
			continue
		}
		left, right := rf.location[:k], rf.location[k+2:]
		if looksLocation(right) && !looksLocation(left) && !allPlaceWords(left) && !titleWords.has(left) {
			rf.company, rf.location = left, right
			rf.why["location"] = "after the comma of the employer's line"
			rf.why["name"] = "the other roles of this section name their employer on this header line; the part before the comma"
		}
	}
}

// employerBeforePlace handles a one-line role whose employer was read as
// a place: "Careem, Dubai — Engineering Manager" or "Spotify, Stockholm
// (remote)   Senior Data Analyst". The place found, or another place-like
// field of the title's line, splits at its comma into employer and place
// when the part before the comma is no place itself. (A place on a line
// of its own, as LinkedIn prints it under grouped positions, stays one.)
func employerBeforePlace(rf *roleFields, cs []*cand) {
	try := make([]*cand, 0, 4)
	if rf.locC != nil {
		try = append(try, rf.locC)
	}
	for _, c := range cs {
		if !c.used && c.hint == 0 && c.conn == 0 {
			try = append(try, c)
		}
	}
	for _, c := range try {
		if c.l.no != rf.titleC.l.no {
			continue
		}
		text := c.text
		if c == rf.locC {
			text = rf.location
		}
		k := strings.Index(text, ", ")
		if k <= 0 {
			continue
		}
		left, right := text[:k], text[k+2:]
		if !looksLocation(right) || looksLocation(left) || allPlaceWords(left) || titleWords.has(left) {
			continue
		}
		rf.company = left
		rf.why["name"] = "the role names no other employer; the part before the comma of a place on its line"
		if c == rf.locC || rf.location == "" {
			rf.location = right
		}
		c.used = true
		return
	}
}
