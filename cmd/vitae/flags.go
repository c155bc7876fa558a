package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// errHelp is returned by parseArgs when the user asked for help; the
// command prints its help and exits 0.
var errHelp = flag.ErrHelp

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(c *command, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("vitae "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseArgs parses flags placed anywhere among the arguments ("vitae show
// NAME --format json" as well as "vitae show --format json NAME") and
// returns the positional arguments. "--" ends flag parsing.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// Parse stops at the first positional argument, or after "--".
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError handles a parseArgs error the same way for every command: help
// goes to stdout with exit 0, anything else to stderr with exit 2.
func flagError(e *env, c *command, err error) int {
	if errors.Is(err, errHelp) {
		fmt.Fprint(e.stdout, commandHelp(c))
		return 0
	}
	fmt.Fprintf(e.stderr, "vitae %s: %v\nRun 'vitae %s --help' for usage.\n", c.name, err, c.name)
	return 2
}
