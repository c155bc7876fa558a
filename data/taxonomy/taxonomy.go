// Package taxonomy loads vitae's skill taxonomy: the built-in one embedded
// in the binary (languages.yaml, generated from GitHub Linguist, then
// skills.yaml) and a user's own file that extends or overrides it.
//
// A taxonomy file is a YAML list of skills:
//
//   - name: PostgreSQL          # canonical name (required)
//     category: database        # required; see skills.Categories
//     aliases: [Postgres, psql] # matched case-insensitively
//     cased: [PG]               # matched with exactly this capitalisation
//     implies: [SQL]            # skills a mention also evidences
//
// An entry whose name (case-insensitively) is already in the taxonomy
// replaces it. The default user file is UserPath():
// $XDG_CONFIG_HOME/vitae/skills.yaml on Linux, ~/Library/Application
// Support/vitae/skills.yaml on macOS, %AppData%\vitae\skills.yaml on Windows.
package taxonomy

//go:generate go run ./internal/gen

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/vitae-cli/vitae/model/skills"
)

//go:embed languages.yaml skills.yaml
var builtin embed.FS

// builtinFiles are the embedded files in the order they are read.
var builtinFiles = []string{"languages.yaml", "skills.yaml"}

// MaxFileSize caps a user taxonomy file, in bytes.
const MaxFileSize = 4 << 20

// defaultEntries parses the embedded files once; they never change.
var defaultEntries = sync.OnceValues(func() ([]skills.Entry, error) {
	var all []skills.Entry
	for _, f := range builtinFiles {
		b, err := builtin.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := parse("embedded/"+f, b, nil)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return all, nil
})

// defaultTaxonomy compiles the embedded taxonomy once; a Taxonomy is
// immutable, so every session shares it.
var defaultTaxonomy = sync.OnceValues(func() (*skills.Taxonomy, error) {
	es, err := defaultEntries()
	if err != nil {
		return nil, err
	}
	return skills.New(es)
})

// Default returns the built-in taxonomy.
func Default() (*skills.Taxonomy, error) { return defaultTaxonomy() }

// DefaultEntries returns the built-in taxonomy's entries, in file order,
// before overrides are applied. Callers must not modify them.
func DefaultEntries() ([]skills.Entry, error) { return defaultEntries() }

// Load returns the built-in taxonomy extended and overridden by the user
// file at path. Errors name the file, line and column.
func Load(path string) (*skills.Taxonomy, error) {
	b, err := readFile(path)
	if err != nil {
		return nil, err
	}
	base, err := defaultEntries()
	if err != nil {
		return nil, err
	}
	user, err := parse(path, b, base)
	if err != nil {
		return nil, err
	}
	return skills.New(append(append([]skills.Entry(nil), base...), user...))
}

// readFile reads a user file, refusing directories and huge files.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, &Error{File: path, Msg: "is a directory; give the path of a skills YAML file"}
	}
	if st.Size() > MaxFileSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("is %d bytes; a skills file may be at most %d", st.Size(), MaxFileSize)}
	}
	b := make([]byte, st.Size())
	_, err = io.ReadFull(f, b)
	return b, err
}

// UserPath is where vitae looks for a user's taxonomy file when no
// --skills flag is given: skills.yaml in the vitae folder of
// os.UserConfigDir.
func UserPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "vitae", "skills.yaml"), nil
}

// ForUser returns the taxonomy to use: the built-in one extended by flag
// when flag is set (a missing file is then an error), else by the file at
// UserPath when it exists, else the built-in one. used is the user file
// read, or "".
func ForUser(flag string) (t *skills.Taxonomy, used string, err error) {
	if flag != "" {
		t, err = Load(flag)
		return t, flag, err
	}
	p, err := UserPath()
	if err == nil {
		if _, statErr := os.Stat(p); statErr == nil {
			t, err = Load(p)
			return t, p, err
		} else if !errors.Is(statErr, fs.ErrNotExist) {
			return nil, p, statErr
		}
	}
	t, err = Default()
	return t, "", err
}
