package profile

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/richtext"
	"github.com/vitae-cli/vitae/ui/styles"
)

// Layout of a tab's text, in cells.
const (
	gutterWidth = 2 // the focus bar and a space, left of everything
	entryIndent = 2 // an entry under its section or employer
	bodyIndent  = 4 // an entry's text under its title
	nestIndent  = 2 // each level of a nested bullet
	columnGap   = 2 // least space between a title and its right-aligned dates
)

// Bullet glyphs by nesting depth; deeper levels reuse the last.
var bulletGlyphs = [...]string{"• ", "◦ ", "▪ "}

// Gutter marks: a role opened from elsewhere, and a jumped-to bullet.
const (
	gutterPlain  = "  "
	gutterFocus  = "┃ "
	gutterTarget = "▶ "
)

// anchor names a place in the Experience text: a role (highlight -1), the
// employer line above a role that starts a progression (employerLine), or
// one of the role's bullets.
type anchor struct{ work, highlight int }

// employerLine is the highlight value of an employer's anchor.
const employerLine = -2

// doc is a tab's text being built: lines no wider than width, and where
// each role and bullet starts.
type doc struct {
	st      *styles.Styles
	width   int // including the gutter
	lines   []string
	anchors map[anchor]int
	gutter  string // drawn left of the next lines
}

func newDoc(st *styles.Styles, width int) *doc {
	return &doc{st: st, width: max(width, gutterWidth+bodyIndent+1), anchors: map[anchor]int{}, gutter: gutterPlain}
}

// room is the width left for text at an indent.
func (d *doc) room(indent int) int { return max(d.width-gutterWidth-indent, 1) }

// add appends a block of lines, each behind the current gutter.
func (d *doc) add(block string) {
	g := d.gutter
	if g != gutterPlain {
		g = d.st.Profile.FocusBar.Render(g)
	}
	for _, l := range strings.Split(block, "\n") {
		if l == "" && d.gutter == gutterPlain {
			d.lines = append(d.lines, "")
			continue
		}
		d.lines = append(d.lines, g+l)
	}
}

// blank adds an empty line, never two in a row nor at the top.
func (d *doc) blank() {
	if n := len(d.lines); n > 0 && strings.TrimSpace(ansi.Strip(d.lines[n-1])) != "" {
		d.lines = append(d.lines, "")
	}
}

// mark records that the anchor starts at the next line.
func (d *doc) mark(a anchor) { d.anchors[a] = len(d.lines) }

// section adds a section heading ("Education", "Talks").
func (d *doc) section(title string) {
	d.blank()
	d.add(d.st.Profile.Section.Render(model.SanitizeLine(title)))
}

// titled adds a title with text aligned right (dates, durations) at an
// indent. When both do not fit on one line, the right text goes on its own
// line below, aligned right.
func (d *doc) titled(indent int, title string, titleStyle lipgloss.Style, right string) {
	pad := strings.Repeat(" ", indent)
	room := d.room(indent)
	rw := lipgloss.Width(right)
	if right == "" {
		d.add(richtext.Block(title, d.width-gutterWidth, titleStyle, pad, pad))
		return
	}
	if lipgloss.Width(richtext.Plain(title))+columnGap+rw <= room {
		t := richtext.Truncate(title, room, titleStyle)
		d.add(pad + t + strings.Repeat(" ", room-lipgloss.Width(t)-rw) + right)
		return
	}
	d.add(richtext.Block(title, d.width-gutterWidth, titleStyle, pad, pad))
	if rw > room {
		right = ansi.Truncate(right, room, "…")
		rw = lipgloss.Width(right)
	}
	d.add(pad + strings.Repeat(" ", room-rw) + right)
}

// para adds text wrapped at an indent, with its emphasis.
func (d *doc) para(indent int, text string, base lipgloss.Style) {
	if strings.TrimSpace(text) == "" {
		return
	}
	pad := strings.Repeat(" ", indent)
	d.add(richtext.Block(strings.TrimSpace(text), d.width-gutterWidth, base, pad, pad))
}

// meta adds a line of facts joined with " · ", wrapped at an indent.
func (d *doc) meta(indent int, facts ...string) {
	var keep []string
	for _, f := range facts {
		if f = strings.TrimSpace(model.SanitizeLine(f)); f != "" {
			keep = append(keep, f)
		}
	}
	if len(keep) == 0 {
		return
	}
	pad := strings.Repeat(" ", indent)
	d.add(richtext.Block(strings.Join(keep, " · "), d.width-gutterWidth, d.st.Profile.Dates, pad, pad))
}

// link adds a web address on its own line, shown by its real host
// (common.DisplayURL), cut to fit with the end of the host kept in view
// (richtext.FitURL).
func (d *doc) link(indent int, shown string) {
	if shown == "" {
		return
	}
	pad := strings.Repeat(" ", indent)
	d.add(pad + d.st.Link.Render(richtext.FitURL(shown, d.room(indent))))
}

// bullet adds one highlight at an indent, nested by its own indentation
// (model.HighlightDepth) and wrapped with a hanging indent. A target bullet
// is drawn highlighted behind the target gutter.
func (d *doc) bullet(indent int, h string, target bool) {
	depth, text := model.HighlightDepth(h)
	glyph := bulletGlyphs[min(depth, len(bulletGlyphs)-1)]
	pad := strings.Repeat(" ", indent+depth*nestIndent)
	base := d.st.Profile.Text
	if target {
		base = d.st.Profile.Highlighted
	}
	first := pad + d.st.Profile.Bullet.Render(glyph)
	rest := pad + strings.Repeat(" ", lipgloss.Width(glyph))
	block := richtext.Block(text, d.width-gutterWidth, base, first, rest)
	if !target {
		d.add(block)
		return
	}
	saved := d.gutter
	for i, l := range strings.Split(block, "\n") {
		d.gutter = gutterFocus
		if i == 0 {
			d.gutter = gutterTarget
		}
		d.add(l)
	}
	d.gutter = saved
}

// content is the finished text.
func (d *doc) content() []string { return d.lines }
