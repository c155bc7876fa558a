package importer

import "testing"

func TestUnpadLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Name      : Asha Rao", "Name: Asha Rao"},
		{"Languages\t: Java, SQL", "Languages: Java, SQL"},
		{"Nom : Dupont", "Nom: Dupont"},
		{"Responsibilities   :", "Responsibilities:"},
		{"Name: Asha Rao", "Name: Asha Rao"},
		{"10:30 : meeting", "10:30 : meeting"},
		{"Built a very long thing with many words here : yes", "Built a very long thing with many words here : yes"},
		{"https://example.com", "https://example.com"},
		{"  : orphan", "  : orphan"},
	}
	for _, tt := range tests {
		if got := unpadLabel(tt.in); got != tt.want {
			t.Errorf("unpadLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
