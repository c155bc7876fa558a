package data

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// maxRejectTime is how long one malformed file may take to be rejected.
// The goal is ~100 ms; the margin absorbs a busy shared CI machine.
const maxRejectTime = 250 * time.Millisecond

// TestMalformedFixtures loads every file of testdata/malformed one by one
// and compares all its problem lines, exactly, with
// testdata/malformed.golden (go test -run Malformed -update rewrites it).
func TestMalformedFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/malformed/*")
	if err != nil || len(files) < 30 {
		t.Fatalf("want 30+ fixtures, found %d (%v)", len(files), err)
	}
	testLoader.Load("testdata/peer/sample.resume.json") // warm up
	var b strings.Builder
	for _, f := range files {
		start := time.Now()
		res := testLoader.Load(f)
		if d := time.Since(start); d > maxRejectTime {
			t.Errorf("%s took %v", f, d)
		}
		fmt.Fprintf(&b, "# %s: %d profile(s)\n", filepath.Base(f), len(res.Profiles))
		b.WriteString(problemLines(res.Problems))
		if len(res.Problems) == 0 {
			t.Errorf("%s: no problem reported", f)
		}
		for _, p := range res.Problems {
			if p.Message == "" || p.File != f {
				t.Errorf("%s: bad problem %+v", f, p)
			}
		}
	}
	golden := "testdata/malformed.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("problems differ from %s (run with -update to rewrite):\n%s", golden, lineDiff(string(want), got))
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
