package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/model"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/ada.json":          `{"basics": {"name": "Ada B"}}`,
		"a/ada.yaml":          "basics:\n  name: Ada A\n",
		"a/ada-2.json":        `{"basics": {"name": "Ada Two"}}`,
		"a/broken.json":       `{"basics": `,
		"a/notes.txt":         "not a profile",
		"a/.hidden.json":      `{"basics": {"name": "Hidden"}}`,
		".git/config.json":    `{"basics": {"name": "Git"}}`,
		"c/deep/bob.yml":      "basics:\n  name: Bob\n",
		"c/deep/package.json": `{"name": "left-pad"}`,
	})
	res := testLoader.Load(dir)
	var got []string
	for _, p := range res.Profiles {
		got = append(got, p.ID+"="+p.Resume.Basics.Name)
	}
	want := "ada-2=Ada Two ada=Ada A ada-3=Ada B bob=Bob"
	if strings.Join(got, " ") != want {
		t.Errorf("profiles = %v, want %s", got, want)
	}
	var probs []string
	for _, p := range res.Problems {
		rel, _ := filepath.Rel(dir, p.File)
		probs = append(probs, filepath.ToSlash(rel)+": "+p.Severity.String())
	}
	wantProbs := "a/broken.json: error a/notes.txt: notice c/deep/package.json: notice"
	if strings.Join(probs, " ") != wantProbs {
		t.Errorf("problems = %v, want %s", probs, wantProbs)
	}
	if !res.HasErrors() {
		t.Error("HasErrors = false with a broken file")
	}
	for _, p := range res.Profiles {
		if p.Source.Embedded || !strings.HasPrefix(p.Source.Path, dir) {
			t.Errorf("bad source %+v", p.Source)
		}
	}
}

func TestLoadFilesAndMissing(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x.json": `{"basics": {"name": "X"}}`})
	missing := filepath.Join(dir, "nope.json")
	res := testLoader.Load(missing, filepath.Join(dir, "x.json"))
	if len(res.Profiles) != 1 || res.Profiles[0].ID != "x" || res.Profiles[0].Source.Format != "json" {
		t.Fatalf("profiles = %+v", res.Profiles)
	}
	want := missing + ": error: no such file or folder"
	if len(res.Problems) != 1 || res.Problems[0].String() != want {
		t.Errorf("problems = %v, want %s", res.Problems, want)
	}
}

func TestLoadRefusesHugeFileWithoutReading(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	start := time.Now()
	res := testLoader.Load(path)
	if d := time.Since(start); d > maxRejectTime {
		t.Errorf("took %v", d)
	}
	want := path + ": error: the file is 1 GiB (1073741824 bytes); the limit is 1 MiB — a résumé is far smaller; is this the right file?"
	if len(res.Problems) != 1 || res.Problems[0].String() != want {
		t.Errorf("problems = %v\nwant %s", res.Problems, want)
	}
	// The same limit holds for bytes handed to Parse.
	_, probs := Loader{MaxSize: 10}.Parse("p.json", []byte(`{"basics": {}}`), FormatJSON)
	if len(probs) != 1 || !strings.Contains(probs[0].Message, "14 bytes") {
		t.Errorf("Parse over the limit: %v", probs)
	}
}

// deep returns a document nested n levels deep.
func deep(open, close string, n int) []byte {
	return []byte(`{"basics": {"x": ` + strings.Repeat(open, n) + strings.Repeat(close, n) + "}}")
}

func TestDeepNestingFailsFast(t *testing.T) {
	tests := []struct {
		name string
		doc  []byte
		f    Format
		want string
	}{
		{"json", deep("[", "]", 100000), FormatJSON,
			"d:1:80: error: nesting deeper than 64 levels — a résumé never needs this much; is the file generated?"},
		{"json objects", deep(`{"a":`, "}", 100000), FormatJSON,
			"d:1:328: error: nesting deeper than 64 levels — a résumé never needs this much; is the file generated?"},
		{"yaml flow", []byte("basics:\n  x: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000)), FormatYAML,
			"d:2:3: error: YAML syntax: exceeded max depth of 10000 — a résumé never needs this much nesting; is the file generated?"},
		{"yaml block", []byte("basics:\n  x:\n" + yamlBlockNest(200)), FormatYAML,
			"d:65:129: error: nesting deeper than 64 levels — a résumé never needs this much; is the file generated?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			r, probs := testLoader.Parse("d", tt.doc, tt.f)
			if d := time.Since(start); d > maxRejectTime {
				t.Errorf("took %v", d)
			}
			if r != nil || len(probs) != 1 || probs[0].String() != tt.want {
				t.Errorf("got %v\nwant %s", probs, tt.want)
			}
		})
	}
}

// yamlBlockNest writes n nested block mappings, indented two spaces more
// at each level.
func yamlBlockNest(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i+2) + "k:\n")
	}
	return b.String()
}

func TestOneBadFileNeverStopsTheOthers(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"good.json": `{"basics": {"name": "Good"}}`}
	for i, name := range []string{"dup.json", "bad.yaml", "utf.json", "date.json"} {
		files[name] = []string{`{"basics": {"name": "a", "name": "b"}}`, "basics: [", "{\"basics\": {\"name\": \"\xff\"}}",
			`{"work": [{"startDate": "2013-02-30"}]}`}[i]
	}
	writeFiles(t, dir, files)
	res := testLoader.Load(dir)
	if len(res.Profiles) != 1 || res.Profiles[0].Name() != "Good" {
		t.Errorf("profiles = %v", res.Profiles)
	}
	errs := 0
	for _, p := range res.Problems {
		if p.Severity == model.Error {
			errs++
		}
	}
	if errs != 4 {
		t.Errorf("errors = %d, want 4:\n%s", errs, problemLines(res.Problems))
	}
}
