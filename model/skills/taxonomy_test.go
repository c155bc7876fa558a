package skills

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Node.js, C++ and C# on .NET", "node.js|c++|and|c#|on|.net"},
		{"**Terraform**, (Golang)", "terraform|golang"},
		{"Python3 / Symfony 2.7.", "python3|symfony|2.7"},
		{"event-driven, CI/CD, A/B", "event|driven|ci|cd|a|b"},
		{"see https://github.com/x/terraform-y and www.k8s.io now", "see|and|now"},
		{"Politècnica de València", "politècnica|de|valència"},
		{"R&D, it's", "r|d|it|s"},
		{"end.", "end"},
	}
	for _, tt := range tests {
		toks, arena := tokenize(tt.in, nil, nil)
		var got []string
		for _, tk := range toks {
			got = append(got, string(arena[tk.ns:tk.ne]))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
	toks, arena := tokenize("Lambdas Python3", nil, nil)
	if string(arena[toks[0].ns:toks[0].sing]) != "lambda" || string(arena[toks[1].ns:toks[1].base]) != "python" {
		t.Error("plural and version forms wrong")
	}
}

func TestNew(t *testing.T) {
	tx, err := New([]Entry{
		{Name: "A", Category: "tool", Aliases: []string{"alpha"}, Implies: []string{"B"}},
		{Name: "B", Category: "tool", Implies: []string{"a"}}, // a cycle is fine
		{Name: "a", Category: "practice", Aliases: []string{"aa"}, Implies: []string{"B"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if tx.Len() != 2 {
		t.Fatalf("a same-name entry did not replace: %d skills", tx.Len())
	}
	if s, _ := tx.Lookup("A"); s.Category != "practice" {
		t.Errorf("replacement lost: %+v", s)
	}
	ms := tx.Find("aa then alpha")
	if len(ms) != 2 || ms[0].Implied || !ms[1].Implied {
		t.Errorf("implies through a cycle: %+v", ms)
	}
	nt, err := New([]Entry{{Name: "Spark", Category: "data", Aliases: []string{"spark"}, Not: []string{"spark joy"}}})
	if err != nil {
		t.Fatal(err)
	}
	if ms := nt.Find("Spark joy, then spark jobs"); len(ms) != 1 || ms[0].Start != 16 {
		t.Errorf("a not phrase does not block, or blocks too much: %+v", ms)
	}
	if _, err := New([]Entry{{Name: "X", Category: "tool", Implies: []string{"Y"}}}); err == nil {
		t.Error("unknown implies accepted")
	}
	if _, err := New([]Entry{{Name: " ", Category: "tool"}}); err == nil {
		t.Error("empty name accepted")
	}
}

func FuzzScan(f *testing.F) {
	tx, err := New([]Entry{
		{Name: "Go", Category: "language", Cased: []string{"Go"}, Aliases: []string{"Golang"}},
		{Name: "C", Category: "language", Cased: []string{"C"}},
		{Name: "C++", Category: "language"},
		{Name: "Node.js", Category: "framework", Aliases: []string{"NodeJS"}},
		{Name: "CI/CD", Category: "practice", Cased: []string{"CI"}},
		{Name: "AWS", Category: "cloud"},
		{Name: "Amazon RDS", Category: "cloud", Aliases: []string{"AWS RDS"}, Implies: []string{"AWS"}},
		{Name: "Lambda", Category: "cloud", Cased: []string{"Lambda"}},
	})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Go, C and C++ on AWS RDS", "**Golang**", "R&D C-level", ".NET", "Lambdas\x00\xff",
		"https://x.y/Go", "Go", "C", "•Go microservices", "a/C/b", "Node.js."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, list := range []bool{false, true} {
			ms := tx.NewScanner().Scan(text, list, nil)
			last := -1
			for _, m := range ms {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Start < last {
					t.Fatalf("bad offsets %+v in %q", m, text)
				}
				if utf8.ValidString(text) && (!utf8.ValidString(text[m.Start:m.End])) {
					t.Fatalf("match splits a rune: %+v", m)
				}
				last = m.Start
			}
		}
	})
}
