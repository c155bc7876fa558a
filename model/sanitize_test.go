package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Kafka in production", "Kafka in production"},
		{"newline and tab kept", "a\n\tb", "a\n\tb"},
		{"SGR removed", "\x1b[31mred\x1b[0m", "red"},
		{"OSC 52 clipboard with BEL", "x\x1b]52;c;ZXZpbA==\x07y", "xy"},
		{"OSC 0 title with ST", "\x1b]0;pwned\x1b\\ok", "ok"},
		{"C1 CSI as UTF-8", "a\u009b31mb", "a31mb"},
		{"CR overwrite", "good\rbad", "goodbad"},
		{"BS, BEL, NUL, DEL, SO/SI", "a\bb\ac\x00d\x7fe\x0ef\x0fg", "abcdefg"},
		{"bidi override", "rating: \u202e5/1\u202c", "rating: 5/1"},
		{"zero width", "Ka\u200bfka\ufeff\u2060", "Kafka"},
		{"tag characters", "hi\U000E0041\U000E007F", "hi"},
		{"emoji ZWJ kept", "👩\u200d💻 and ❤\ufe0f", "👩\u200d💻 and ❤\ufe0f"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"combining capped", "e\u0301\u0301\u0301\u0301\u0301", "e\u0301\u0301\u0301"},
		{"CJK kept", "日本語のテキスト", "日本語のテキスト"},
	}
	for _, tt := range tests {
		got := Sanitize(tt.in)
		if got != tt.want {
			t.Errorf("%s: Sanitize(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		if Sanitize(got) != got {
			t.Errorf("%s: not idempotent", tt.name)
		}
	}
}

func TestSanitizeLengthCap(t *testing.T) {
	long := strings.Repeat("é", MaxFieldLen)
	got := Sanitize(long)
	if len(got) > MaxFieldLen || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Errorf("capped length %d, valid %v", len(got), utf8.ValidString(got))
	}
	if Sanitize(got) != got {
		t.Error("cap not idempotent")
	}
}

func TestSanitizeSplitSequenceCannotJoin(t *testing.T) {
	a, b := Sanitize("name\x1b"), Sanitize("]52;c;eA==\x07")
	if strings.ContainsRune(a+b, 0x1b) || strings.ContainsRune(a+b, 0x07) {
		t.Errorf("halves joined into a sequence: %q", a+b)
	}
}

func TestSanitizeLine(t *testing.T) {
	if got := SanitizeLine("a\nb\tc"); got != "a b c" {
		t.Errorf("SanitizeLine = %q", got)
	}
}
