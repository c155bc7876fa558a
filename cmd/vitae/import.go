package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/data/importer"
	"github.com/vitae-cli/vitae/model"
)

func init() {
	register(&command{
		name:    "import",
		args:    "FILE [-o OUT.json|OUT.yaml] [--force] [--explain]",
		summary: "turn a plain-text or Markdown résumé into JSON Resume",
		help: `Reads a résumé written as plain text or Markdown (FILE, or - for standard
input) and writes it as a JSON Resume document: to standard output as JSON,
or with -o to a file, JSON or YAML by its extension.

The importer cuts the text into sections at headings (Experience, Work History,
Berufserfahrung…), each section into entries, and picks each field (title,
employer, dates, bullets) by scoring the candidate lines. What it was unsure
of (dates that disagree with a written duration, dates in the future, roles
without dates) is printed to standard error as

  FILE:line:col: warning: message

Flags:
  -o OUT       write to OUT (.json, .yaml or .yml) instead of standard output;
               an existing OUT is never overwritten without --force
  --force      overwrite OUT if it exists
  --explain    print, on standard error, where each field came from: the
               source line and the features that made it win

Exit status: 0 on success, 1 when FILE cannot be read or imported or OUT
cannot be written, 2 on a usage error.

Examples:
  vitae import resume.txt
  vitae import cv.md -o cv.json
  pbpaste | vitae import - --explain -o alex.yaml`,
		run: runImport,
	})
}

func runImport(e *env, args []string) int {
	c := registry["import"]
	fs := newFlags(c, e.stderr)
	out := fs.String("o", "", "output file")
	force := fs.Bool("force", false, "overwrite the output file")
	explain := fs.Bool("explain", false, "explain each field")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(e, c, err)
	}
	if len(pos) != 1 {
		return flagError(e, c, errors.New("need exactly one FILE (or - for standard input)"))
	}
	if *out != "" {
		if _, ok := data.FormatOf(*out); !ok {
			return flagError(e, c, fmt.Errorf("cannot tell the format of %q: name it .json, .yaml or .yml", model.SanitizeLine(*out)))
		}
	}
	name, text, err := readInput(e, pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "vitae import: %v\n", err)
		return 1
	}
	res, err := importer.Import(name, text, importer.Options{Now: model.MonthAt(e.clock.Now()), Explain: *explain})
	if err != nil {
		fmt.Fprintf(e.stderr, "vitae import: %s: %v\n", model.SanitizeLine(name), err)
		return 1
	}
	for _, w := range res.Warnings {
		p := model.Problem{File: name, Line: w.Line, Col: w.Col, Severity: model.Warning, Message: w.Message}
		fmt.Fprintln(e.stderr, p.String())
	}
	if *explain {
		writeExplain(e.stderr, name, res.Explain)
	}
	if *out == "" {
		b, err := data.Marshal(res.Resume, data.FormatJSON)
		if err != nil {
			fmt.Fprintf(e.stderr, "vitae import: %v\n", err)
			return 1
		}
		_, _ = e.stdout.Write(b)
		return 0
	}
	if _, err := os.Lstat(*out); err == nil && !*force {
		fmt.Fprintf(e.stderr, "vitae import: %s already exists; nothing was written (use --force to overwrite it)\n", model.SanitizeLine(*out))
		return 1
	}
	if err := data.WriteFile(*out, res.Resume); err != nil {
		fmt.Fprintf(e.stderr, "vitae import: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "wrote %s: %d roles, %d warnings\n", model.SanitizeLine(*out), len(res.Resume.Work), len(res.Warnings))
	return 0
}

// readInput reads FILE or standard input, refusing more than the importer
// accepts without reading it all.
func readInput(e *env, path string) (string, []byte, error) {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = e.stdin, "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return name, nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return name, nil, fmt.Errorf("%s is a folder: import one résumé file at a time", model.SanitizeLine(path))
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, importer.MaxInput+1))
	if err != nil {
		return name, nil, err
	}
	if len(b) > importer.MaxInput {
		return name, nil, fmt.Errorf("%s: %w", model.SanitizeLine(name), importer.ErrTooLarge)
	}
	if path != "-" {
		name = filepath.Clean(path)
	}
	return name, b, nil
}

// writeExplain prints each field's source line and why it won.
func writeExplain(w io.Writer, name string, ex []importer.Explanation) {
	for _, x := range ex {
		fmt.Fprintf(w, "%s:%d: %s: %s\n    | %s\n", model.SanitizeLine(name), x.Line,
			model.SanitizeLine(x.Field), model.SanitizeLine(x.Why), model.SanitizeLine(x.Source))
	}
}
