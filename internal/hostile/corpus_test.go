package hostile

import "testing"

func TestHandWrittenParses(t *testing.T) {
	hw, err := HandWritten()
	if err != nil {
		t.Fatal(err)
	}
	all := Corpus()
	t.Logf("%d hand-written, %d in all", len(hw), len(all))
	if len(all) < 300 || len(hw) < 100 {
		t.Errorf("corpus has %d strings (%d hand-written); want ≥ 300 (≥ 100)", len(all), len(hw))
	}
}

func TestCheck(t *testing.T) {
	allowed := SGRs("\x1b[1mbold\x1b[0m \x1b[38;5;2mgreen\x1b[0m")
	tests := []struct {
		name, out string
		width     int
		bad       bool
	}{
		{"plain", "hello\nworld", 5, false},
		{"allowed SGR", "\x1b[1mbold\x1b[0m", 4, false},
		{"other SGR", "\x1b[31mred\x1b[0m", 10, true},
		{"cursor move", "a\x1b[2Ab", 10, true},
		{"OSC 52", "a\x1b]52;c;eA==\ab", 10, true},
		{"C1 CSI", "a\u009b2Jb", 10, true},
		{"raw C1 byte", "a\x9bb", 10, true},
		{"CR", "a\rb", 10, true},
		{"tab", "a\tb", 10, true},
		{"bidi", "a\u202eb", 10, true},
		{"zero width", "a\u200bb", 10, true},
		{"tag", "a\U000E0041", 10, true},
		{"emoji ZWJ", "👩\u200d💻", 4, false},
		{"too wide", "abcdef", 5, true},
		{"wide by wcwidth only", "👩\u200d💻", 3, true},
		{"CJK", "日本", 4, false},
		{"CJK too wide", "日本", 3, true},
		{"Thai vowel signs are zero wide", "\u0e01\u0e34\u0e4d\u0e48", 1, false},
		{"flag", "🇺🇸", 2, false},
	}
	for _, tt := range tests {
		got := Check(tt.out, tt.width, 0, allowed)
		if (got != nil) != tt.bad {
			t.Errorf("%s: Check(%q) = %q, want bad %v", tt.name, tt.out, got, tt.bad)
		}
	}
	if got := Check("a\nb\nc", 1, 2, nil); got == nil {
		t.Error("three lines pass a height of 2")
	}
}
