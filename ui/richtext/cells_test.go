package richtext

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

func TestCells(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"abc", 3},
		{"日本", 4},
		{"👩\u200d💻", 4}, // 2 as one grapheme, 4 by wcwidth
		{"❤\ufe0f", 2},  // 1 by wcwidth, 2 as an emoji grapheme
		{"\x1b[1mab\x1b[0m", 2},
	}
	for _, tt := range tests {
		if got := Cells(tt.s); got != tt.want {
			t.Errorf("Cells(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestWrapFitsBothMeasures(t *testing.T) {
	text := "👩\u200d💻👩\u200d💻👩\u200d💻 ❤\ufe0f❤\ufe0f❤\ufe0f क्षि क्षि क्षि 日本語日本語"
	for width := 1; width <= 12; width++ {
		for _, l := range Wrap(Parse(text), width) {
			s := l.String()
			if (ansi.StringWidth(s) > width || ansi.StringWidthWc(s) > width) && dropLastGrapheme(s) != "" {
				t.Errorf("width %d: line %q is %d/%d cells", width, s, ansi.StringWidth(s), ansi.StringWidthWc(s))
			}
		}
		if got := Truncate(text, width, lipgloss.NewStyle()); Cells(got) > width {
			t.Errorf("Truncate(%d) = %q, %d cells", width, got, Cells(got))
		}
	}
}
