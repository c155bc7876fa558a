package roster

import (
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	"github.com/vitae-cli/vitae/ui/compare"
)

// Marked lists the people marked for comparison, by profile ID, in the
// order they were marked (the comparison's column order).
func (m Model) Marked() []string { return m.marks }

// SetLastViewed records the profile opened most recently, which `c`
// compares with the selected person when fewer than two are marked.
func (m *Model) SetLastViewed(id string) { m.lastViewed = id }

// AddMark marks a person for comparison, unless already marked or four
// are; it reports whether the person is marked afterwards.
func (m *Model) AddMark(id string) bool {
	for _, x := range m.marks {
		if x == id {
			return true
		}
	}
	if len(m.marks) >= cmpmodel.MaxPeople {
		return false
	}
	m.marks = append(m.marks[:len(m.marks):len(m.marks)], id)
	m.setItems()
	return true
}

// toggleMark marks or unmarks the selected person.
func (m *Model) toggleMark() {
	p := m.Selected()
	if p == nil {
		return
	}
	for i, x := range m.marks {
		if x == p.ID {
			m.marks = append(append([]string(nil), m.marks[:i]...), m.marks[i+1:]...)
			m.setItems()
			return
		}
	}
	if !m.AddMark(p.ID) {
		m.note = "four people at most — unmark one with space, or x to clear"
	}
}

// clearMarks unmarks everyone.
func (m *Model) clearMarks() {
	if len(m.marks) > 0 {
		m.marks = nil
		m.setItems()
	}
}

// CompareIDs is who `c` compares, given the person under consideration
// (current): the marked people when two or more are; else the marked or
// current person with the one viewed last. Fewer than two means nobody to
// compare yet.
func CompareIDs(marks []string, current, lastViewed string) []string {
	if len(marks) >= 2 {
		return marks
	}
	var out []string
	for _, id := range append(append([]string(nil), marks...), current, lastViewed) {
		if id == "" || contains(out, id) {
			continue
		}
		out = append(out, id)
		if len(out) == 2 {
			break
		}
	}
	return out
}

// compare asks the parent to compare, or says what is missing.
func (m *Model) compare() {
	cur := ""
	if p := m.Selected(); p != nil {
		cur = p.ID
	}
	ids := CompareIDs(m.marks, cur, m.lastViewed)
	if len(ids) < 2 {
		m.note = "mark two to four people with space, then c"
		return
	}
	m.request = compare.OpenMsg{ProfileIDs: ids}
}

// contains reports whether ids holds id.
func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
