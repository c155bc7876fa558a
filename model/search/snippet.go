package search

import (
	"slices"

	"github.com/charmbracelet/x/ansi"
)

// Ellipsis marks where a snippet cuts its text.
const Ellipsis = "…"

// Segment is a run of a snippet's text, matched or not.
type Segment struct {
	Text  string
	Match bool // the run is made of matched characters
}

// cluster is one grapheme cluster of a text: what a terminal draws as one
// character, in one or two cells.
type cluster struct {
	start, end int // byte range
	width      int
	match      bool
}

// Snippet cuts text (one line, sanitized, as a Doc's) to at most width
// terminal cells, keeping the matched bytes visible: the whole text when it
// fits, else a window that starts a little before the first match and runs
// as far as it can, with Ellipsis where text was cut. Widths are measured
// per grapheme cluster as lipgloss measures them, so wide characters and
// emoji are never split. matched are byte offsets of matched runes
// (Result.MatchedIndexes). A match too far right to fit with the first one
// may be cut; the first match is shown whenever it fits in width.
func Snippet(text string, matched []int, width int) []Segment {
	if width <= 0 || text == "" {
		return nil
	}
	cs := clusters(text, matched)
	total := 0
	first, last := -1, -1
	for i, c := range cs {
		total += c.width
		if c.match {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	if total <= width {
		return segments(text, cs, false, false)
	}
	if first < 0 {
		first, last = 0, 0
	}
	if a, b := window(cs, first, last, width); b > a {
		return segments(text, cs[a:b], a > 0, b < len(cs))
	}
	// No room for ellipses around the first match: what fits from it.
	b, used := first, 0
	for b < len(cs) && used+cs[b].width <= width {
		used += cs[b].width
		b++
	}
	return segments(text, cs[first:b], false, false)
}

// clusters splits text into grapheme clusters, marking those holding a
// matched byte.
func clusters(text string, matched []int) []cluster {
	var cs []cluster
	m := slices.Clone(matched)
	slices.Sort(m)
	for start := 0; start < len(text); {
		g, w := ansi.FirstGraphemeCluster(text[start:], ansi.GraphemeWidth)
		if len(g) == 0 {
			break
		}
		end := start + len(g)
		for len(m) > 0 && m[0] < start {
			m = m[1:]
		}
		cs = append(cs, cluster{start: start, end: end, width: w, match: len(m) > 0 && m[0] < end})
		start = end
	}
	return cs
}

// leadContext is how many cells of text before the first match a cut
// snippet tries to keep, at most a quarter of its width.
const leadContext = 12

// window chooses clusters [a, b) to show in width cells, leaving a cell for
// each Ellipsis: from a little before first, then as far right as fits;
// when the end is reached, remaining room goes to more text on the left.
func window(cs []cluster, first, last, width int) (a, b int) {
	span := func(a, b int) int { // cells of cs[a:b]
		w := 0
		for _, c := range cs[a:b] {
			w += c.width
		}
		return w
	}
	ell := func(cut bool) int {
		if cut {
			return 1
		}
		return 0
	}
	a = first
	for lead := min(leadContext, width/4); a > 0 && span(a-1, first) <= lead; a-- {
	}
	// Move right while the matches do not fit, but never past first.
	for a < first && ell(a > 0)+span(a, last+1)+ell(last+1 < len(cs)) > width {
		a++
	}
	used := ell(a > 0)
	if used+span(a, len(cs)) <= width {
		b = len(cs)
	} else {
		for b = a; b < len(cs) && used+cs[b].width+1 <= width; b++ {
			used += cs[b].width
		}
	}
	if b == len(cs) { // room left: show more before
		used = span(a, b)
		for a > 0 && used+cs[a-1].width+ell(a-1 > 0) <= width {
			a--
			used += cs[a].width
		}
	}
	return a, b
}

// segments joins runs of clusters with the same match state, between
// optional ellipses.
func segments(text string, cs []cluster, cutLeft, cutRight bool) []Segment {
	var out []Segment
	if cutLeft {
		out = append(out, Segment{Text: Ellipsis})
	}
	for i := 0; i < len(cs); {
		j := i
		for j < len(cs) && cs[j].match == cs[i].match {
			j++
		}
		out = append(out, Segment{Text: text[cs[i].start:cs[j-1].end], Match: cs[i].match})
		i = j
	}
	if cutRight {
		out = append(out, Segment{Text: Ellipsis})
	}
	return out
}
