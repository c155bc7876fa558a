package sshserver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostKeyCreatedOnceAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "host_ed25519")
	k1, created, err := LoadOrCreateHostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created %v, err %v", created, err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v (%v), want 0600", fi.Mode(), err)
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm() != 0o700 {
		t.Errorf("key folder mode %v, want 0700", di.Mode().Perm())
	}
	k2, created, err := LoadOrCreateHostKey(path)
	if err != nil || created {
		t.Fatalf("second start: created %v, err %v", created, err)
	}
	if Fingerprint(k1) != Fingerprint(k2) || !strings.HasPrefix(Fingerprint(k1), "SHA256:") {
		t.Fatalf("key changed between starts: %s then %s", Fingerprint(k1), Fingerprint(k2))
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".host_key-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestHostKeyRefusedNotReplaced(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, path string) error
		want  string
	}{
		{"corrupt", func(t *testing.T, p string) error { return os.WriteFile(p, []byte("not a key\n"), 0o600) }, "not a usable private key"},
		{"empty", func(t *testing.T, p string) error { return os.WriteFile(p, nil, 0o600) }, "not a usable private key"},
		{"too open", func(t *testing.T, p string) error { return os.WriteFile(p, []byte("x"), 0o644) }, "too open"},
		{"a folder", func(t *testing.T, p string) error { return os.Mkdir(p, 0o700) }, "not a regular file"},
		{"unreadable", func(t *testing.T, p string) error {
			if os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			return os.WriteFile(p, []byte("x"), 0o000)
		}, "cannot read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "host_ed25519")
			if err := tc.setup(t, path); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(path)
			_, _, err := LoadOrCreateHostKey(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Fatalf("err %v, want one naming the file and %q", err, tc.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Fatal("an existing host key file was changed")
			}
		})
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"XDG_DATA_HOME": "/d", "HOME": "/h"}, "/d/vitae/host_ed25519"},
		{map[string]string{"XDG_DATA_HOME": "relative", "HOME": "/h"}, "/h/.local/share/vitae/host_ed25519"},
		{map[string]string{"HOME": "/h"}, "/h/.local/share/vitae/host_ed25519"},
	} {
		got, err := DefaultHostKeyPath(func(k string) string { return tc.env[k] })
		if err != nil || got != tc.want {
			t.Errorf("%v: %q, %v; want %q", tc.env, got, err, tc.want)
		}
	}
}
