package richtext

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []Run
	}{
		{"plain", []Run{{"plain", 0}}},
		{"**Apache Kafka** on *GKE*", []Run{{"Apache Kafka", Bold}, {" on ", 0}, {"GKE", Italic}}},
		{"***both***", []Run{{"both", Bold | Italic}}},
		{"**a *b* c**", []Run{{"a ", Bold}, {"b", Bold | Italic}, {" c", Bold}}},
		{"5 * 3 * 2", []Run{{"5 * 3 * 2", 0}}},
		{"** not bold**", []Run{{"** not bold**", 0}}},
		{"**unclosed", []Run{{"**unclosed", 0}}},
		{`\*literal\*`, []Run{{"*literal*", 0}}},
		{"*a\nb*", []Run{{"*a\nb*", 0}}},
		{"****", []Run{{"****", 0}}},
		{"**日本語**の", []Run{{"日本語", Bold}, {"の", 0}}},
		{"x\x1b[31mred\x1b[0m", []Run{{"xred", 0}}},
		{"[LINK](#) to video", []Run{{"LINK to video", 0}}},
		{"see [**repo**](https://github.com/x/y/)", []Run{{"see ", 0}, {"repo", Bold}, {" (github.com/x/y)", 0}}},
		{"<https://coolomina.dev/2019/a.html>", []Run{{"coolomina.dev/2019/a.html", 0}}},
		{"[PayPal](https://paypal.com@evil.example)", []Run{{"PayPal (evil.example)", 0}}},
		{"a < b and [x] (y)", []Run{{"a < b and [x] (y)", 0}}},
		{`\$FLYW`, []Run{{"$FLYW", 0}}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Parse(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

func TestPlain(t *testing.T) {
	if got, want := Plain("Ran **Kafka** at *29M msg/s*."), "Ran Kafka at 29M msg/s."; got != want {
		t.Fatalf("Plain = %q, want %q", got, want)
	}
}

func plainLines(lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		var b strings.Builder
		for _, r := range l {
			b.WriteString(r.Text)
		}
		out[i] = b.String()
	}
	return out
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  []string
	}{
		{"one two three", 7, []string{"one two", "three"}},
		{"one  two", 20, []string{"one two"}},
		{"**Kafka**, Flink", 6, []string{"Kafka,", "Flink"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"ab abcdefgh", 4, []string{"ab", "abcd", "efgh"}},
		{"日本語のテキスト", 5, []string{"日本", "語の", "テキ", "スト"}},
		{"first\nsecond", 40, []string{"first", "second"}},
		{"para\n\nnext", 40, []string{"para", "", "next"}},
		{"", 10, []string{""}},
	}
	for _, tt := range tests {
		got := plainLines(Wrap(Parse(tt.in), tt.width))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func asciiStyle() lipgloss.Style {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return r.NewStyle()
}

func TestBlockHangingIndent(t *testing.T) {
	got := Block("Led the **migration** of forty services to Kubernetes", 20, asciiStyle(), "• ", "  ")
	want := "• Led the migration\n  of forty services\n  to Kubernetes"
	if got != want {
		t.Fatalf("Block =\n%s\nwant\n%s", got, want)
	}
}

func TestBlockKeepsEmphasisWithColor(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	got := Block("a **b**", 20, r.NewStyle(), "", "")
	if !strings.Contains(got, "\x1b[1m") || strings.Contains(got, "**") {
		t.Fatalf("bold not drawn or markers kept: %q", got)
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"**Go** and  Rust", 20, "Go and Rust"},
		{"Senior Production Engineer", 10, "Senior Pr…"},
		{"日本語テキスト", 7, "日本語…"},
		{"line\nbreak", 20, "line break"},
	}
	for _, tt := range tests {
		got := Truncate(tt.in, tt.width, asciiStyle())
		if got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		if w := ansi.StringWidth(got); w > tt.width {
			t.Errorf("Truncate(%q, %d) is %d wide", tt.in, tt.width, w)
		}
	}
}

func FuzzWrap(f *testing.F) {
	for _, s := range []string{"**a** *b*", "日本語 🚀 emoji", "x\x1b]8;;http://e\x07y", "*a **b** c*", "\\*", "a\n\nb"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = width%200 + 2
		if width < 2 {
			width = 2
		}
		for _, l := range Wrap(Parse(s), width) {
			if l.Width() > width {
				t.Fatalf("line %q is %d wide, limit %d", plainLines([]Line{l})[0], l.Width(), width)
			}
			for _, r := range l {
				if strings.ContainsRune(r.Text, '\x1b') {
					t.Fatalf("escape byte survived: %q", r.Text)
				}
			}
		}
		if w := ansi.StringWidth(Truncate(s, width, asciiStyle())); w > width {
			t.Fatalf("Truncate is %d wide, limit %d", w, width)
		}
	})
}

func TestPainterMatchesRender(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	base := r.NewStyle().Foreground(lipgloss.Color("#aabbcc")).Background(lipgloss.Color("#112233"))
	for _, e := range []Emphasis{0, Bold, Italic, Bold | Italic} {
		st := base
		if e&Bold != 0 {
			st = st.Bold(true)
		}
		if e&Italic != 0 {
			st = st.Italic(true)
		}
		for _, text := range []string{"Kafka", "two words", "日本語 🚀"} {
			if got, want := newPainter(base).paint(text, e), st.Render(text); got != want {
				t.Errorf("paint(%q, %d) = %q, want %q", text, e, got, want)
			}
		}
	}
}
