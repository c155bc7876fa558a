package richtext

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// marker stands for the text when a style is rendered once to learn its
// escape sequences; SGR sequences never contain it.
const marker = "M"

// painter draws runs in a base style made bold or italic, without a full
// lipgloss Render per run: each emphasis' opening and closing sequences
// are learned once, by rendering a marker, and wrapped around the text.
// Only inline styles (colors, bold, italic) may be painted this way; a
// style with padding, width or borders must be rendered.
type painter struct {
	base  lipgloss.Style
	known [4]bool
	pre   [4]string
	post  [4]string
}

// newPainter returns a painter for base.
func newPainter(base lipgloss.Style) *painter { return &painter{base: base} }

// paint draws text with emphasis e.
func (p *painter) paint(text string, e Emphasis) string {
	if text == "" {
		return ""
	}
	i := int(e & (Bold | Italic))
	if !p.known[i] {
		st := p.base
		if e&Bold != 0 {
			st = st.Bold(true)
		}
		if e&Italic != 0 {
			st = st.Italic(true)
		}
		out := st.Render(marker)
		if at := strings.Index(out, marker); at >= 0 {
			p.pre[i], p.post[i] = out[:at], out[at+len(marker):]
		}
		p.known[i] = true
	}
	return p.pre[i] + text + p.post[i]
}
