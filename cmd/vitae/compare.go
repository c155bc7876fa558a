package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/compare"
)

func init() {
	register(&command{
		name:    "compare",
		args:    "NAME NAME [NAME NAME] [PATH ...] [--format text|md|json] [--sort ORDER] [--taxonomy FILE]",
		summary: "two to four people side by side: summary, careers, skills",
		help: `Compares two to four people: a summary (headline, current role, experience,
employers, median tenure, longest gap, when the last role ended) with the best
value of a row marked, their careers on one time axis with every role, and a
skill grid — each skill anyone shows or claims, with the years work evidences
it and the last year used, or "claimed" when it is only listed.

NAMEs are matched like 'vitae show' (name, handle, file name or ID; a unique
prefix, word or substring is enough). Arguments after the names that are files
or folders (or look like paths) are where the profiles come from; with none,
the embedded profiles.

Flags:
  --format FORMAT  text for people (default), md (Markdown to paste into a
                   hiring document) or json (for scripts)
  --sort ORDER     skills in each category: shared (held by the most people
                   first; default), distinguishing (held by one first),
                   years or recency
` + taxonomyHelp + `

Examples:
  vitae compare colomina medda
  vitae compare 001 002 004 --format md > shortlist.md
  vitae compare ada bob ~/candidates --sort distinguishing --format json`,
		run: runCompare,
	})
}

func runCompare(e *env, args []string) int {
	c := registry["compare"]
	fs := newFlags(c, e.stderr)
	format := fs.String("format", "text", "text, md or json")
	sortBy := fs.String("sort", compare.ByShared.String(), "shared, distinguishing, years or recency")
	taxPath := taxonomyFlags(fs, true)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(e, c, err)
	}
	f := compare.Format(*format)
	if f != compare.FormatText && f != compare.FormatMarkdown && f != compare.FormatJSON {
		return flagError(e, c, fmt.Errorf("unknown --format %q: use text, md or json", *format))
	}
	order, ok := compare.ParseOrder(*sortBy)
	if !ok {
		return flagError(e, c, fmt.Errorf("unknown --sort %q: use shared, distinguishing, years or recency", *sortBy))
	}
	names, paths := splitNames(pos)
	switch {
	case len(names) < 2:
		return flagError(e, c, fmt.Errorf("give two to four NAMEs to compare"))
	case len(names) > compare.MaxPeople:
		return flagError(e, c, fmt.Errorf("%d NAMEs: compare at most %d people at once", len(names), compare.MaxPeople))
	}
	tx, ok := loadTaxonomy(e, c.name, *taxPath)
	if !ok {
		return 1
	}
	res := loadProfiles(paths)
	reportLoadErrors(e, res)
	people, err := findPeople(res.Profiles, names)
	if err != nil {
		fmt.Fprintf(e.stderr, "vitae compare: %v\n", err)
		return 1
	}
	cmp := compare.New(people, tx, model.MonthAt(e.clock.Now()))
	cmp.Grid.Sort(order)
	if err := compare.Render(e.stdout, &cmp, f); err != nil {
		fmt.Fprintf(e.stderr, "vitae compare: %v\n", err)
		return 1
	}
	return 0
}

// splitNames splits the positional arguments into NAMEs and PATHs: the
// first two are always names; after them, the first argument that is a
// file or folder, or looks like a path (a separator, a profile file's
// extension), starts the paths.
func splitNames(pos []string) (names, paths []string) {
	for i, a := range pos {
		if i >= 2 && looksLikePath(a) {
			return pos[:i], pos[i:]
		}
	}
	return pos, nil
}

// profileExts are the extensions of files vitae loads.
var profileExts = map[string]bool{".json": true, ".yaml": true, ".yml": true, ".txt": true, ".md": true}

// looksLikePath reports whether an argument names a file or folder rather
// than a person.
func looksLikePath(a string) bool {
	if strings.ContainsRune(a, '/') || strings.ContainsRune(a, filepath.Separator) || profileExts[strings.ToLower(filepath.Ext(a))] {
		return true
	}
	_, err := os.Stat(a)
	return err == nil
}

// findPeople resolves each NAME to one profile, refusing a person named
// twice.
func findPeople(profiles []*model.Profile, names []string) ([]*model.Profile, error) {
	var out []*model.Profile
	seen := map[string]string{}
	for _, n := range names {
		p, err := findOne(profiles, n)
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[p.ID]; dup {
			return nil, fmt.Errorf("%q and %q are both %s; name different people", model.SanitizeLine(prev),
				model.SanitizeLine(n), model.SanitizeLine(p.Name()))
		}
		seen[p.ID] = n
		out = append(out, p)
	}
	return out, nil
}
