package search

import "github.com/charmbracelet/x/ansi"

// MinText is the fewest cells a result line gives its text, however long
// the person and heading before it: they are cut first.
const MinText = 24

// LineGap separates a result line's person and heading from its text.
const LineGap = "  "

// Line is a result laid out for one line of a given width, as
// "person · heading · years  text": each part already cut to fit, the text
// around its match (see Snippet). Drawn side by side, the parts take at
// most the width.
type Line struct {
	Person string    // the person's name
	Meta   string    // " · heading · years", or ""
	Text   []Segment // the snippet
}

// LayoutLine lays r out in width cells. The text gets what the person and
// heading leave, at least MinText cells (all of width when narrower); the
// person and heading are then cut, with Ellipsis, to what the text leaves.
func LayoutLine(r Result, width int) Line {
	e := r.Doc.Entry
	meta := ""
	for _, s := range []string{e.Heading(), e.Years()} {
		if s != "" {
			meta += " · " + s
		}
	}
	prefix := ansi.StringWidth(e.Person+meta) + len(LineGap)
	text := min(width, max(MinText, width-prefix))
	budget := max(0, width-text-len(LineGap))
	person := ansi.Truncate(e.Person, budget, Ellipsis)
	meta = ansi.Truncate(meta, budget-ansi.StringWidth(person), Ellipsis)
	return Line{Person: person, Meta: meta, Text: Snippet(r.Doc.Text, r.MatchedIndexes, text)}
}
