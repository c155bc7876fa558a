package main

import (
	"fmt"

	"github.com/vitae-cli/vitae/model"
)

func init() {
	register(&command{
		name:    "validate",
		args:    "[PATH ...]",
		summary: "check profiles: one line per problem, file:line:col; exit 1 on errors",
		help: `Checks JSON Resume profiles (.json, .yaml, .yml; .txt and .md résumés are
checked as the importer reads them) in files and folders, recursively. With no
PATH, checks the embedded profiles.

Each problem is printed on its own line as

  file:line:col: severity: message

where severity is "error" (the profile is not loaded), "warning" (it loads,
but something is off: a "present" end date, a date in the future) or "notice"
(a file that is not a profile was skipped). A summary goes to stderr.

Exit status: 0 when there are no errors (warnings allowed), 1 when there is
at least one error, 2 on a usage error.

Examples:
  vitae validate
  vitae validate resume.json
  vitae validate ~/candidates ./more/alex.yaml`,
		run: runValidate,
	})
}

func runValidate(e *env, args []string) int {
	c := registry["validate"]
	fs := newFlags(c, e.stderr)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return flagError(e, c, err)
	}
	res := loadProfiles(paths)
	counts := map[model.Severity]int{}
	for _, p := range res.Problems {
		counts[p.Severity]++
		fmt.Fprintln(e.stdout, p.String())
	}
	fmt.Fprintf(e.stderr, "%d %s loaded; %d %s, %d %s, %d %s\n",
		len(res.Profiles), plural(len(res.Profiles), "profile", "profiles"),
		counts[model.Error], plural(counts[model.Error], "error", "errors"),
		counts[model.Warning], plural(counts[model.Warning], "warning", "warnings"),
		counts[model.Notice], plural(counts[model.Notice], "notice", "notices"))
	if counts[model.Error] > 0 {
		return 1
	}
	return 0
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
