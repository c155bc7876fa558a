package main

import (
	"fmt"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
)

func init() {
	register(&command{
		name:    "show",
		args:    "NAME [PATH ...] [--format text|json|yaml] [--skills [--format text|md|json]]",
		summary: "print one profile (text, JSON, YAML) or its skill matrix",
		help: `Prints one profile. NAME is the person's name, a handle (a social profile user
name, or the last part of a profile URL) or the file name, compared without
case; a unique prefix, word or substring is enough ("000", "medda",
"colomina"). When NAME matches several profiles, they are listed.

Profiles come from PATHs (files or folders), or the embedded ones.

Flags:
  --format text|json|yaml   text for people (default); json and yaml write
                            valid JSON Resume, unknown keys kept
  --skills                  print the skill matrix instead: every skill with
                            the years work evidenced it, last use, bullet
                            count and whether it is only claimed; --format
                            text (default), md or json (every mention with
                            its provenance)
` + taxonomyHelp + `

Examples:
  vitae show colomina
  vitae show 003 --format json > medda.json
  vitae show alex ~/candidates --format yaml
  vitae show dsaiztc --skills
  vitae show medda --skills --format md > medda-skills.md`,
		run: runShow,
	})
}

func runShow(e *env, args []string) int {
	c := registry["show"]
	fs := newFlags(c, e.stderr)
	format := fs.String("format", "text", "text, json or yaml")
	withSkills := fs.Bool("skills", false, "print the skill matrix")
	taxPath := taxonomyFlags(fs, false)
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
	if *withSkills {
		return showSkills(e, c, p, *format, *taxPath)
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

// showSkills prints the profile's skill matrix in format text, md or json.
func showSkills(e *env, c *command, p *model.Profile, format, taxPath string) int {
	f := skills.Format(format)
	if format == "markdown" {
		f = skills.FormatMarkdown
	}
	if f != skills.FormatText && f != skills.FormatMarkdown && f != skills.FormatJSON {
		return flagError(e, c, fmt.Errorf("unknown --format %q with --skills: use text, md or json", format))
	}
	tx, ok := loadTaxonomy(e, c.name, taxPath)
	if !ok {
		return 1
	}
	m := tx.Analyze(p, model.MonthAt(e.clock.Now()))
	if err := skills.Render(e.stdout, &m, &p.Resume, f); err != nil {
		fmt.Fprintf(e.stderr, "vitae show: %v\n", err)
		return 1
	}
	return 0
}
