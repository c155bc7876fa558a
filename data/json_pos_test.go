package data

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

func TestParseJSONAgreesWithEncodingJSON(t *testing.T) {
	docs := []string{
		`{}`, `[]`, `"x"`, `0`, `-0.5e+10`, `1E3`, `true`, `null`,
		`{"a": [1, 2.0, {"b": "c\"d\\e\/f\b\f\n\r\t"}], "e": "\u00e9\u4e2d"}`,
		`"\ud83d\ude00 emoji pair"`, `"lone \ud800 surrogate"`, `"R&D <b>"`,
		" \t\r\n{ \"k\" : [ ] , \"l\" : { } } \n",
	}
	for _, d := range docs {
		rep := &report{}
		v, ok := parseJSON([]byte(d), rep, MaxDepth)
		if !ok || rep.failed() {
			t.Errorf("%s: %v", d, rep.sorted())
			continue
		}
		dec := json.NewDecoder(bytes.NewReader([]byte(d)))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if got := v.toAny(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %#v, want %#v", d, got, want)
		}
		// Written back compactly, it reads the same again.
		out := appendJSON(nil, v, false, 0)
		var again any
		dec = json.NewDecoder(bytes.NewReader(out))
		dec.UseNumber()
		if err := dec.Decode(&again); err != nil || !reflect.DeepEqual(again, want) {
			t.Errorf("%s: written as %s", d, out)
		}
	}
}

func TestParseJSONPositionsCountCharacters(t *testing.T) {
	doc := "{\"basics\": {\"name\": \"Zoë 中文\",\n\t\"label\": null}}"
	rep := &report{}
	v, _ := parseJSON([]byte(doc), rep, MaxDepth)
	tests := []struct {
		path []string
		want pos
	}{
		{nil, pos{1, 1}},
		{[]string{"basics"}, pos{1, 12}},
		{[]string{"basics", "name"}, pos{1, 21}},
		{[]string{"basics", "label"}, pos{2, 11}},
	}
	for _, tt := range tests {
		if got := v.at(tt.path).Pos; got != tt.want {
			t.Errorf("%v at %v, want %v", tt.path, got, tt.want)
		}
	}
	if kp := v.get("basics").Obj[1].KeyPos; kp != (pos{2, 2}) {
		t.Errorf("key label at %v, want 2:2", kp)
	}
	if got := humanPath(v, []string{"basics", "label"}); got != "basics.label" {
		t.Errorf("humanPath = %q", got)
	}
}

func TestValidNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "-0": true, "12": true, "1.5": true, "1e5": true, "1E+5": true, "-1.5e-3": true,
		"01": false, "+1": false, ".5": false, "1.": false, "1e": false, "--1": false, "": false, "-": false, "1.5.2": false,
	} {
		if validNumber(s) != want {
			t.Errorf("validNumber(%q) = %v", s, !want)
		}
	}
}
