package skills

import "github.com/vitae-cli/vitae/model"

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
			rg := EntryRange(r, m.Source)
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
