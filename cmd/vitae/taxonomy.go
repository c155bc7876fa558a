package main

import (
	"flag"
	"fmt"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model/skills"
)

// taxonomyHelp documents the taxonomy flags for every command that finds
// skills.
const taxonomyHelp = `  --taxonomy FILE  extend or override the built-in skill taxonomy with a YAML
                   file (default: ` + "`vitae/skills.yaml`" + ` in the user config folder,
                   when it exists)`

// taxonomyFlags registers --taxonomy FILE and, when withSkills is set, its
// alias --skills FILE (commands where --skills is not already a mode).
func taxonomyFlags(fs *flag.FlagSet, withSkills bool) *string {
	path := fs.String("taxonomy", "", "skill taxonomy YAML file")
	if withSkills {
		fs.StringVar(path, "skills", "", "alias of --taxonomy")
	}
	return path
}

// loadTaxonomy returns the taxonomy for path (see taxonomy.ForUser). A bad
// user file stops the command with its file:line:col: skills found with
// the wrong taxonomy would mislead.
func loadTaxonomy(e *env, cmd, path string) (*skills.Taxonomy, bool) {
	tx, used, err := taxonomy.ForUser(path)
	if err != nil {
		if te, ok := err.(*taxonomy.Error); ok {
			fmt.Fprintf(e.stderr, "vitae %s: %s\n", cmd, te.Problem().String())
		} else {
			fmt.Fprintf(e.stderr, "vitae %s: skill taxonomy %s: %v\n", cmd, used, err)
		}
		return nil, false
	}
	return tx, true
}
