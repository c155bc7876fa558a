package compare

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
)

// Cell is what one person shows of one skill.
type Cell struct {
	// Status is how the skill shows in the person's profile: evidenced by
	// work, claimed only (listed, never shown), both; 0 when not at all.
	Status skills.Status
	Months int         // months of dated work evidencing it
	Approx bool        // some of those months rest on year-only dates
	Last   model.Month // the last month evidenced; 0 when no dated work shows it
}

// Held reports whether the person's work evidences the skill (a claim
// alone does not count).
func (c Cell) Held() bool { return c.Status.Shown() }

// Claimed reports whether the skill is only listed, never shown in work.
func (c Cell) Claimed() bool { return c.Status == skills.StatusClaimed }

// Words of a cell that has no years.
const (
	CellClaimed = "claimed" // listed in skills, never shown in work
	CellUndated = "undated" // shown in work that has no dates
)

// Text is the cell for people: years evidenced and the last year used
// ("8y 4m · 2026"), "undated" when only undated work shows it, "claimed"
// when it is only listed, "" when the person shows nothing of it.
func (c Cell) Text() string {
	switch {
	case c.Held() && c.Last != 0:
		return model.FormatMonths(c.Months, c.Approx) + " · " + strconv.Itoa(c.Last.Year())
	case c.Held():
		return CellUndated
	case c.Claimed():
		return CellClaimed
	}
	return ""
}

// Row is one skill of the grid with a cell per person, in column order.
type Row struct {
	Skill skills.Skill
	Cells []Cell
}

// Holders is how many people's work evidences the skill.
func (r Row) Holders() int {
	n := 0
	for _, c := range r.Cells {
		if c.Held() {
			n++
		}
	}
	return n
}

// Mentioned is how many people show or claim the skill.
func (r Row) Mentioned() int {
	n := 0
	for _, c := range r.Cells {
		if c.Status != 0 {
			n++
		}
	}
	return n
}

// Most is the longest anyone's work evidences the skill, in months.
func (r Row) Most() int {
	n := 0
	for _, c := range r.Cells {
		n = max(n, c.Months)
	}
	return n
}

// Latest is the last month anyone's work evidences the skill; 0 when none.
func (r Row) Latest() model.Month {
	var m model.Month
	for _, c := range r.Cells {
		m = max(m, c.Last)
	}
	return m
}

// only is the column of the one person whose work evidences the skill, or
// -1 when it is not exactly one.
func (r Row) only() int {
	if r.Holders() != 1 {
		return -1
	}
	for i, c := range r.Cells {
		if c.Held() {
			return i
		}
	}
	return -1
}

// Grid is the skill grid: every skill anyone's work evidences or anyone
// claims, grouped by category (in skills.Categories order), sorted within
// each category by an Order. Skills nobody's work shows (bare claims) come
// last in their category.
type Grid struct {
	People int // the number of columns
	Rows   []Row
	Order  Order
}

// newGrid gathers the union of the people's skills.
func newGrid(people []Person) Grid {
	g := Grid{People: len(people)}
	at := map[string]int{}
	for i, p := range people {
		for _, e := range p.Skills.Skills {
			k := strings.ToLower(e.Skill.Name)
			j, ok := at[k]
			if !ok {
				j = len(g.Rows)
				at[k] = j
				g.Rows = append(g.Rows, Row{Skill: e.Skill, Cells: make([]Cell, len(people))})
			}
			g.Rows[j].Cells[i] = Cell{Status: e.Status, Months: e.Months, Approx: e.Approx, Last: e.Last()}
		}
	}
	g.Sort(ByShared)
	return g
}

// Order is a way to sort the grid's skills within their category.
type Order uint8

// The orders the compare screen toggles between.
const (
	ByShared   Order = iota // held by the most people first
	ByDistinct              // held by one person first, grouped by person
	ByYears                 // the longest anyone evidences first
	ByRecency               // the most recently anyone used first
	orderCount              // the number of orders
)

// orderNames name the orders for people and for `--sort`.
var orderNames = [...]string{"shared", "distinguishing", "years", "recency"}

// String names the order: "shared", "distinguishing", "years", "recency".
func (o Order) String() string { return orderNames[o%orderCount] }

// Describe says what the order puts first, for a status line.
func (o Order) Describe() string {
	return [...]string{"shared by all first", "held by one person first", "most years first", "most recent first"}[o%orderCount]
}

// Next is the order after o, for a toggle key.
func (o Order) Next() Order { return (o + 1) % orderCount }

// ParseOrder reads an order's name as String writes it.
func ParseOrder(s string) (Order, bool) {
	for i, n := range orderNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Order(i), true
		}
	}
	return 0, false
}

// Sort orders the rows by category, then by o, then by name.
func (g *Grid) Sort(o Order) {
	g.Order = o
	slices.SortStableFunc(g.Rows, func(a, b Row) int {
		if c := cmp.Compare(skills.CategoryRank(a.Skill.Category), skills.CategoryRank(b.Skill.Category)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Skill.Category, b.Skill.Category); c != 0 {
			return c
		}
		if c := cmp.Compare(boolInt(b.Holders() > 0), boolInt(a.Holders() > 0)); c != 0 {
			return c // bare claims last
		}
		if c := compareRows(a, b, o, g.People); c != 0 {
			return c
		}
		return cmp.Compare(strings.ToLower(a.Skill.Name), strings.ToLower(b.Skill.Name))
	})
}

// compareRows orders two rows of one category by o.
func compareRows(a, b Row, o Order, people int) int {
	switch o {
	case ByShared:
		return firstOf(cmp.Compare(b.Holders(), a.Holders()), cmp.Compare(b.Mentioned(), a.Mentioned()),
			cmp.Compare(b.Most(), a.Most()))
	case ByDistinct:
		rank := func(r Row) int { // one holder first, then more, everyone last
			if h := r.Holders(); h != 1 {
				return h + people*boolInt(h == people)
			}
			return 0
		}
		return firstOf(cmp.Compare(rank(a), rank(b)), cmp.Compare(a.only(), b.only()), cmp.Compare(b.Most(), a.Most()))
	case ByYears:
		return firstOf(cmp.Compare(b.Most(), a.Most()), cmp.Compare(b.Holders(), a.Holders()))
	case ByRecency:
		return firstOf(cmp.Compare(b.Latest(), a.Latest()), cmp.Compare(b.Most(), a.Most()))
	}
	return 0
}

// firstOf returns the first non-zero comparison.
func firstOf(cs ...int) int {
	for _, c := range cs {
		if c != 0 {
			return c
		}
	}
	return 0
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Group is the rows of one category, in display order.
type Group struct {
	Category string
	Rows     []Row
}

// Groups splits the (sorted) rows by category.
func (g *Grid) Groups() []Group {
	var out []Group
	for _, r := range g.Rows {
		if n := len(out); n == 0 || out[n-1].Category != r.Skill.Category {
			out = append(out, Group{Category: r.Skill.Category})
		}
		out[len(out)-1].Rows = append(out[len(out)-1].Rows, r)
	}
	return out
}

// Find returns the row of a skill by canonical name (case-insensitive).
func (g *Grid) Find(name string) (Row, bool) {
	for _, r := range g.Rows {
		if strings.EqualFold(r.Skill.Name, name) {
			return r, true
		}
	}
	return Row{}, false
}
