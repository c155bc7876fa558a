//go:build unix

package data

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// loadWithin runs Load and fails the test if it does not return in time:
// opening a FIFO for reading would block forever.
func loadWithin(t *testing.T, paths ...string) Result {
	t.Helper()
	done := make(chan Result, 1)
	go func() { done <- testLoader.Load(paths...) }()
	select {
	case res := <-done:
		return res
	case <-time.After(5 * time.Second):
		t.Fatal("Load hung")
	}
	return Result{}
}

func TestLoadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	zero := filepath.Join(t.TempDir(), "zero.json")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{fifo, fifo + ": error: is a named pipe (FIFO), not a file — refused; vitae reads only regular files"},
		{zero, zero + ": error: is a device, not a file — refused; vitae reads only regular files"},
		{dir, fifo + ": error: is a named pipe (FIFO), not a file — refused; vitae reads only regular files"},
	}
	for _, tt := range tests {
		start := time.Now()
		res := loadWithin(t, tt.path)
		if d := time.Since(start); d > maxRejectTime {
			t.Errorf("%s took %v", tt.path, d)
		}
		if len(res.Problems) != 1 || res.Problems[0].String() != tt.want {
			t.Errorf("Load(%s) = %v\nwant %s", tt.path, res.Problems, tt.want)
		}
	}
}

func TestLoadFolderSymlinks(t *testing.T) {
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"secret.json": `{"basics": {"name": "Outside"}}`})
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/ada.json": `{"basics": {"name": "Ada"}}`})
	links := map[string]string{
		"escape.json":   filepath.Join(outside, "secret.json"),
		"relative.json": "../" + filepath.Base(outside) + "/secret.json",
		"zero.json":     "/dev/zero",
		"inside.json":   "real/ada.json",
		"dangling.json": "nowhere.json",
		"loop":          ".",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	res := loadWithin(t, dir)
	got := problemLines(res.Problems)
	want := filepath.Join(dir, "dangling.json") + ": error: is a symbolic link that leads nowhere — no such file or folder\n" +
		filepath.Join(dir, "escape.json") + ": error: is a symbolic link that leads outside the folder being loaded — refused\n" +
		filepath.Join(dir, "loop") + ": notice: skipped: not a .json, .yaml, .yml, .txt or .md file\n" +
		filepath.Join(dir, "relative.json") + ": error: is a symbolic link that leads outside the folder being loaded — refused\n" +
		filepath.Join(dir, "zero.json") + ": error: is a symbolic link that leads outside the folder being loaded — refused\n"
	if got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if len(res.Profiles) != 2 || res.Profiles[0].ID != "inside" || res.Profiles[1].ID != "ada" {
		t.Errorf("profiles: %v", res.Profiles)
	}
}
