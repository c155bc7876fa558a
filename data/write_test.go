package data

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestWriteFileAtomicAndReadable(t *testing.T) {
	r := mustParse(t, "u", []byte(unknownEverywhere), FormatJSON)
	dir := t.TempDir()
	for _, name := range []string{"ada.json", "ada.yaml", "ada.yml"} {
		path := filepath.Join(dir, name)
		if err := WriteFile(path, r); err != nil {
			t.Fatal(err)
		}
		res := testLoader.Load(path)
		if len(res.Profiles) != 1 || len(res.Problems) != 0 {
			t.Fatalf("%s: %v", name, res.Problems)
		}
		if !reflect.DeepEqual(&res.Profiles[0].Resume, r) {
			t.Errorf("%s: written profile differs when read back", name)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileReplacesKeepingModeAndLinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.json")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("real.json", link); err != nil {
		t.Skip("symlinks:", err)
	}
	r := &model.Resume{Basics: &model.Basics{Name: "New"}}
	if err := WriteFile(link, r); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	b, _ := os.ReadFile(target)
	if !strings.Contains(string(b), `"name": "New"`) {
		t.Errorf("target not rewritten: %s", b)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
	}
}

func TestWriteFileRefuses(t *testing.T) {
	dir := t.TempDir()
	r := &model.Resume{Basics: &model.Basics{Name: "X"}}
	if err := WriteFile(filepath.Join(dir, "x.txt"), r); err == nil || !strings.Contains(err.Error(), ".json, .yaml or .yml") {
		t.Errorf("unknown extension: %v", err)
	}
	sub := filepath.Join(dir, "folder.json")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(sub, r); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("folder: %v", err)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x.json"), r); err == nil {
		t.Error("missing folder: no error")
	}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]Format{"a.json": FormatJSON, "B.JSON": FormatJSON, "c.yaml": FormatYAML, "d.YML": FormatYAML, "e.txt": "", "json": ""} {
		got, ok := FormatOf(path)
		if got != want || ok != (want != "") {
			t.Errorf("FormatOf(%q) = %q, %v", path, got, ok)
		}
	}
}

func TestWriteFileFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keep.json")
	if err := os.WriteFile(path, []byte("precious"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, nil); err == nil {
		t.Fatal("WriteFile(nil) did not fail")
	}
	if os.Chmod(dir, 0o500) == nil && os.Geteuid() != 0 { // read-only folder: no temp file possible
		defer os.Chmod(dir, 0o700)
		if err := WriteFile(path, &model.Resume{Basics: &model.Basics{Name: "X"}}); err == nil {
			t.Error("write into a read-only folder did not fail")
		}
	}
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Errorf("old file changed: %q", b)
	}
}
