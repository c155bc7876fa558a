package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui"
)

// runTUI opens the interactive explorer on the profiles in paths (or the
// embedded ones). Loading runs inside the program, so the first frame is
// drawn at once.
func runTUI(e *env, paths []string) int {
	for _, p := range paths {
		if len(p) > 1 && p[0] == '-' {
			fmt.Fprintf(e.stderr, "vitae: unknown command or flag %q\nRun 'vitae --help' for usage.\n", p)
			return 2
		}
	}
	out, ok := e.stdout.(*os.File)
	if !ok || !e.isTTY(out) {
		fmt.Fprintln(e.stderr, "vitae: the explorer needs a terminal; for scripts use 'vitae show', 'vitae search' or 'vitae validate'")
		return 2
	}
	load := func() ([]*model.Profile, []model.Problem) {
		res := loadProfiles(paths)
		return res.Profiles, res.Problems
	}
	m := ui.New(ui.Options{
		Renderer: lipgloss.NewRenderer(out),
		Clock:    e.clock,
		Load:     load,
	})
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(),
		tea.WithInput(e.stdin), tea.WithOutput(out))
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(e.stderr, "vitae: %v\n", err)
		return 1
	}
	return 0
}
