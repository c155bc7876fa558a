package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// noUserTaxonomy points the config folder at an empty one, so a skills
// file on the machine running the tests cannot change their output.
func noUserTaxonomy(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("HOME", dir)
	t.Setenv("AppData", dir)
}

func TestCompareMarkdown(t *testing.T) {
	noUserTaxonomy(t)
	code, out, errs := runCmd(t, "compare", "colomina", "medda", "--format", "md")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.RequireEqual(t, out)
	for _, want := range []string{"# Comparing Alejandro Colomina and Andrea Medda", "On one axis, 2015–2026",
		"| Go | 8y 4m · 2026 | 10y 7m · 2026 |", "| Chef | *claimed* |  |", "| Redis | *claimed* |  |"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestCompareUndatedMarkdown(t *testing.T) {
	noUserTaxonomy(t)
	code, out, errs := runCmd(t, "compare", "001", "002", "004", "--format", "md", "--sort", "distinguishing")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.RequireEqual(t, out)
}

func TestCompareArgs(t *testing.T) {
	noUserTaxonomy(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ada.json"), []byte(`{"basics":{"name":"Ada"},"work":[{"name":"A","startDate":"2020-01"}]}`), 0o644)
	os.WriteFile(filepath.Join(dir, "bob.json"), []byte(`{"basics":{"name":"Bob"},"work":[{"name":"B","startDate":"2019-01"}]}`), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		out  string
		errs string
	}{
		{"text", []string{"compare", "colomina", "medda"}, 0, "Comparing Alejandro Colomina and Andrea Medda", ""},
		{"paths after names", []string{"compare", "ada", "bob", dir}, 0, "Ada and Bob", ""},
		{"flags first", []string{"compare", "--sort", "years", "ada", "bob", dir}, 0, "most years first", ""},
		{"one name", []string{"compare", "colomina"}, 2, "", "two to four NAMEs"},
		{"five names", []string{"compare", "000", "001", "002", "003", "004"}, 2, "", "at most 4"},
		{"twice the same", []string{"compare", "colomina", "000"}, 1, "", "name different people"},
		{"unknown name", []string{"compare", "colomina", "nobody"}, 1, "", "no profile matches"},
		{"bad format", []string{"compare", "000", "003", "--format", "xml"}, 2, "", "unknown --format"},
		{"bad sort", []string{"compare", "000", "003", "--sort", "name"}, 2, "", "unknown --sort"},
		{"missing taxonomy", []string{"compare", "000", "003", "--taxonomy", filepath.Join(dir, "none.yaml")}, 1, "", "taxonomy"},
		{"missing path", []string{"compare", "ada", "bob", filepath.Join(dir, "gone.json")}, 1, "", "gone.json"},
		{"help", []string{"compare", "--help"}, 0, "Usage: vitae compare", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.errs) {
				t.Fatalf("exit %d, stdout %.200q, stderr %q; want %d, %q, %q", code, out, errs, tt.code, tt.out, tt.errs)
			}
		})
	}
}

func TestCompareJSON(t *testing.T) {
	noUserTaxonomy(t)
	code, out, errs := runCmd(t, "compare", "000", "003", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v struct {
		People []struct{ Name string }
		Skills []struct{ Name string }
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || len(v.People) != 2 || len(v.Skills) == 0 {
		t.Fatalf("JSON %v: %d people, %d skills", err, len(v.People), len(v.Skills))
	}
}
