// Package richtext draws profile text with its Markdown emphasis: **bold**
// and *italic* (and ***both***) become styles with the markers removed, and
// text is wrapped to a width with a hanging indent, measuring cells (wide
// characters and emoji count as two) rather than bytes.
//
// Input is untrusted: Parse sanitizes it first, so no control sequence from
// a profile can reach the terminal through this package.
package richtext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
)

// Emphasis is a set of inline styles.
type Emphasis uint8

// The emphasis a Run can carry.
const (
	Bold Emphasis = 1 << iota
	Italic
)

// Run is a stretch of text with one emphasis.
type Run struct {
	Text string
	Emph Emphasis
}

// maxDelim is the longest run of asterisks read as emphasis (***both***).
const maxDelim = 3

// Parse sanitizes s and splits it into runs, reading **bold**, *italic* and
// ***bold italic*** the way Markdown does: an opening run of asterisks must
// be followed by a non-space, a closing one preceded by a non-space, and
// unmatched asterisks stay as they are. A backslash escapes ASCII
// punctuation, as in Markdown ("\\$" is "$").
func Parse(s string) []Run {
	s = model.Sanitize(s)
	return parse(s, 0, nil)
}

// Plain is s sanitized with its emphasis markers removed.
func Plain(s string) string {
	var b strings.Builder
	for _, r := range Parse(s) {
		b.WriteString(r.Text)
	}
	return b.String()
}

// parse appends the runs of s, all carrying emph, to out.
func parse(s string, emph Emphasis, out []Run) []Run {
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = appendRun(out, Run{Text: lit.String(), Emph: emph})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			lit.WriteByte(s[i+1])
			i += 2
			continue
		}
		if c == '[' || c == '<' {
			if text, url, n := link(s[i:]); n > 0 {
				flush()
				out = parse(text, emph, out)
				if shown := displayURL(url); shown != "" && shown != text {
					lit.WriteString(" (" + shown + ")")
				}
				i += n
				continue
			}
		}
		if c != '*' {
			_, size := utf8.DecodeRuneInString(s[i:])
			lit.WriteString(s[i : i+size])
			i += size
			continue
		}
		n := starRun(s, i)
		if end := closer(s, i, n); n <= maxDelim && end >= 0 {
			flush()
			out = parse(s[i+n:end], emph|delimEmphasis(n), out)
			i = end + n
			continue
		}
		lit.WriteString(s[i : i+n])
		i += n
	}
	flush()
	return out
}

// appendRun adds r to out, merging it with the last run when both carry the
// same emphasis.
func appendRun(out []Run, r Run) []Run {
	if n := len(out); n > 0 && out[n-1].Emph == r.Emph {
		out[n-1].Text += r.Text
		return out
	}
	return append(out, r)
}

// delimEmphasis is the emphasis a run of n asterisks opens.
func delimEmphasis(n int) Emphasis {
	switch n {
	case 1:
		return Italic
	case 2:
		return Bold
	}
	return Bold | Italic
}

// starRun counts the asterisks starting at i.
func starRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '*' {
		n++
	}
	return n
}

// closer finds the run of exactly n asterisks that closes the opener at i,
// or -1. The opener must be followed by a non-space and the closer preceded
// by one; emphasis does not cross a line break.
func closer(s string, i, n int) int {
	start := i + n
	if start >= len(s) || isSpaceAt(s, start) {
		return -1
	}
	for j := start; j < len(s); {
		switch s[j] {
		case '\n':
			return -1
		case '\\':
			j += 2
			continue
		case '*':
			m := starRun(s, j)
			if m == n && j > start && !isSpaceBefore(s, j) {
				return j
			}
			j += m
			continue
		}
		j++
	}
	return -1
}

// isASCIIPunct reports whether c is ASCII punctuation, which a backslash
// escapes in Markdown ("\\$", "\\*").
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// isSpaceAt reports whether the rune at i is white space.
func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// isSpaceBefore reports whether the rune before i is white space.
func isSpaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r)
}
