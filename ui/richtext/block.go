package richtext

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
)

// Block draws text wrapped to width cells with its emphasis. The first line
// starts with first and the others with rest (a hanging indent): both are
// drawn as given and should have the same width, which is taken from the
// content's room. Lines are joined with "\n"; none is wider than width.
func Block(text string, width int, base lipgloss.Style, first, rest string) string {
	return block(Parse(text), width, base, first, rest)
}

// PlainBlock is Block for text that is not Markdown (messages, file
// names): it is sanitized and wrapped, asterisks and backslashes kept.
func PlainBlock(text string, width int, base lipgloss.Style, first, rest string) string {
	return block([]Run{{Text: model.Sanitize(text)}}, width, base, first, rest)
}

// block wraps runs to width behind the first and rest prefixes.
func block(runs []Run, width int, base lipgloss.Style, first, rest string) string {
	indent := max(Cells(first), Cells(rest))
	lines := Wrap(runs, width-indent)
	p := newPainter(base)
	var b strings.Builder
	for i, l := range lines {
		switch {
		case i == 0:
			b.WriteString(first)
		case len(l) == 0:
			b.WriteByte('\n') // a blank line between paragraphs: no indent
			continue
		default:
			b.WriteByte('\n')
			b.WriteString(rest)
		}
		b.WriteString(l.paint(p))
	}
	return b.String()
}

// Truncate draws text on one line of at most width cells with its
// emphasis, ending with "…" when it is cut. Line breaks become spaces.
func Truncate(text string, width int, base lipgloss.Style) string {
	runs := Parse(text)
	const tail = "…"
	total := 0
	for i := range runs {
		runs[i].Text = collapseSpace(runs[i].Text)
		if i == 0 {
			runs[i].Text = strings.TrimLeft(runs[i].Text, " ")
		}
		if i == len(runs)-1 {
			runs[i].Text = strings.TrimRight(runs[i].Text, " ")
		}
		total += Cells(runs[i].Text)
	}
	if total <= width {
		return Line(runs).Render(base)
	}
	room := width - Cells(tail)
	var out Line
	for _, r := range runs {
		if room <= 0 {
			break
		}
		t := truncateCells(r.Text, room)
		room -= Cells(t)
		out = append(out, Run{Text: t, Emph: r.Emph})
		if t != r.Text {
			break
		}
	}
	if width > 0 {
		out = append(out, Run{Text: tail})
	}
	return out.Render(base)
}

// collapseSpace turns every run of white space (line breaks included)
// into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
