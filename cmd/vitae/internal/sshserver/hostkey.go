package sshserver

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	gossh "golang.org/x/crypto/ssh"
)

// maxHostKeySize caps the host key file read at start-up.
const maxHostKeySize = 64 << 10

// DefaultHostKeyPath is where `vitae serve` keeps its host key unless told
// otherwise: $XDG_DATA_HOME/vitae/host_ed25519, else
// ~/.local/share/vitae/host_ed25519, else under os.UserConfigDir.
func DefaultHostKeyPath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "vitae", "host_ed25519"), nil
	}
	if h := getenv("HOME"); filepath.IsAbs(h) {
		return filepath.Join(h, ".local", "share", "vitae", "host_ed25519"), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no data directory for the host key (%v); use --host-key FILE", err)
	}
	return filepath.Join(d, "vitae", "host_ed25519"), nil
}

// LoadOrCreateHostKey reads the host key at path, or, when no file is
// there, creates a new ed25519 key there (mode 0600, its folder 0700) and
// keeps it for the next start. It never overwrites a file: one that exists
// but cannot be read, is not a private key, or is readable by others is an
// error that says what to do. created reports a new key.
func LoadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	signer, err = loadHostKey(path)
	if !errors.Is(err, fs.ErrNotExist) {
		return signer, false, err
	}
	if err := createHostKey(path); err != nil {
		if errors.Is(err, fs.ErrExist) { // another process made it meanwhile
			signer, err = loadHostKey(path)
			return signer, false, err
		}
		return nil, false, fmt.Errorf("host key %s: cannot create: %w", path, err)
	}
	signer, err = loadHostKey(path)
	return signer, err == nil, err
}

func loadHostKey(path string) (gossh.Signer, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		return nil, fmt.Errorf("host key %s: cannot read: %w; fix its permissions, or remove it to make a new key (clients will then warn that the key changed)", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("host key %s: not a regular file", path)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("host key %s: permissions %04o are too open; run: chmod 600 %s", path, fi.Mode().Perm(), path)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxHostKeySize+1))
	if err != nil {
		return nil, fmt.Errorf("host key %s: cannot read: %w", path, err)
	}
	if len(b) > maxHostKeySize {
		return nil, fmt.Errorf("host key %s: larger than %d bytes; is it a private key?", path, maxHostKeySize)
	}
	signer, err := gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("host key %s: not a usable private key (%s); restore it from a backup, or remove it to make a new key (clients will then warn that the key changed)", path, escape(err.Error()))
	}
	return signer, nil
}

// createHostKey writes a new key to a temporary file in the same folder,
// syncs it and links it into place, so that path is either absent or a
// complete key, and an existing file is never replaced.
func createHostKey(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	block, err := gossh.MarshalPrivateKey(priv, "vitae host key")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".host_key-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(pem.EncodeToMemory(block)); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// Fingerprint is the SHA256 fingerprint of a host key's public half, as
// `ssh-keygen -lf` prints it.
func Fingerprint(s gossh.Signer) string {
	return gossh.FingerprintSHA256(s.PublicKey())
}

// PublicKeyLine is a host key's public half in authorized_keys /
// known_hosts form ("ssh-ed25519 AAAA…"), for operators to publish.
func PublicKeyLine(s gossh.Signer) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(s.PublicKey())))
}
