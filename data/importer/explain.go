package importer

import (
	"fmt"
	"sort"
	"strings"
)

// Explanation says where one extracted field came from and why it won.
type Explanation struct {
	Field  string // JSON path of the field, e.g. "work[0].startDate"
	Line   int    // 1-based source line, 0 when not from one line
	Source string // the source line as written (sanitized)
	Why    string // the features that fired, the score, the runner-up
}

// Warning is something the importer was unsure about, at a place in the input.
type Warning struct {
	Line, Col int // 1-based; 0 when unknown
	Message   string
}

// explainer collects explanations and warnings while the parser works.
type explainer struct {
	ex   []Explanation
	warn []Warning
	on   bool
}

func (e *explainer) note(field string, l line, why string) {
	if e == nil || !e.on {
		return
	}
	e.ex = append(e.ex, Explanation{Field: field, Line: l.no, Source: l.raw, Why: why})
}

func (e *explainer) warnf(l line, col int, format string, args ...any) {
	if e == nil || len(e.warn) >= 1000 {
		return
	}
	e.warn = append(e.warn, Warning{Line: l.no, Col: col, Message: fmt.Sprintf(format, args...)})
}

// feature is one cue with its weight, as in OpenResume's scoring system.
type feature struct {
	name string
	w    int
	ok   func(c *cand) bool
}

// cand is a candidate text for a field.
type cand struct {
	text  string
	l     line
	first bool // on the entry's first header line
	conn  int  // -1 left of "@"/"at", +1 right of it, 0 none
	seg   int  // index of the segment on its line
	used  bool
	emp   bool     // on a line that names an employment type ("· Full-time")
	hint  int      // labelled field: 1 employer, 2 title, 3 place
	toks  []string // tokens(text), computed once
	loc   int8     // looksLocation cache: 0 unknown, 1 yes, -1 no
	place bool     // the trailing ", City" of an employer or "Title, Employer, City"
}

// t returns the candidate's tokens.
func (c *cand) t() []string {
	if c.toks == nil {
		c.toks = tokens(c.text)
	}
	return c.toks
}

// isLoc is looksLocation(c.text), cached.
func (c *cand) isLoc() bool {
	if c.loc == 0 {
		c.loc = -1
		if looksLocation(c.text) {
			c.loc = 1
		}
	}
	return c.loc > 0
}

// scored is a candidate with its score and the features that fired.
type scored struct {
	c     *cand
	score int
	why   []string
}

// rank scores every candidate on a feature list, best first; ties keep
// document order.
func rank(cs []*cand, fs []feature) []scored {
	out := make([]scored, 0, len(cs))
	for _, c := range cs {
		if c.used {
			continue
		}
		s := scored{c: c}
		for _, f := range fs {
			if f.ok(c) {
				s.score += f.w
				s.why = append(s.why, fmt.Sprintf("%+d %s", f.w, f.name))
			}
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// whyOf describes the winner and the runner-up for --explain.
func whyOf(r []scored) string {
	if len(r) == 0 {
		return ""
	}
	w := fmt.Sprintf("%q scored %d (%s)", r[0].c.text, r[0].score, strings.Join(r[0].why, ", "))
	if len(r) > 1 {
		w += fmt.Sprintf("; runner-up %q scored %d", r[1].c.text, r[1].score)
	}
	return w
}
