package skills

import (
	"cmp"
	"slices"

	"github.com/vitae-cli/vitae/model"
)

// Status says where a person's skill shows.
type Status uint8

// The statuses of a skill in a profile.
const (
	StatusEvidenced Status = iota + 1 // seen in work, projects or writing, not listed in skills
	StatusClaimed                     // listed in the skills section only: claimed, never shown
	StatusBoth                        // listed and shown
)

// String is the status for people: "evidenced", "claimed only", "both".
func (s Status) String() string {
	switch s {
	case StatusEvidenced:
		return "evidenced"
	case StatusClaimed:
		return "claimed only"
	case StatusBoth:
		return "both"
	}
	return "unknown"
}

// Shown reports whether work evidences the skill.
func (s Status) Shown() bool { return s == StatusEvidenced || s == StatusBoth }

// RoleEvidence is one entry (a role, a project…) whose text mentions a
// skill.
type RoleEvidence struct {
	Section Section
	Index   int         // the entry's index in its section
	Range   model.Range // the entry's dates as written
	Span    model.Span  // Range resolved against now; valid when Dated
	Dated   bool
	Bullets int // texts of the entry that mention the skill
}

// Evidence is everything a profile shows about one skill.
type Evidence struct {
	Skill    Skill
	Status   Status
	Roles    []RoleEvidence // entries evidencing it, in résumé order
	Spans    []model.Span   // union of the dated entries' spans
	Months   int            // months covered by Spans
	Approx   bool           // some span is known only to the year
	Bullets  int            // distinct texts in work, projects, volunteering and writing that mention it
	Mentions []Mention      // every mention, claims included, in extraction order
	heat     map[int]int    // year → evidencing texts whose entry covers the year
}

// Years is Months in years.
func (e *Evidence) Years() float64 { return float64(e.Months) / 12 }

// Dated reports whether any dated entry evidences the skill.
func (e *Evidence) Dated() bool { return len(e.Spans) > 0 }

// First is the first month evidenced; zero when not Dated.
func (e *Evidence) First() model.Month {
	if len(e.Spans) == 0 {
		return 0
	}
	return e.Spans[0].From
}

// Last is the last month evidenced (now for an ongoing role); zero when
// not Dated.
func (e *Evidence) Last() model.Month {
	if len(e.Spans) == 0 {
		return 0
	}
	return e.Spans[len(e.Spans)-1].To
}

// FirstYear and LastYear are the calendar years of First and Last; 0 when
// not Dated.
func (e *Evidence) FirstYear() int {
	if !e.Dated() {
		return 0
	}
	return e.First().Year()
}

// LastYear is the calendar year the skill was last evidenced; 0 when not
// Dated.
func (e *Evidence) LastYear() int {
	if !e.Dated() {
		return 0
	}
	return e.Last().Year()
}

// Heat is the number of evidencing texts whose entry covers the year: 0
// for a year without evidence.
func (e *Evidence) Heat(year int) int { return e.heat[year] }

// Cell is one year of a skill's heat strip.
type Cell uint8

// The kinds of cell in a heat strip.
const (
	CellNone      Cell = iota // no evidence that year
	CellEvidenced             // work that year mentions the skill
	CellClaimed               // the skill is only claimed: it has no years
)

// Cell returns the heat-strip cell for a year.
func (e *Evidence) Cell(year int) Cell {
	switch {
	case e.heat[year] > 0:
		return CellEvidenced
	case e.Status == StatusClaimed:
		return CellClaimed
	}
	return CellNone
}

// evidenceOf aggregates the mentions of one skill in a résumé.
func evidenceOf(r *model.Resume, sk Skill, ms []Mention, now model.Month) Evidence {
	e := Evidence{Skill: sk, Mentions: ms, heat: map[int]int{}}
	claimed := false
	type key struct {
		sec   Section
		index int
	}
	type text struct {
		key
		field Field
		item  int
	}
	roleAt := map[key]int{}
	seen := map[text]bool{}
	for _, m := range ms {
		if m.Claim() {
			claimed = true
			continue
		}
		tx := text{key{m.Section, m.Index}, m.Field, m.Item}
		if seen[tx] {
			continue
		}
		seen[tx] = true
		e.Bullets++
		i, ok := roleAt[tx.key]
		if !ok {
			rg := dates(r, m.Source)
			sp, dated := rg.Span(now)
			i = len(e.Roles)
			roleAt[tx.key] = i
			e.Roles = append(e.Roles, RoleEvidence{Section: m.Section, Index: m.Index, Range: rg, Span: sp, Dated: dated})
		}
		e.Roles[i].Bullets++
	}
	var spans []model.Span
	for _, ro := range e.Roles {
		if !ro.Dated {
			continue
		}
		spans = append(spans, ro.Span)
		for y := ro.Span.From.Year(); y <= ro.Span.To.Year(); y++ {
			e.heat[y] += ro.Bullets
		}
	}
	e.Spans = model.Union(spans)
	e.Months, e.Approx = model.TotalMonths(e.Spans)
	switch {
	case e.Bullets > 0 && claimed:
		e.Status = StatusBoth
	case e.Bullets > 0:
		e.Status = StatusEvidenced
	default:
		e.Status = StatusClaimed
	}
	return e
}

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
