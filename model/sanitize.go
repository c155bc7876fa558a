package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// MaxFieldLen caps, in bytes, any one text field after sanitizing. Longer
// text is cut at a rune boundary and ends with "…".
const MaxFieldLen = 16 << 10

// maxCombining caps combining marks in a row (Zalgo text).
const maxCombining = 3

// Sanitize makes untrusted text safe to draw or log: invalid UTF-8 is
// replaced, escape sequences (CSI, OSC, DCS, APC, PM, SOS) are removed, and
// so is every control or invisible rune a terminal could act on — C0 but tab
// and newline, DEL, C1, bidi controls, zero-width characters and tag
// characters — while ZWJ and VS16 stay for emoji. Runs of combining marks
// are capped and the result is at most MaxFieldLen bytes. Sanitize is
// idempotent, and because an escape byte never survives, two sanitized
// strings drawn side by side cannot join into a sequence.
func Sanitize(s string) string {
	if s == "" {
		return s
	}
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	combining := 0
	for _, r := range s {
		if dropRune(r) {
			continue
		}
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
			combining++
			if combining > maxCombining {
				continue
			}
		} else {
			combining = 0
		}
		if b.Len()+utf8.RuneLen(r) > MaxFieldLen-len("…") {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII (plus tab and newline) and
// short enough, the common case that needs no work.
func isPlain(s string) bool {
	if len(s) > MaxFieldLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == 0x7f || (c < 0x20 && c != '\n' && c != '\t') {
			return false
		}
	}
	return true
}

// dropRune reports whether r must never reach a terminal.
func dropRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true // C0, DEL, C1
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c:
		return true // bidi embeddings, overrides, isolates and marks
	case r == 0x2028 || r == 0x2029:
		return true // line and paragraph separators
	case r == 0x200b || r == 0x200c || r == 0x2060 || r == 0xfeff || r == 0x180e:
		return true // zero-width space, non-joiner, word joiner, BOM
	case r >= 0x2061 && r <= 0x2064:
		return true // invisible math operators
	case r >= 0xe0000 && r <= 0xe007f:
		return true // tag characters
	case r == 0xfff9 || r == 0xfffa || r == 0xfffb:
		return true // interlinear annotation controls
	case r != 0x200d && unicode.Is(unicode.Cf, r):
		return true // any other invisible format character (soft hyphen, U+206A–F…); ZWJ stays for emoji
	}
	return false
}

// SanitizeLine is Sanitize for one-line contexts (names, titles, log
// values): newlines and tabs become spaces.
func SanitizeLine(s string) string {
	s = Sanitize(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\t' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}
