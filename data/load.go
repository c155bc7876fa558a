package data

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Result is what a Load found: the profiles that loaded (sorted by path,
// with unique IDs) and every problem, file by file in the order read.
type Result struct {
	Profiles []*model.Profile
	Problems []model.Problem
}

// HasErrors reports whether any problem is an error.
func (r Result) HasErrors() bool {
	for _, p := range r.Problems {
		if p.Severity == model.Error {
			return true
		}
	}
	return false
}

// maxFiles bounds the files one Load looks at.
const maxFiles = 10000

// Load reads profiles with the default Loader.
func Load(paths ...string) Result { return Loader{}.Load(paths...) }

// Load reads the profiles in paths: files, and folders searched
// recursively for .json, .yaml and .yml profiles and for .txt and .md
// résumés, which are imported (Source.Imported). Inside a folder, hidden
// files and folders are skipped silently, other files with a notice,
// and symbolic links may not lead outside the folder. A file that fails
// never stops the others.
func (l Loader) Load(paths ...string) Result {
	var res Result
	count := 0
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			res.Problems = append(res.Problems, fileProblem(p, openError(err)))
			continue
		}
		if info.IsDir() {
			l.loadDir(p, &res, &count)
			continue
		}
		f, ok := readableFormat(p)
		if !ok {
			res.Problems = append(res.Problems, skipNotice(p))
			continue
		}
		b, msg := readGuarded(info, func(flag int) (*os.File, error) { return os.OpenFile(p, flag, 0) }, l.maxSize())
		l.add(&res, p, b, msg, f, model.Source{Path: p, Format: string(f)}, true)
	}
	finish(&res)
	return res
}

// loadDir reads the profile files under dir through an os.Root.
func (l Loader) loadDir(dir string, res *Result, count *int) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		res.Problems = append(res.Problems, fileProblem(dir, openError(err)))
		return
	}
	defer root.Close()
	walkErr := fs.WalkDir(root.FS(), ".", func(rel string, d fs.DirEntry, err error) error {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err != nil {
			res.Problems = append(res.Problems, fileProblem(path, openError(err)))
			return nil
		}
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if *count >= maxFiles {
			res.Problems = append(res.Problems, model.Problem{File: dir, Severity: model.Notice,
				Message: fmt.Sprintf("stopped after %d files", maxFiles)})
			return fs.SkipAll
		}
		*count++
		f, ok := readableFormat(rel)
		if !ok {
			res.Problems = append(res.Problems, skipNotice(path))
			return nil
		}
		info, err := root.Stat(rel) // follows links, but never out of root
		if err != nil {
			msg := openError(err)
			if d.Type()&fs.ModeSymlink != 0 && strings.Contains(err.Error(), "escapes") {
				msg = "is a symbolic link that leads outside the folder being loaded — refused"
			} else if d.Type()&fs.ModeSymlink != 0 {
				msg = "is a symbolic link that leads nowhere — " + msg
			}
			res.Problems = append(res.Problems, fileProblem(path, msg))
			return nil
		}
		if info.IsDir() {
			res.Problems = append(res.Problems, model.Problem{File: path, Severity: model.Notice,
				Message: "skipped: a link to a folder is not followed"})
			return nil
		}
		b, msg := readGuarded(info, func(flag int) (*os.File, error) { return root.OpenFile(rel, flag, 0) }, l.maxSize())
		l.add(res, path, b, msg, f, model.Source{Path: path, Format: string(f)}, false)
		return nil
	})
	if walkErr != nil {
		res.Problems = append(res.Problems, fileProblem(dir, openError(walkErr)))
	}
}

// add parses one file's bytes (or records why they could not be read);
// explicit says the user named the file rather than its folder.
func (l Loader) add(res *Result, path string, b []byte, readErr string, f Format, src model.Source, explicit bool) {
	if readErr != "" {
		res.Problems = append(res.Problems, fileProblem(path, readErr))
		return
	}
	if isText(f) {
		p, probs := l.importText(path, b, explicit)
		res.Problems = append(res.Problems, probs...)
		if p != nil {
			res.Profiles = append(res.Profiles, p)
		}
		return
	}
	r, probs := l.Parse(path, b, f)
	res.Problems = append(res.Problems, probs...)
	if r != nil {
		res.Profiles = append(res.Profiles, &model.Profile{Source: src, Resume: *r})
	}
}

// finish sorts the profiles by path and gives each a unique ID: the file
// name without its extension, with -2, -3… when names repeat.
func finish(res *Result) {
	sort.SliceStable(res.Profiles, func(i, j int) bool {
		return res.Profiles[i].Source.Path < res.Profiles[j].Source.Path
	})
	taken := map[string]bool{}
	for _, p := range res.Profiles {
		base := filepath.Base(filepath.ToSlash(p.Source.Path))
		base = strings.TrimSuffix(base, filepath.Ext(base))
		id := base
		for n := 2; taken[strings.ToLower(id)]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		taken[strings.ToLower(id)] = true
		p.ID = id
	}
}

func fileProblem(path, msg string) model.Problem {
	return model.Problem{File: path, Severity: model.Error, Message: msg}
}

func skipNotice(path string) model.Problem {
	return model.Problem{File: path, Severity: model.Notice, Message: "skipped: not a .json, .yaml, .yml, .txt or .md file"}
}
