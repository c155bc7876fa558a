package hostile

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
)

// maxFindings bounds how many findings one Check reports.
const maxFindings = 20

// wcwidth measures runes like the C library's wcwidth (go-runewidth), with
// ambiguous-width characters narrow, independently of the environment.
var wcwidth = &runewidth.Condition{EastAsianWidth: false}

// WcsWidth is the width of s, free of escape sequences, on a terminal that
// advances the cursor by wcwidth for every code point and knows nothing of
// graphemes: 👩‍💻 is 4 cells there and 2 for uniseg. Code points are
// measured by go-runewidth, except that combining marks (Mn, Me) and
// format characters are zero wide, as wcwidth has them (go-runewidth alone
// gives Thai vowel signs a cell each).
func WcsWidth(s string) int {
	w := 0
	for _, r := range s {
		if !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			w += wcwidth.RuneWidth(r)
		}
	}
	return w
}

// Forbidden reports whether r must never reach a terminal from profile
// text: controls but newline (tab too: views expand it), C1, every format
// character (bidi controls, zero-width characters, tags, soft hyphen)
// except ZWJ, and the line and paragraph separators.
func Forbidden(r rune) bool {
	switch {
	case r == '\n' || r == 0x200d:
		return false
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// SGRs collects the SGR sequences (ESC [ … m) in out: what the app itself
// emits, drawn from a benign profile, for Check to allow.
func SGRs(out string) map[string]bool {
	set := map[string]bool{}
	var state byte
	p := ansi.NewParser()
	for rest := out; rest != ""; {
		seq, _, n, st := ansi.DecodeSequence(rest, state, p)
		if isSGR(seq, p) {
			set[seq] = true
		}
		rest, state = rest[n:], st
	}
	return set
}

// isSGR reports whether seq, just decoded with p, is a complete CSI SGR.
func isSGR(seq string, p *ansi.Parser) bool {
	return strings.HasPrefix(seq, "\x1b[") && ansi.Cmd(p.Command()).Final() == 'm' &&
		ansi.Cmd(p.Command()).Prefix() == 0 && ansi.Cmd(p.Command()).Intermediate() == 0
}

// Check lists what is unsafe in out, a rendered view width×height cells
// big (height 0: unchecked): invalid UTF-8, any escape sequence but the
// SGRs in allowed, any control but newline, forbidden runes, lines wider
// than width by grapheme (x/ansi, uniseg) or by wcwidth (go-runewidth)
// measure, and more lines than height. Nil means safe.
func Check(out string, width, height int, allowed map[string]bool) []string {
	var found []string
	add := func(format string, args ...any) {
		if len(found) < maxFindings {
			found = append(found, fmt.Sprintf(format, args...))
		}
	}
	if !utf8.ValidString(out) {
		add("invalid UTF-8")
	}
	lines := strings.Split(out, "\n")
	if height > 0 && len(lines) > height {
		add("%d lines, height %d", len(lines), height)
	}
	p := ansi.NewParser()
	for i, line := range lines {
		var state byte
		for rest := line; rest != ""; {
			seq, _, n, st := ansi.DecodeSequence(rest, state, p)
			rest, state = rest[n:], st
			r, _ := utf8.DecodeRuneInString(seq)
			switch {
			case isSGR(seq, p) && allowed[seq]:
			case r == 0x1b || r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || len(seq) == 1 && seq[0] >= 0x80:
				add("line %d: sequence or control %q", i+1, seq)
			default:
				for _, r := range seq {
					if Forbidden(r) {
						add("line %d: forbidden rune %U in %q", i+1, r, seq)
					}
				}
			}
		}
		if w := ansi.StringWidth(line); w > width {
			add("line %d: %d cells wide by grapheme, width %d: %q", i+1, w, width, ansi.Strip(line))
		}
		if w := WcsWidth(ansi.Strip(line)); w > width {
			add("line %d: %d cells wide by wcwidth, width %d: %q", i+1, w, width, ansi.Strip(line))
		}
	}
	return found
}
