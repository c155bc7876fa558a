// Command vitae explores careers in the terminal: a roster of profiles,
// their timelines, skills and bullets, fuzzy search and comparison, locally
// or served over ssh. See `vitae --help`.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// env is what a command may touch: its streams, the clock and the
// environment. Tests build one with buffers and a fixed clock.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	clock  model.Clock
	getenv func(string) string
	isTTY  func(any) bool // stdout is a terminal (colors, highlights)
}

// command is one subcommand. Each lives in its own file and adds itself to
// the registry from that file's init.
type command struct {
	name     string
	args     string // the argument synopsis after the name
	summary  string // one line for the command list
	help     string // what it does, flags and examples
	run      func(e *env, args []string) int
	internal bool // hidden from the command list
}

// registry maps command names to commands. It is filled by init functions
// and only read afterwards.
var registry = map[string]*command{}

// register adds a command to the registry; called from init only.
func register(c *command) {
	if _, dup := registry[c.name]; dup {
		panic("vitae: command registered twice: " + c.name)
	}
	registry[c.name] = c
}

func main() {
	os.Exit(run(&env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		clock: model.SystemClock{}, getenv: os.Getenv, isTTY: isTerminal,
	}, os.Args[1:]))
}

// run dispatches to a subcommand, or opens the TUI when the first argument
// is not one. It returns the process exit code.
func run(e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "-h", "--help", "help":
			if len(args) > 1 {
				if c, ok := registry[args[1]]; ok {
					fmt.Fprint(e.stdout, commandHelp(c))
					return 0
				}
			}
			fmt.Fprint(e.stdout, mainHelp())
			return 0
		case "-v", "--version", "version":
			fmt.Fprintf(e.stdout, "vitae %s\n", version())
			return 0
		}
		if c, ok := registry[args[0]]; ok {
			return c.run(e, args[1:])
		}
	}
	return runTUI(e, args)
}

// mainHelp lists the commands with their one-line summaries.
func mainHelp() string {
	var b strings.Builder
	b.WriteString(`vitae — explore careers in the terminal

Usage:
  vitae [PATH ...]            open the TUI on the profiles in PATHs (files or
                              folders); with no PATH, on the embedded profiles
  vitae COMMAND [ARGS ...]    run a command (below)

Commands:
`)
	names := make([]string, 0, len(registry))
	for n, c := range registry {
		if !c.internal {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		c := registry[n]
		fmt.Fprintf(&b, "  %-10s %s\n", n, c.summary)
	}
	b.WriteString(`
Flags:
  -h, --help       this help; "vitae help COMMAND" or "vitae COMMAND --help" for a command
  -v, --version    print the version

Examples:
  vitae                         the embedded profiles
  vitae ~/candidates            every .json, .yaml, .txt and .md résumé in a folder
  vitae show colomina           one profile as text
  vitae validate resume.json    check a profile; file:line:col for each problem

Colors follow the terminal and honour NO_COLOR.
`)
	return b.String()
}

// commandHelp is the full help of one command.
func commandHelp(c *command) string {
	return fmt.Sprintf("Usage: vitae %s %s\n\n%s\n", c.name, c.args, strings.TrimSpace(c.help))
}
