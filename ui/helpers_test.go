package ui

import (
	"io"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// options are the UI options of the tests: seed profiles, an ASCII
// renderer and the fixed clock.
func options(t testing.TB, problems ...model.Problem) Options {
	ps := uitest.Profiles(t)
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Options{
		Taxonomy: tx,
		Renderer: r,
		Clock:    model.FixedClock(uitest.Now),
		Load:     func() ([]*model.Profile, []model.Problem) { return ps, problems },
	}
}

// started is a root model sized width×height with its profiles loaded.
func started(t testing.TB, width, height int, problems ...model.Problem) Model {
	m := New(options(t, problems...))
	m = step(t, m, tea.WindowSizeMsg{Width: width, Height: height})
	return step(t, m, m.Init()())
}

// step sends one message and then the messages of the commands it returns
// that finish at once (opening a profile, filtering), a bounded number of
// times. Commands that wait (cursor blinks) are dropped.
func step(t testing.TB, m Model, msg tea.Msg) Model {
	t.Helper()
	queue := []tea.Msg{msg}
	for i := 0; i < 16 && len(queue) > 0; i++ {
		msg, queue = queue[0], queue[1:]
		next, cmd := m.Update(msg)
		m = next.(Model)
		for _, got := range uitest.Run(cmd) {
			if _, quit := got.(tea.QuitMsg); !quit {
				queue = append(queue, got)
			}
		}
	}
	return m
}

// keyMsg is the key press written as in key bindings ("enter", "q").
func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

// press sends key presses in order.
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		m = step(t, m, keyMsg(k))
	}
	return m
}
