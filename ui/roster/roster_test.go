package roster

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// keys turns text into key presses.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		m = drain(m, cmd)
	}
	return m
}

// drain runs commands that finish at once (filtering) and feeds their
// messages back, a bounded number of times.
func drain(m Model, cmd tea.Cmd) Model {
	for i := 0; cmd != nil && i < 4; i++ {
		msg := cmd()
		if _, ok := msg.(tea.BatchMsg); ok || msg == nil {
			return m
		}
		if _, ok := msg.(OpenMsg); ok {
			return m
		}
		m, cmd = m.Update(msg)
	}
	return m
}

func TestFilter(t *testing.T) {
	ps := uitest.Profiles(t)
	m := New(uitest.Common(80, 24), ps, nil)
	m = press(m, "/", "m", "e", "d", "d", "a")
	if !m.Filtering() {
		t.Fatalf("not filtering after /")
	}
	t.Log(m.View())
}
