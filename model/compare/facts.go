package compare

import (
	"strconv"
	"strings"
)

// Fact is one row of the summary.
type Fact uint8

// The summary's rows, in display order.
const (
	FactHeadline Fact = iota
	FactCurrent
	FactExperience
	FactEmployers
	FactMedianTenure
	FactLongestGap
	FactLastEnd
)

// Facts lists the summary's rows in display order.
func Facts() []Fact {
	return []Fact{FactHeadline, FactCurrent, FactExperience, FactEmployers, FactMedianTenure, FactLongestGap, FactLastEnd}
}

// factLabels are the rows' labels, indexed by Fact.
var factLabels = [...]string{"Headline", "Current role", "Experience", "Employers", "Median tenure", "Longest gap", "Last role ended"}

// Label is the row's label for people.
func (f Fact) Label() string {
	if int(f) < len(factLabels) {
		return factLabels[f]
	}
	return "?"
}

// Words for values a summary cannot measure.
const (
	NoValue   = "—"       // nothing to say (no headline, no current role)
	Undated   = "undated" // no dated role to measure from
	NoGap     = "none"    // no gap of timeline.GapMinMonths or more
	Ongoing   = "now"     // a role is under way
	EndUnsure = "unknown" // roles ended, but not when
)

// Value is the summary's value of a fact for people: "8y 4m", "3 (1
// unnamed)", "now", or NoValue and its kin when there is nothing to
// measure. Text is sanitized for one line.
func (s *Summary) Value(f Fact) string {
	switch f {
	case FactHeadline:
		return orNone(s.Headline)
	case FactCurrent:
		return orNone(strings.Join(s.Current, "; "))
	case FactExperience:
		return s.experience()
	case FactEmployers:
		if s.Unnamed > 0 {
			return strconv.Itoa(s.Employers) + " (" + strconv.Itoa(s.Unnamed) + " unnamed)"
		}
		return strconv.Itoa(s.Employers)
	case FactMedianTenure:
		return orWord(s.MedianTenure.String(), Undated)
	case FactLongestGap:
		switch {
		case !s.LongestGap.OK:
			return Undated
		case s.LongestGap.N == 0:
			return NoGap
		}
		return s.LongestGap.String()
	case FactLastEnd:
		switch {
		case s.LastEnd.Ongoing:
			return Ongoing
		case !s.LastEnd.Date.IsZero():
			return s.LastEnd.Date.Human()
		case s.Experience.OK:
			return EndUnsure
		}
		return Undated
	}
	return ""
}

// experience is the union of dated roles, saying what it leaves out: "+"
// when a role ended at an unknown time, and how many roles are undated.
func (s *Summary) experience() string {
	if !s.Experience.OK {
		if s.Undated > 0 {
			return strconv.Itoa(s.Undated) + " undated " + plural(s.Undated, "role")
		}
		return NoValue
	}
	out := s.Experience.String()
	if s.Open {
		out += "+"
	}
	if s.Undated > 0 {
		out += ", " + strconv.Itoa(s.Undated) + " undated"
	}
	return out
}

// Best marks the people whose value of a fact is the best in its row:
// the longest experience and median tenure, the most recent activity.
// Other facts (a headline, the number of employers, a gap) are not better
// or worse, and have no best. When everybody shares the best value, nobody
// is marked: the row does not tell them apart.
func (c *Comparison) Best(f Fact) []bool {
	score := func(s *Summary) (int, bool) {
		switch f {
		case FactExperience:
			return s.Experience.N, s.Experience.OK
		case FactMedianTenure:
			return s.MedianTenure.N, s.MedianTenure.OK
		case FactLastEnd:
			m := s.LastEnd.month()
			return int(m), m >= 0
		}
		return 0, false
	}
	out := make([]bool, len(c.People))
	best, found := 0, false
	for i := range c.People {
		if v, ok := score(&c.People[i].Summary); ok && (!found || v > best) {
			best, found = v, true
		}
	}
	n := 0
	for i := range c.People {
		if v, ok := score(&c.People[i].Summary); ok && v == best {
			out[i] = true
			n++
		}
	}
	if !found || n == len(c.People) {
		return make([]bool, len(c.People))
	}
	return out
}

// orNone is s, or NoValue when s is blank.
func orNone(s string) string { return orWord(s, NoValue) }

// orWord is s, or word when s is blank.
func orWord(s, word string) string {
	if strings.TrimSpace(s) == "" {
		return word
	}
	return s
}

// plural returns word, with an "s" unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
