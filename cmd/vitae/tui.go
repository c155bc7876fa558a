package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui"
)

// runTUI opens the interactive explorer on the profiles in paths (or the
// embedded ones). Loading runs inside the program, so the first frame is
// drawn at once.
func runTUI(e *env, args []string) int {
	fs := flag.NewFlagSet("vitae", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	taxPath := taxonomyFlags(fs, true)
	paths, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.stdout, mainHelp())
			return 0
		}
		fmt.Fprintf(e.stderr, "vitae: %v\nRun 'vitae --help' for usage.\n", err)
		return 2
	}
	out, ok := e.stdout.(*os.File)
	if !ok || !e.isTTY(out) {
		fmt.Fprintln(e.stderr, "vitae: the explorer needs a terminal; for scripts use 'vitae show', 'vitae search' or 'vitae validate'")
		return 2
	}
	tx, ok := loadTaxonomy(e, "", *taxPath)
	if !ok {
		return 1
	}
	load := func() ([]*model.Profile, []model.Problem) {
		res := loadProfiles(paths)
		return res.Profiles, res.Problems
	}
	m := ui.New(ui.Options{
		Renderer: lipgloss.NewRenderer(out),
		Clock:    e.clock,
		Load:     load,
		Taxonomy: tx,
	})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(),
		tea.WithInput(e.stdin), tea.WithOutput(out))
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(e.stderr, "vitae: %v\n", err)
		return 1
	}
	return 0
}
