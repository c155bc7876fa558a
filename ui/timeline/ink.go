package timeline

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// inkSentinel is drawn once through a style to find the escape sequences
// the style wraps text in: a private-use rune no style sequence contains.
const inkSentinel = "\uE000"

// ink is a session style reduced to the sequences it wraps text in, so a
// run of one line is drawn by concatenation instead of a full lipgloss
// Render (which measures, aligns and frames, and was most of the cost of a
// frame). It is exact for styles made only of colors and attributes — all
// the chart and panel text use; no width, padding, margin or border.
type ink struct {
	pre, post string
}

// newInk reduces a style to its sequences. Under an ASCII profile both
// are empty.
func newInk(st lipgloss.Style) ink {
	out := st.Render(inkSentinel)
	i := strings.Index(out, inkSentinel)
	if i < 0 {
		return ink{}
	}
	return ink{pre: out[:i], post: out[i+len(inkSentinel):]}
}

// paint draws one line of text (no line breaks) in the ink.
func (k ink) paint(s string) string {
	if s == "" || (k.pre == "" && k.post == "") {
		return s
	}
	return k.pre + s + k.post
}

// textInks are a base style and its emphasized variants, for profile text
// with **bold** and *italic*.
type textInks [4]ink

// newTextInks builds the inks of base for each emphasis.
func newTextInks(base lipgloss.Style) textInks {
	var t textInks
	for e := range t {
		st := base
		if richtext.Emphasis(e)&richtext.Bold != 0 {
			st = st.Bold(true)
		}
		if richtext.Emphasis(e)&richtext.Italic != 0 {
			st = st.Italic(true)
		}
		t[e] = newInk(st)
	}
	return t
}

// line draws one wrapped line of runs, each in its emphasis.
func (t *textInks) line(l richtext.Line) string {
	var b strings.Builder
	for _, r := range l {
		b.WriteString(t[r.Emph&(richtext.Bold|richtext.Italic)].paint(r.Text))
	}
	return b.String()
}
