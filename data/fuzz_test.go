package data

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
)

// fuzzTimeLimit bounds one Parse of a fuzzed input (at most MaxFileSize
// bytes). Real inputs take well under a millisecond per KiB; the margin
// absorbs coverage instrumentation on a loaded machine (a 539-byte input
// once took 2.5 s there, and 1 ms when re-run).
const fuzzTimeLimit = 10 * time.Second

// addFixtures seeds a fuzz target with the fixtures of one kind.
func addFixtures(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				f.Add(b)
			}
		}
	}
}

// checkParse asserts what must hold for any input: no panic, bounded
// time, well-formed problems, and a loaded profile that writes back and
// reads again unchanged, in both formats.
func checkParse(t *testing.T, b []byte, f Format) {
	start := time.Now()
	r, probs := testLoader.Parse("fuzz", b, f)
	if d := time.Since(start); d > fuzzTimeLimit {
		t.Fatalf("Parse took %v", d)
	}
	for _, p := range probs {
		if p.Message == "" || p.File != "fuzz" || p.Line < 0 || p.Col < 0 || p.Severity > model.Error {
			t.Fatalf("malformed problem %+v", p)
		}
		if p.Severity == model.Error && r != nil {
			t.Fatalf("loaded despite error %s", p)
		}
	}
	if r == nil {
		return
	}
	for _, out := range []Format{FormatJSON, FormatYAML} {
		w, err := Marshal(r, out)
		if err != nil {
			t.Fatalf("Marshal %s: %v", out, err)
		}
		r2, probs2 := testLoader.Parse("fuzz", w, out)
		if r2 == nil && noSections(r) {
			continue // {"work": []} is written as {}: no longer recognisable as a profile
		}
		if r2 == nil {
			t.Fatalf("written %s does not load: %v\n%s", out, probs2, w)
		}
		// Compared as written: an empty list is written as nothing and
		// read back as nil, which is the same document.
		if w2, err := Marshal(r2, out); err != nil || !bytes.Equal(w, w2) {
			t.Fatalf("%s round trip differs:\n%s\n---\n%s", out, w, w2)
		}
	}
}

// noSections reports whether r has nothing in any JSON Resume section.
func noSections(r *model.Resume) bool {
	c := *r
	c.Extra, c.Schema = nil, ""
	js, err := Marshal(&c, FormatJSON)
	return err == nil && string(js) == "{}\n"
}

func FuzzParseJSON(f *testing.F) {
	addFixtures(f, "testdata/malformed/*.json", "testdata/peer/*.json", "testdata/peer/cases/*.json")
	f.Fuzz(func(t *testing.T, b []byte) {
		checkParse(t, b, FormatJSON)
		// Differential check of the syntax pass against encoding/json:
		// they agree on what is JSON, except that vitae also rejects
		// invalid UTF-8 and duplicate keys, and deep nesting.
		b = bytes.TrimPrefix(b, bom)
		rep := &report{file: "fuzz"}
		_, ok := parseJSON(b, rep, 10000)
		clean := ok && !rep.failed()
		if clean && len(bytes.TrimSpace(b)) > 0 && !json.Valid(b) {
			t.Fatalf("vitae accepts what encoding/json rejects: %q", b)
		}
		if !ok && json.Valid(b) && utf8.Valid(b) {
			t.Fatalf("vitae rejects valid JSON: %q: %v", b, rep.sorted())
		}
	})
}

func FuzzParseYAML(f *testing.F) {
	addFixtures(f, "testdata/malformed/*.yaml", "testdata/malformed/*.yml")
	f.Add([]byte("basics:\n  name: Ada\nwork:\n  - name: Acme\n    startDate: '2018-07'\n    highlights:\n      - |\n        two\n        lines\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkParse(t, b, FormatYAML)
	})
}
