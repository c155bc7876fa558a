package data

import (
	"testing"
)

func TestParseYAMLValues(t *testing.T) {
	doc := "basics: {name: \"Zoë 中文\", label: ~}\n" +
		"x:\n  int: 12\n  hex: 0x1F\n  float: 2.50\n  bool: true\n  date: 2018-07-01\n  quoted: '2018'\n  text: plain words\n" +
		"  block: |\n    two\n    lines\n"
	rep := &report{}
	v, ok := parseYAML([]byte(doc), rep, MaxDepth)
	if !ok || rep.failed() {
		t.Fatalf("parse: %v", rep.sorted())
	}
	tests := []struct {
		path  []string
		kind  kind
		str   string
		plain bool
		at    pos
	}{
		{[]string{"basics", "name"}, kString, "Zoë 中文", false, pos{1, 16}},
		{[]string{"basics", "label"}, kNull, "", true, pos{1, 33}}, // columns count characters
		{[]string{"x", "int"}, kNumber, "12", true, pos{3, 8}},
		{[]string{"x", "hex"}, kNumber, "31", true, pos{4, 8}},
		{[]string{"x", "float"}, kNumber, "2.50", true, pos{5, 10}},
		{[]string{"x", "bool"}, kBool, "true", true, pos{6, 9}},
		{[]string{"x", "date"}, kString, "2018-07-01", true, pos{7, 9}},
		{[]string{"x", "quoted"}, kString, "2018", false, pos{8, 11}},
		{[]string{"x", "text"}, kString, "plain words", true, pos{9, 9}},
		{[]string{"x", "block"}, kString, "two\nlines\n", false, pos{10, 10}},
	}
	for _, tt := range tests {
		got := v.at(tt.path)
		if got.Kind != tt.kind || got.Str != tt.str || got.Plain != tt.plain || got.Pos != tt.at {
			t.Errorf("%v = %+v, want kind %v %q plain=%v at %v", tt.path, got, tt.kind, tt.str, tt.plain, tt.at)
		}
	}
}

func TestParseYAMLRefusals(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"a: .inf\n", "y:1:4: error: .inf is not a number JSON can hold — write it in quotes if it is text\n"},
		{"? [a, b]\n: c\n", "y:1:3: error: a key must be text, not a list or a mapping\n"},
		{"a: !!binary aGk=\nb: &x 1\nc: *x\n", "y:2:4: error: YAML anchors and aliases are not allowed in profiles; write the value out\n"},
		{"", ""},
	}
	for _, tt := range tests {
		rep := &report{file: "y"}
		parseYAML([]byte(tt.doc), rep, MaxDepth)
		if got := problemLines(rep.sorted()); got != tt.want {
			t.Errorf("%q:\n%s\nwant:\n%s", tt.doc, got, tt.want)
		}
	}
}
