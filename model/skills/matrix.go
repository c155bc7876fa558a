package skills

import (
	"cmp"
	"slices"

	"github.com/vitae-cli/vitae/model"
)

// Matrix is a profile's skills with their evidence: what the interviewer's
// Skills tab and `vitae show --skills` display.
type Matrix struct {
	Profile  string      // Profile.ID
	Now      model.Month // the month ongoing roles run to
	From, To int         // the years the career and its evidence cover; 0 when undated
	Skills   []Evidence  // by category, then years evidenced, then name
}

// Analyze extracts the profile's skills and aggregates them per skill.
// now resolves ongoing roles; inject it (model.MonthAt(clock.Now())).
func (t *Taxonomy) Analyze(p *model.Profile, now model.Month) Matrix {
	return t.Aggregate(p, t.Extract(p), now)
}

// Aggregate builds the Matrix from mentions already extracted from p.
func (t *Taxonomy) Aggregate(p *model.Profile, ms []Mention, now model.Month) Matrix {
	by := map[ID][]Mention{}
	var order []ID
	for _, m := range ms {
		if _, ok := by[m.Skill]; !ok {
			order = append(order, m.Skill)
		}
		by[m.Skill] = append(by[m.Skill], m)
	}
	mx := Matrix{Profile: p.ID, Now: now}
	for _, id := range order {
		mx.Skills = append(mx.Skills, evidenceOf(&p.Resume, t.Skill(id), by[id], now))
	}
	var first, last model.Month
	note := func(s model.Span) {
		if first == 0 || s.From < first {
			first = s.From
		}
		last = max(last, s.To)
	}
	for _, ro := range model.Roles(&p.Resume) {
		if s, ok := ro.Range().Span(now); ok {
			note(s)
		}
	}
	for i := range mx.Skills {
		for _, s := range mx.Skills[i].Spans {
			note(s)
		}
	}
	if first != 0 {
		mx.From, mx.To = first.Year(), last.Year()
	}
	mx.Sort(ByYears)
	return mx
}

// Order is a way to sort skills within their category.
type Order uint8

// The orders the Skills tab toggles between.
const (
	ByYears   Order = iota // most months evidenced first
	ByRecency              // most recently evidenced first
	ByName                 // alphabetical
)

// String names the order for the help line.
func (o Order) String() string {
	return [...]string{"years", "recency", "name"}[o%3]
}

// Next is the order after o, for a toggle key.
func (o Order) Next() Order { return (o + 1) % 3 }

// Sort orders the skills by category (Categories order), then by o, then
// by name; claimed-only skills come after evidenced ones in each category.
func (m *Matrix) Sort(o Order) {
	slices.SortStableFunc(m.Skills, func(a, b Evidence) int {
		if c := cmp.Compare(CategoryRank(a.Skill.Category), CategoryRank(b.Skill.Category)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Skill.Category, b.Skill.Category); c != 0 {
			return c
		}
		return compare(&a, &b, o)
	})
}

// compare orders two skills of one category.
func compare(a, b *Evidence, o Order) int {
	if ca, cb := a.Status == StatusClaimed, b.Status == StatusClaimed; o != ByName && ca != cb {
		if ca {
			return 1 // a claimed-only skill sorts after an evidenced one
		}
		return -1
	}
	switch o {
	case ByYears:
		if c := cmp.Compare(b.Months, a.Months); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Bullets, a.Bullets); c != 0 {
			return c
		}
	case ByRecency:
		if c := cmp.Compare(b.Last(), a.Last()); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Months, a.Months); c != 0 {
			return c
		}
	}
	return cmp.Compare(lower(a.Skill.Name), lower(b.Skill.Name))
}

// Group is the skills of one category, in display order.
type Group struct {
	Category string
	Skills   []Evidence
}

// Groups splits the (sorted) skills by category.
func (m *Matrix) Groups() []Group {
	var out []Group
	for _, e := range m.Skills {
		if n := len(out); n == 0 || out[n-1].Category != e.Skill.Category {
			out = append(out, Group{Category: e.Skill.Category})
		}
		out[len(out)-1].Skills = append(out[len(out)-1].Skills, e)
	}
	return out
}

// Find returns a skill's evidence by canonical name (case-insensitive).
func (m *Matrix) Find(name string) (Evidence, bool) {
	for _, e := range m.Skills {
		if lower(e.Skill.Name) == lower(name) {
			return e, true
		}
	}
	return Evidence{}, false
}

// Top returns up to n evidenced skills, most months first (then most
// bullets, then most recent): the roster's "top skills".
func (m *Matrix) Top(n int) []Evidence {
	var ev []Evidence
	for _, e := range m.Skills {
		if e.Status.Shown() {
			ev = append(ev, e)
		}
	}
	slices.SortStableFunc(ev, func(a, b Evidence) int {
		if c := cmp.Compare(b.Months, a.Months); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Bullets, a.Bullets); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Last(), a.Last()); c != 0 {
			return c
		}
		return cmp.Compare(lower(a.Skill.Name), lower(b.Skill.Name))
	})
	return ev[:min(n, len(ev))]
}
