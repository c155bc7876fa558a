// Package compare puts two to four people side by side: a summary of each
// career (current role, experience, employers, median tenure, longest gap,
// most recent activity) with the best value of a row marked, the careers on
// one shared time axis, and a skill grid — every skill anyone shows or
// claims, by category, with each person's years of evidence, last year
// used, or a bare claim.
//
// The package is pure: profiles, the skills taxonomy and "now" are given.
// The compare screen (ui/compare) and `vitae compare` both draw what it
// computes, so the terminal and the report say the same thing.
package compare

import (
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/model/timeline"
)

// MaxPeople is the most people one comparison holds; more columns than
// this stop being a comparison anyone can read.
const MaxPeople = 4

// Person is one column of a comparison: the profile, the facts of the
// summary, the career laid out for a shared axis and, when a taxonomy was
// given, the skills with their evidence.
type Person struct {
	Profile  *model.Profile
	Summary  Summary
	Timeline timeline.Timeline
	Skills   skills.Matrix // empty without a taxonomy
}

// Comparison is the people compared, in column order, and what they are
// compared on.
type Comparison struct {
	Now    model.Month
	People []Person
	// Grid is the skill grid; it has no rows when no taxonomy was given.
	Grid Grid
	// HasSkills reports whether skills were analysed (a taxonomy was given).
	HasSkills bool
}

// New compares the profiles, in the order given. tx may be nil: then the
// skill grid is left out. now resolves ongoing roles.
func New(profiles []*model.Profile, tx *skills.Taxonomy, now model.Month) Comparison {
	c := Comparison{Now: now, HasSkills: tx != nil}
	for _, p := range profiles {
		if p == nil {
			continue
		}
		per := Person{Profile: p, Summary: Summarize(p, now), Timeline: timeline.Build(&p.Resume, now)}
		if tx != nil {
			per.Skills = tx.Analyze(p, now)
		}
		c.People = append(c.People, per)
	}
	if tx != nil {
		c.Grid = newGrid(c.People)
	}
	return c
}

// Viewport is the shared axis: the time every person's dated items and now
// cover, as timeline.FitSpans lays it out. ok is false when nobody has a
// dated item.
func (c *Comparison) Viewport() (vp timeline.Viewport, ok bool) {
	var spans []model.Span
	for _, p := range c.People {
		if s, dated := p.Timeline.Span(); dated {
			spans = append(spans, s)
		}
	}
	if len(spans) == 0 {
		return timeline.Viewport{From: c.Now, To: c.Now}, false
	}
	return timeline.FitSpans(spans...), true
}

// Evidence returns what person i shows of the named skill (its canonical
// name); ok is false when that person neither shows nor claims it.
func (c *Comparison) Evidence(i int, skill string) (skills.Evidence, bool) {
	if i < 0 || i >= len(c.People) {
		return skills.Evidence{}, false
	}
	return c.People[i].Skills.Find(skill)
}

// Names are the people's names, sanitized for one line, in column order.
func (c *Comparison) Names() []string {
	out := make([]string, len(c.People))
	for i, p := range c.People {
		out[i] = p.Summary.Name
	}
	return out
}
