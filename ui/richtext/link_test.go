package richtext

import "testing"

func TestLinkTargetsShown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[home](https://www.example.com/)", "home (example.com)"},
		{"[click](javascript:alert(1))", "click (javascript:alert(1))"},
		{"[mail me](mailto:ada@example.com)", "mail me (ada@example.com)"},
		{"[github.com/ada](https://evil.example/)", "github.com/ada (evil.example)"},
		{"[old](http://example.com/x)", "old (http://example.com/x)"},
		{"[section](#work)", "section"},
		{"<http://example.com/x>", "http://example.com/x"},
	}
	for _, tt := range tests {
		if got := Line(Parse(tt.in)).String(); got != tt.want {
			t.Errorf("Parse(%q) shows %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFitURL(t *testing.T) {
	tests := []struct {
		shown string
		width int
		want  string
	}{
		{"github.com/ada", 20, "github.com/ada"},
		{"github.com/ada/a-very-long-repository-name", 20, "github.com/ada/a-ve…"},
		{"github.com.evil.example/ada/repo", 20, "…ub.com.evil.example"},
		{"http://evil.example/some/long/path", 24, "http://evil.example/som…"},
		{"http://github.com.evil.example/x", 12, "…vil.example"},
		{"ceo@a-long-company-domain.example", 16, "…-domain.example"},
		{"日本語.example/パス", 12, "…語.example"},
		{"e.com/x", 1, "…"},
		{"e.com/x", 0, ""},
	}
	for _, tt := range tests {
		got := FitURL(tt.shown, tt.width)
		if got != tt.want || Cells(got) > tt.width {
			t.Errorf("FitURL(%q, %d) = %q (%d cells), want %q", tt.shown, tt.width, got, Cells(got), tt.want)
		}
	}
}
