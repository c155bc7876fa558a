package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// TestLoadImportsTextResumes checks that a folder mixing JSON, YAML,
// Markdown and text résumés lists every person, marks the imported ones and
// skips text that is not a résumé with a notice.
func TestLoadImportsTextResumes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ada.json", `{"basics":{"name":"Ada Lovelace"},"work":[{"name":"Engine","startDate":"1843"}]}`)
	write("grace.yaml", "basics:\n  name: Grace Hopper\nwork:\n  - name: Navy\n    startDate: \"1943\"\n")
	seed, err := os.ReadFile("seeds/003_0eeb988c67f850f1.txt")
	if err != nil {
		t.Fatal(err)
	}
	write("andrea.md", string(seed))
	write("linus.txt", "Linus Example\nlinus@example.com\n\nEXPERIENCE\n\nAcme Corp — Staff Engineer (2018–2021)\n- Built the build system\n")
	write("groceries.txt", "buy milk\nbuy eggs\n")

	res := Load(dir)
	names := map[string]*model.Profile{}
	for _, p := range res.Profiles {
		names[p.Name()] = p
	}
	for _, want := range []string{"Ada Lovelace", "Grace Hopper", "Andrea Medda", "Linus Example"} {
		if names[want] == nil {
			t.Errorf("%s not loaded; problems:\n%v", want, res.Problems)
		}
	}
	if p := names["Andrea Medda"]; p != nil && (!p.Source.Imported || p.Source.Format != "markdown" || len(p.Resume.Work) == 0) {
		t.Errorf("Markdown résumé: source %+v, %d roles", p.Source, len(p.Resume.Work))
	}
	if p := names["Ada Lovelace"]; p != nil && p.Source.Imported {
		t.Error("a JSON profile is not imported")
	}
	var skipped bool
	for _, pr := range res.Problems {
		if strings.HasSuffix(pr.File, "groceries.txt") {
			skipped = pr.Severity == model.Notice && strings.Contains(pr.Message, "no résumé found")
		}
		if pr.Severity == model.Error {
			t.Errorf("unexpected error: %v", pr)
		}
	}
	if !skipped || len(res.Profiles) != 4 {
		t.Errorf("groceries.txt must be skipped with a notice; got %d profiles, problems %v", len(res.Profiles), res.Problems)
	}
}

// TestLoadTextNamedExplicitly checks that a text file named on the command
// line that holds no résumé is an error, so `vitae validate notes.txt` fails.
func TestLoadTextNamedExplicitly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(path, []byte("nothing to see\n"), 0o644)
	res := Load(path)
	if len(res.Profiles) != 0 || !res.HasErrors() {
		t.Errorf("profiles %d, problems %v", len(res.Profiles), res.Problems)
	}
}
