package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/model"
)

// runCmd runs vitae with args and returns its exit code, stdout and stderr.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		clock:  model.FixedClock(time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)),
		getenv: func(string) string { return "" },
		isTTY:  func(any) bool { return false },
	}
	code := run(e, args)
	return code, out.String(), errb.String()
}

func TestValidateEmbedded(t *testing.T) {
	code, out, errs := runCmd(t, "validate")
	if code != 0 {
		t.Fatalf("validate of the embedded profiles exited %d:\n%s%s", code, out, errs)
	}
	if strings.Contains(out, ": error:") {
		t.Errorf("embedded profiles have errors:\n%s", out)
	}
	if !strings.Contains(errs, "5 profiles loaded; 0 errors") {
		t.Errorf("summary = %q", errs)
	}
}

func TestValidateBadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(good, []byte(`{"basics":{"name":"Ada"}}`), 0o644)
	os.WriteFile(bad, []byte("{\n  \"basics\": {\"name\": \"B\"},\n  \"work\": [{\"startDate\": \"2013-02-30\"}]\n}\n"), 0o644)
	code, out, errs := runCmd(t, "validate", dir)
	if code != 1 {
		t.Fatalf("exit = %d, want 1 (an error)\n%s%s", code, out, errs)
	}
	want := bad + ":3:26: error:"
	if !strings.Contains(out, want) || !strings.Contains(out, "Feb 2013 has 28 days") {
		t.Errorf("want a line starting %q naming the impossible date, got:\n%s", want, out)
	}
	if !strings.Contains(errs, "1 profile loaded; 1 error") {
		t.Errorf("the good file must still load: %q", errs)
	}
}

func TestShowJSONHasEveryBullet(t *testing.T) {
	code, out, errs := runCmd(t, "show", "colomina", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r model.Resume
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if r.Basics == nil || r.Basics.Name != "Alejandro Colomina" {
		t.Fatalf("wrong profile: %+v", r.Basics)
	}
	seed, err := os.ReadFile("../../data/seeds/000_951a850dc3e8625b.txt")
	if err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var texts []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			texts = append(texts, norm(v))
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	all := strings.Join(texts, "\n")
	for _, line := range strings.Split(string(seed), "\n") {
		l := strings.TrimSpace(line)
		if !strings.HasPrefix(l, "- ") {
			continue
		}
		text := norm(strings.TrimPrefix(strings.TrimPrefix(l, "- "), "★ "))
		if !strings.Contains(all, text) {
			t.Errorf("bullet missing from show --format json: %q", text)
		}
	}
}

func TestShowByNameOrHandle(t *testing.T) {
	for q, want := range map[string]string{
		"000": "Alejandro Colomina", "medda": "Andrea Medda", "dsaiztc": "dsaiztc", "003": "Andrea Medda",
	} {
		code, out, errs := runCmd(t, "show", q)
		if code != 0 || !strings.HasPrefix(out, want+"\n") {
			t.Errorf("show %s: exit %d, first line %q, stderr %q", q, code, strings.SplitN(out, "\n", 2)[0], errs)
		}
	}
}

func TestShowAmbiguousAndMissing(t *testing.T) {
	code, _, errs := runCmd(t, "show", "0")
	if code != 1 || !strings.Contains(errs, "matches 5 profiles") || !strings.Contains(errs, "003-andrea-medda") {
		t.Errorf("ambiguous: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "show", "nobody-at-all")
	if code != 1 || !strings.Contains(errs, "no profile matches") || !strings.Contains(errs, "000-alejandro-colomina") {
		t.Errorf("missing: exit %d, stderr %q", code, errs)
	}
}

func TestShowYAMLRoundTrips(t *testing.T) {
	code, out, errs := runCmd(t, "show", "medda", "--format", "yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	path := filepath.Join(t.TempDir(), "medda.yaml")
	os.WriteFile(path, []byte(out), 0o644)
	code, vout, verrs := runCmd(t, "validate", path)
	if code != 0 || strings.Contains(vout, "error") {
		t.Errorf("YAML written by show does not validate: %s%s", vout, verrs)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help", "show"}, {"show", "--help"}, {"validate", "-h"}, {"--version"}} {
		code, out, _ := runCmd(t, args...)
		if code != 0 || out == "" {
			t.Errorf("%v: exit %d, out %q", args, code, out)
		}
	}
	if _, out, _ := runCmd(t, "show", "--help"); !strings.Contains(out, "Examples:") {
		t.Errorf("show --help has no examples:\n%s", out)
	}
	if code, _, errs := runCmd(t, "show", "--bogus"); code != 2 || !strings.Contains(errs, "--help") {
		t.Errorf("bad flag: exit %d, %q", code, errs)
	}
}

func TestTUIRefusesNonTerminal(t *testing.T) {
	code, _, errs := runCmd(t)
	if code != 2 || !strings.Contains(errs, "needs a terminal") {
		t.Errorf("exit %d, %q", code, errs)
	}
}
