package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
)

// runCmdStdin is runCmd with standard input.
func runCmdStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		clock:  model.FixedClock(time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)),
		getenv: func(string) string { return "" },
		isTTY:  func(any) bool { return false },
	}
	return run(e, args), out.String(), errb.String()
}

const sampleResume = `Ada Quill
ada@example.org

Experience

Acme Labs — Senior Engineer (2019–2021)
- Built the \x1b[31mthing\x1b[0m
- Led a team of 4

Acme Labs — Engineer (2030–2031)
- Future role
`

func TestImportStdout(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ada.txt")
	os.WriteFile(in, []byte(strings.ReplaceAll(sampleResume, `\x1b`, "\x1b")), 0o644)
	code, out, errs := runCmd(t, "import", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r model.Resume
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if r.Basics == nil || r.Basics.Name != "Ada Quill" || r.Basics.Email != "ada@example.org" {
		t.Errorf("basics = %+v", r.Basics)
	}
	if len(r.Work) != 2 || r.Work[0].Name != "Acme Labs" || r.Work[0].Position != "Senior Engineer" || r.Work[0].StartDate.String() != "2019" {
		t.Errorf("work = %+v", r.Work)
	}
	if strings.Contains(out, "\x1b") || strings.Contains(out, `\u001b`) {
		t.Errorf("escape sequence reached the output: %q", out)
	}
	if !strings.Contains(errs, in+":10:") || !strings.Contains(errs, ": warning: ") || !strings.Contains(errs, "future") {
		t.Errorf("want a file:line:col warning about the future date, got %q", errs)
	}
}

func TestImportOutputNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ada.yaml")
	code, _, errs := runCmdStdin(t, sampleResume, "import", "-", "-o", out)
	if code != 0 {
		t.Fatalf("first write: exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "name: Ada Quill") {
		t.Fatalf("YAML output = %s", b)
	}
	os.WriteFile(out, []byte("mine\n"), 0o644)
	code, _, errs = runCmdStdin(t, sampleResume, "import", "-", "-o", out)
	if code != 1 || !strings.Contains(errs, "--force") {
		t.Errorf("overwrite without --force: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(out); string(b) != "mine\n" {
		t.Errorf("existing file was changed: %q", b)
	}
	if code, _, errs = runCmdStdin(t, sampleResume, "import", "-", "-o", out, "--force"); code != 0 {
		t.Errorf("--force: exit %d, %s", code, errs)
	}
}

func TestImportUsageAndExplain(t *testing.T) {
	if code, _, _ := runCmd(t, "import"); code != 2 {
		t.Errorf("no FILE: exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "import", "a.txt", "-o", "out.txt"); code != 2 {
		t.Errorf("unknown output format: exit %d, want 2", code)
	}
	if code, _, errs := runCmd(t, "import", filepath.Join(t.TempDir(), "missing.txt")); code != 1 || errs == "" {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
	code, _, errs := runCmdStdin(t, sampleResume, "import", "-", "--explain")
	if code != 0 || !strings.Contains(errs, "<stdin>:6: work[0].position:") || !strings.Contains(errs, "| Acme Labs — Senior Engineer (2019–2021)") {
		t.Errorf("--explain output: exit %d\n%s", code, errs)
	}
}

// TestImportedValidates imports every labelled résumé and seed and checks
// the output with the data package's validator: no errors, and no warnings
// (links have schemes, dates are canonical) — except "no name, no work" for
// the blog and the bio, which name no one and hold no dated roles.
func TestImportedValidates(t *testing.T) {
	files, _ := filepath.Glob("../../data/importer/testdata/labelled/*.[tm][xd]*")
	seeds, _ := filepath.Glob("../../data/seeds/*.txt")
	files = append(files, seeds...)
	if len(files) < 20 {
		t.Fatalf("found only %d résumés", len(files))
	}
	for _, f := range files {
		code, out, errs := runCmd(t, "import", f)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", f, code, errs)
			continue
		}
		for _, p := range data.Validate(filepath.Base(f)+".json", []byte(out), data.FormatJSON) {
			narrative := strings.HasPrefix(filepath.Base(f), "002_") || strings.HasPrefix(filepath.Base(f), "004_")
			if narrative && p.Severity == model.Warning && strings.Contains(p.Message, "no name, no work") {
				continue
			}
			t.Errorf("%s", p)
		}
	}
}
