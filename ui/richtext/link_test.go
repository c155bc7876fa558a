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
