package data

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// peerCase is one named document of the JSON Resume test suite.
type peerCase struct {
	file, key string
	doc       []byte
}

// readPeerCases reads testdata/peer/cases/*.json (except dates.json) as
// key → document, in a stable order.
func readPeerCases(t *testing.T) []peerCase {
	t.Helper()
	files, err := filepath.Glob("testdata/peer/cases/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no peer cases: %v", err)
	}
	var out []peerCase
	for _, f := range files {
		if filepath.Base(f) == "dates.json" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out = append(out, peerCase{filepath.Base(f), k, m[k]})
		}
	}
	return out
}

func errorsOf(ps []model.Problem) []model.Problem {
	var out []model.Problem
	for _, p := range ps {
		if p.Severity == model.Error {
			out = append(out, p)
		}
	}
	return out
}

func TestPeerSuite(t *testing.T) {
	valid, invalid := 0, 0
	for _, c := range readPeerCases(t) {
		name := c.file + "#" + c.key
		probs := testLoader.Validate(name, c.doc, FormatJSON)
		errs := errorsOf(probs)
		isValid := strings.Contains(c.key, "Valid") || (c.file == "schema.json" && c.key == "valid")
		isInvalid := strings.Contains(c.key, "Invalid") || (c.file == "schema.json" && c.key == "invalid")
		switch {
		case isValid:
			valid++
			if len(errs) > 0 {
				t.Errorf("%s: valid case rejected:\n%s", name, problemLines(errs))
			}
		case isInvalid:
			invalid++
			if len(errs) == 0 {
				t.Errorf("%s: invalid case accepted:\n%s", name, problemLines(probs))
				continue
			}
			// A clear message: located, naming the key path under the
			// section the case file is about, and saying what to do.
			section := strings.TrimSuffix(c.file, ".json")
			if section == "schema" {
				section = "$schema"
			}
			for _, e := range errs {
				if e.Line == 0 || e.Col == 0 || !strings.HasPrefix(e.Message, section) || !strings.Contains(e.Message, " — ") {
					t.Errorf("%s: unclear message: %s", name, e)
				}
			}
		default:
			t.Errorf("%s: neither valid nor invalid", name)
		}
	}
	if valid != 117+1 || invalid != 95+1 {
		t.Errorf("counted %d valid and %d invalid cases, want 118 and 96", valid, invalid)
	}
}

func TestPeerDatesAsStartDate(t *testing.T) {
	b, err := os.ReadFile("testdata/peer/cases/dates.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	valid, invalid := 0, 0
	for k, d := range m {
		doc, _ := json.Marshal(map[string]any{"work": []any{map[string]string{"name": "Pied Piper", "startDate": d}}})
		errs := errorsOf(testLoader.Validate("dates.json#"+k, doc, FormatJSON))
		if k == "invalid" {
			invalid++
			want := `dates.json#invalid:1:43: error: work[0].startDate: "2013-12-021" is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD`
			if len(errs) != 1 || errs[0].String() != want {
				t.Errorf("%s = %q: got\n%s\nwant\n%s", k, d, problemLines(errs), want)
			}
			continue
		}
		valid++
		if len(errs) > 0 {
			t.Errorf("%s = %q rejected:\n%s", k, d, problemLines(errs))
		}
	}
	if valid != 3 || invalid != 1 {
		t.Errorf("dates: %d valid, %d invalid; want 3 and 1", valid, invalid)
	}
}

func TestPeerSampleLoadsCleanly(t *testing.T) {
	b, err := os.ReadFile("testdata/peer/sample.resume.json")
	if err != nil {
		t.Fatal(err)
	}
	r, probs := testLoader.Parse("sample.resume.json", b, FormatJSON)
	if r == nil || len(probs) > 0 {
		t.Fatalf("sample: loaded=%v problems:\n%s", r != nil, problemLines(probs))
	}
	if r.Basics == nil || r.Basics.Name != "Richard Hendriks" || len(r.Work) == 0 {
		t.Errorf("sample decoded wrong: %+v", r.Basics)
	}
}

func TestEmbeddedSchemaIsThePeerSchema(t *testing.T) {
	peer, err := os.ReadFile("testdata/peer/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(peer, schemaJSON) {
		t.Error("data/schema.json differs from testdata/peer/schema.json; copy the peer schema unchanged")
	}
}
