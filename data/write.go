package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/vitae-cli/vitae/model"
)

// WriteFile writes r to path as JSON or YAML, chosen by the extension,
// atomically: the document goes to a temporary file in the same folder,
// which is synced and then renamed over path, and the folder is synced.
// A reader sees the old file or the new one, never a half-written one,
// and a failure leaves the old file untouched. If path is a symbolic link
// the file it points to is replaced, keeping the link; an existing file
// keeps its permissions.
func WriteFile(path string, r *model.Resume) error {
	f, ok := FormatOf(path)
	if !ok {
		return fmt.Errorf("%s: cannot tell the format; name the file .json, .yaml or .yml", path)
	}
	b, err := Marshal(r, f)
	if err != nil {
		return err
	}
	return writeAtomic(path, b)
}

// writeAtomic replaces path with b through a temporary file and a rename.
func writeAtomic(path string, b []byte) (err error) {
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved
	}
	mode := fs.FileMode(0o644)
	switch info, err := os.Stat(target); {
	case err == nil && !info.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file; not overwritten", path)
	case err == nil:
		mode = info.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(b); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. File systems that cannot sync a
// folder (EINVAL) are not an error.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}
