package richtext

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Line is one wrapped line of runs.
type Line []Run

// Width is the line's width in terminal cells.
func (l Line) Width() int {
	w := 0
	for _, r := range l {
		w += Cells(r.Text)
	}
	return w
}

// String is the line's text without styles.
func (l Line) String() string {
	var b strings.Builder
	for _, r := range l {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Render draws the line: each run in base, made bold or italic as its
// emphasis says. base must be an inline style (colors, bold, italic).
func (l Line) Render(base lipgloss.Style) string {
	return l.paint(newPainter(base))
}

// paint draws the line with a painter shared across lines.
func (l Line) paint(p *painter) string {
	var b strings.Builder
	for _, r := range l {
		b.WriteString(p.paint(r.Text, r.Emph))
	}
	return b.String()
}

// word is a run of non-space text, possibly in several emphases
// ("**Kafka**,"), with the number of line breaks before it.
type word struct {
	runs   []Run
	width  int
	breaks int
}

// words splits runs at white space. Spaces collapse; line breaks are
// counted so that Wrap keeps them.
func words(runs []Run) []word {
	var out []word
	var cur word
	var b strings.Builder
	emph := Emphasis(0)
	endRun := func() {
		if b.Len() > 0 {
			t := b.String()
			cur.runs = append(cur.runs, Run{Text: t, Emph: emph})
			cur.width += Cells(t)
			b.Reset()
		}
	}
	endWord := func() {
		endRun()
		if len(cur.runs) > 0 {
			out = append(out, cur)
			cur = word{}
		}
	}
	for _, r := range runs {
		endRun()
		emph = r.Emph
		for _, c := range r.Text {
			switch {
			case c == '\n':
				endWord()
				cur.breaks++
			case unicode.IsSpace(c):
				endWord()
			default:
				b.WriteRune(c)
			}
		}
	}
	endWord()
	return out
}

// Wrap fills lines of at most width cells with the words of runs, breaking
// words longer than a line. A line break in the text starts a new line, and
// a blank line in the text stays blank.
func Wrap(runs []Run, width int) []Line {
	width = max(width, 1)
	var lines []Line
	var cur Line
	curW := 0
	push := func() {
		lines = append(lines, cur)
		cur, curW = nil, 0
	}
	for i, w := range words(runs) {
		if w.breaks > 0 && i > 0 {
			push()
			if w.breaks > 1 {
				push()
			}
		}
		if w.width > width {
			if curW > 0 {
				push()
			}
			chunks := splitWord(w.runs, width)
			for _, c := range chunks[:len(chunks)-1] {
				cur = c
				push()
			}
			cur = chunks[len(chunks)-1]
			curW = cur.Width()
			continue
		}
		if curW > 0 && curW+1+w.width > width {
			push()
		}
		if curW > 0 {
			cur = append(cur, Run{Text: " "})
			curW++
		}
		cur = append(cur, w.runs...)
		curW += w.width
	}
	if curW > 0 || len(lines) == 0 {
		push()
	}
	return lines
}

// splitWord cuts a word wider than width into lines of at most width cells
// (a single character wider than width still gets a line of its own).
func splitWord(runs []Run, width int) []Line {
	var out []Line
	var cur Line
	curW := 0
	for _, r := range runs {
		t := r.Text
		for t != "" {
			room := width - curW
			head := truncateCells(t, room)
			if head == "" && curW == 0 {
				head = firstGrapheme(t)
			}
			if head == "" {
				out = append(out, cur)
				cur, curW = nil, 0
				continue
			}
			cur = append(cur, Run{Text: head, Emph: r.Emph})
			curW += Cells(head)
			t = t[len(head):]
			if t != "" {
				out = append(out, cur)
				cur, curW = nil, 0
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// firstGrapheme is the first user-perceived character of s.
func firstGrapheme(s string) string {
	g, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	if g == "" {
		return s
	}
	return g
}
