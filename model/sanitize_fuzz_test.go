package model

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// unsafeRune is the fuzz oracle for what Sanitize must never return,
// written from the Unicode categories rather than from dropRune's list:
// controls but newline and tab (C0, DEL, C1), every format character (Cf:
// bidi controls, zero-width characters, tags, soft hyphen…) except ZWJ, and the
// line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t' || r == 0x200d:
		return false
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return false
}

// checkSanitized asserts every promise Sanitize makes about out.
func checkSanitized(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Sanitize(%q) = %q: invalid UTF-8", in, out)
	}
	if len(out) > MaxFieldLen {
		t.Fatalf("Sanitize(%q): %d bytes > MaxFieldLen", in, len(out))
	}
	run := 0
	for i, r := range out {
		if unsafeRune(r) {
			t.Fatalf("Sanitize(%q) = %q: unsafe rune %U at %d", in, out, r, i)
		}
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
			if run++; run > maxCombining {
				t.Fatalf("Sanitize(%q) = %q: %d combining marks in a row", in, out, run)
			}
		} else {
			run = 0
		}
	}
	// No byte of out starts a sequence an ANSI parser would act on.
	var state byte
	for rest := out; rest != ""; {
		seq, _, n, st := ansi.DecodeSequence(rest, state, nil)
		if n <= 0 {
			t.Fatalf("parser made no progress on %q", rest)
		}
		if len(seq) > 0 && (seq[0] < 0x20 && seq != "\n" && seq != "\t" || seq[0] == 0x7f) {
			t.Fatalf("Sanitize(%q) = %q: sequence %q survives", in, out, seq)
		}
		rest, state = rest[n:], st
	}
	if again := Sanitize(out); again != out {
		t.Fatalf("not idempotent: Sanitize(%q) = %q, again %q", in, out, again)
	}
}

// FuzzSanitize feeds arbitrary bytes, and pairs of fields drawn side by
// side, to Sanitize and SanitizeLine: the output is valid UTF-8, at most
// MaxFieldLen bytes, free of controls, format characters and escape
// sequences, idempotent, and two outputs joined never form a sequence.
func FuzzSanitize(f *testing.F) {
	seeds := [][2]string{
		{"plain text", ""},
		{"name\x1b", "]52;c;ZXZpbA==\x07tail"},
		{"\x1b[31mred\x1b[0m", "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"},
		{"\u009b31m", "\u009d0;title\u009c"},
		{"\xc2", "\x9b2J"},
		{"good\rbad\b\b\bok", "\x07\x00\x0e\x0f\x7f"},
		{"rating \u202e5/1\u202c", "\u2066x\u2069\u200b\ufeff\u00ad"},
		{"👩\u200d💻 🇺🇸 👍🏽 ❤\ufe0f", "日本語"},
		{"Z\u0301\u0302\u0303\u0304\u0305a", "\u0306\u0307"},
		{"\x1bP1$r\x1b\\", "\x1b_apc\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\"},
		{"\x1b]0;unterminated", "after"},
		{strings.Repeat("é", MaxFieldLen), strings.Repeat("w", 10000)},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Sanitize(a), Sanitize(b)
		checkSanitized(t, a, sa)
		checkSanitized(t, b, sb)
		if joined := sa + sb; strings.ContainsRune(joined, 0x1b) || ansi.Strip(joined) != joined {
			t.Fatalf("Sanitize(%q)+Sanitize(%q) = %q joins into a sequence", a, b, joined)
		}
		line := SanitizeLine(a)
		checkSanitized(t, a, line)
		if strings.ContainsAny(line, "\n\t") {
			t.Fatalf("SanitizeLine(%q) = %q keeps a line break or tab", a, line)
		}
		if SanitizeLine(line) != line {
			t.Fatalf("SanitizeLine not idempotent on %q", a)
		}
	})
}
