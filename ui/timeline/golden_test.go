package timeline

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// keyMsg is the key press written as in key bindings ("enter", "q").
func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

// press sends the keys to m in order and returns the model and the last
// command.
func press(m Model, keys ...string) (Model, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		m, cmd = m.Update(keyMsg(k))
	}
	return m, cmd
}

// newSized builds the timeline of p in an ASCII session of width×height.
func newSized(p *model.Profile, width, height int) Model {
	m := New(uitest.Common(width, height), p)
	m.SetSize(width, height)
	return m
}

// goldenStates are the interactions each golden is drawn after.
var goldenStates = []struct {
	name string
	keys []string
}{
	{"initial", nil},
	{"moved", []string{"left", "left", "up"}},
	{"zoomed", []string{"+", "+"}},
}

func TestGolden(t *testing.T) {
	for _, p := range uitest.Profiles(t) {
		for _, size := range uitest.Sizes {
			for _, st := range goldenStates {
				name := fmt.Sprintf("%s/%dx%d/%s", p.ID, size.W, size.H, st.name)
				t.Run(name, func(t *testing.T) {
					m, _ := press(newSized(p, size.W, size.H), st.keys...)
					v := m.View()
					if lines := uitest.Lines(t, v, size.W); len(lines) != size.H {
						t.Errorf("view has %d lines, want %d", len(lines), size.H)
					}
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}
