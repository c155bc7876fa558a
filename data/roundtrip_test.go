package data

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// unknownEverywhere has keys vitae does not model at every level.
const unknownEverywhere = `{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "x-top": {"nested": [1, 2.50, -3e2, true, null, "R&D <team>"]},
  "basics": {
    "name": "Ada Lovelace",
    "x-pronouns": "she/her",
    "location": {"city": "London", "x-borough": "Marylebone"},
    "profiles": [{"network": "GitHub", "username": "ada", "x-followers": 1815}]
  },
  "work": [
    {
      "name": "Analytical Engine",
      "position": "Programmer",
      "startDate": "1842-10",
      "endDate": "1843-07",
      "highlights": ["Wrote the first program", "  Note G: Bernoulli numbers"],
      "x-team": {"lead": "Babbage", "size": 2}
    }
  ],
  "skills": [{"name": "Mathematics", "keywords": ["analysis"], "x-years": 20}],
  "meta": {"version": "v1.0.0", "x-generator": {"name": "hand", "emptyList": [], "emptyObject": {}}}
}
`

func mustParse(t *testing.T, name string, b []byte, f Format) *model.Resume {
	t.Helper()
	r, probs := testLoader.Parse(name, b, f)
	if r == nil {
		t.Fatalf("%s does not load:\n%s", name, problemLines(probs))
	}
	for _, p := range probs {
		if p.Severity != model.Notice {
			t.Fatalf("%s: unexpected problem %s", name, p)
		}
	}
	return r
}

func mustMarshal(t *testing.T, r *model.Resume, f Format) []byte {
	t.Helper()
	b, err := Marshal(r, f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	sample, err := os.ReadFile("testdata/peer/sample.resume.json")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{"sample": sample, "unknown keys": []byte(unknownEverywhere)}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			first := mustParse(t, name, doc, FormatJSON)
			js := mustMarshal(t, first, FormatJSON)
			second := mustParse(t, name+" (json)", js, FormatJSON)
			if !reflect.DeepEqual(first, second) {
				t.Errorf("load → write JSON → load differs:\n%s", js)
			}
			ya := mustMarshal(t, first, FormatYAML)
			third := mustParse(t, name+" (yaml)", ya, FormatYAML)
			if !reflect.DeepEqual(first, third) {
				t.Errorf("load → write YAML → load differs:\n%s", ya)
			}
			if js2 := mustMarshal(t, third, FormatJSON); !bytes.Equal(js, js2) {
				t.Errorf("JSON → YAML → JSON differs:\n%s\n---\n%s", js, js2)
			}
		})
	}
}

func TestUnknownKeysKeptAtEveryLevel(t *testing.T) {
	r := mustParse(t, "u", []byte(unknownEverywhere), FormatJSON)
	out := string(mustMarshal(t, r, FormatJSON))
	for _, want := range []string{
		`"x-top": {`, `"R&D <team>"`, `2.50`, `-3e2`, `"x-pronouns": "she/her"`, `"x-borough": "Marylebone"`,
		`"x-followers": 1815`, `"x-team": {`, `"x-years": 20`, `"x-generator": {`, `"emptyList": []`, `"emptyObject": {}`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("written JSON lacks %s:\n%s", want, out)
		}
	}
}

func TestMarshalLayout(t *testing.T) {
	r := &model.Resume{
		Basics: &model.Basics{Name: "Ada", Summary: "Line one\nLine two"},
		Work:   []model.Work{{Name: "Acme", StartDate: model.YearMonth(2018, 7)}},
	}
	js := string(mustMarshal(t, r, FormatJSON))
	wantJSON := "{\n  \"basics\": {\n    \"name\": \"Ada\",\n    \"summary\": \"Line one\\nLine two\"\n  },\n" +
		"  \"work\": [\n    {\n      \"name\": \"Acme\",\n      \"startDate\": \"2018-07\"\n    }\n  ]\n}\n"
	if js != wantJSON {
		t.Errorf("JSON:\n%s\nwant:\n%s", js, wantJSON)
	}
	ya := string(mustMarshal(t, r, FormatYAML))
	wantYAML := "basics:\n  name: Ada\n  summary: |-\n    Line one\n    Line two\nwork:\n  - name: Acme\n    startDate: \"2018-07\"\n"
	if ya != wantYAML {
		t.Errorf("YAML:\n%s\nwant:\n%s", ya, wantYAML)
	}
	if _, err := Marshal(nil, FormatJSON); err == nil {
		t.Error("Marshal(nil) did not fail")
	}
	if _, err := Marshal(r, "toml"); err == nil {
		t.Error("Marshal to toml did not fail")
	}
}
