package model

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestUnknownKeysRoundTrip checks that keys vitae does not model survive a
// decode and encode at every level of the document.
func TestUnknownKeysRoundTrip(t *testing.T) {
	in := `{
	  "x-top": {"a": [1, 2]},
	  "basics": {"name": "Ada", "pronouns": "she/her",
	    "location": {"city": "London", "x-geo": [51.5, -0.1]},
	    "profiles": [{"network": "GitHub", "username": "ada", "x-verified": true}]},
	  "work": [{"name": "Engine", "startDate": "1843", "x-team": "Analytics", "highlights": ["Notes"]}],
	  "certificates": [{"name": "CKA", "id": "LF-123"}],
	  "meta": {"version": "1.0.0", "vitae": {"seed": "x.txt", "inferences": ["one"]}}
	}`
	var r Resume
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if string(r.Basics.Extra["pronouns"]) != `"she/her"` || r.Work[0].Extra["x-team"] == nil ||
		r.Certificates[0].Extra["id"] == nil || r.Meta.Extra["vitae"] == nil ||
		r.Basics.Location.Extra["x-geo"] == nil || r.Basics.Profiles[0].Extra["x-verified"] == nil {
		t.Fatalf("unknown keys lost on decode: %+v", r)
	}
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if err := json.Unmarshal([]byte(in), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out, &b); err != nil {
		t.Fatalf("encoded JSON invalid: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("round trip changed the document:\n in: %v\nout: %v", a, b)
	}
}

func TestEmptyObjectWithExtra(t *testing.T) {
	l := Location{Extra: Extra{"x": json.RawMessage(`1`)}}
	b, err := json.Marshal(l)
	if err != nil || string(b) != `{"x":1}` {
		t.Errorf("Marshal = %s, %v", b, err)
	}
}
