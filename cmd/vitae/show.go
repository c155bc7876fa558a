package main

import (
	"fmt"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
)

func init() {
	register(&command{
		name:    "show",
		args:    "NAME [PATH ...] [--format text|json|yaml]",
		summary: "print one profile as text, JSON Resume JSON or YAML",
		help: `Prints one profile. NAME is the person's name, a handle (a social profile user
name, or the last part of a profile URL) or the file name, compared without
case; a unique prefix, word or substring is enough ("000", "medda",
"colomina"). When NAME matches several profiles, they are listed.

Profiles come from PATHs (files or folders), or the embedded ones.

Flags:
  --format text|json|yaml   text for people (default); json and yaml write
                            valid JSON Resume, unknown keys kept

Examples:
  vitae show colomina
  vitae show 003 --format json > medda.json
  vitae show alex ~/candidates --format yaml`,
		run: runShow,
	})
}

func runShow(e *env, args []string) int {
	c := registry["show"]
	fs := newFlags(c, e.stderr)
	format := fs.String("format", "text", "text, json or yaml")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(e, c, err)
	}
	if len(pos) == 0 {
		return flagError(e, c, fmt.Errorf("NAME is required"))
	}
	res := loadProfiles(pos[1:])
	reportLoadErrors(e, res)
	p, err := findOne(res.Profiles, pos[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "vitae show: %v\n", err)
		return 1
	}
	switch *format {
	case "text":
		fmt.Fprint(e.stdout, profileText(p, e.clock))
	case "json", "yaml":
		b, err := data.Marshal(&p.Resume, data.Format(*format))
		if err != nil {
			fmt.Fprintf(e.stderr, "vitae show: %v\n", err)
			return 1
		}
		e.stdout.Write(b)
	default:
		return flagError(e, c, fmt.Errorf("unknown --format %q: use text, json or yaml", *format))
	}
	return 0
}

// reportLoadErrors prints loading errors to stderr so that a profile that
// failed to load is never silently missing from a command's output.
func reportLoadErrors(e *env, res data.Result) {
	for _, p := range res.Problems {
		if p.Severity == model.Error {
			fmt.Fprintln(e.stderr, p.String())
		}
	}
}
