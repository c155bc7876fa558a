package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/ui/roster"
)

// TestLateTerminalReplyIsNotKeys feeds the roster the keys Bubble Tea v1
// makes of a background-colour reply that came late: nothing may happen.
func TestLateTerminalReplyIsNotKeys(t *testing.T) {
	runes := func(s string, alt bool) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Alt: alt} }
	for name, term := range map[string]tea.KeyMsg{"ST": runes(`\`, true), "BEL": {Type: tea.KeyCtrlG}} {
		m := started(t, 100, 30)
		for _, k := range []tea.KeyMsg{runes("]", true), runes("11;rgb:0000/0101/0202", false), term} {
			m = step(t, m, k)
		}
		r := m.Screen().(roster.Model)
		if r.Filtering() || r.Index() != 0 || m.Depth() != 1 {
			t.Errorf("%s: the reply acted as keys: filtering %v, cursor %d, depth %d", name, r.Filtering(), r.Index(), m.Depth())
		}
		// Keys after the reply work again.
		m = step(t, m, runes("j", false))
		if r := m.Screen().(roster.Model); r.Index() != 1 {
			t.Errorf("%s: j after the reply moved the cursor to %d", name, r.Index())
		}
	}
	// alt+] followed by an arrow is not a reply: the arrow works.
	m := started(t, 100, 30)
	m = step(t, m, runes("]", true))
	m = step(t, m, tea.KeyMsg{Type: tea.KeyDown})
	if r := m.Screen().(roster.Model); r.Index() != 1 {
		t.Errorf("down after alt+] moved the cursor to %d", r.Index())
	}
}
