package keys

import tea "github.com/charmbracelet/bubbletea"

// Burst splits runes that Bubble Tea v1 delivered as one message because
// they were typed faster than it reads ("jj", "++") into one key press per
// rune, Alt kept. It returns nil for anything else: a single key, a paste,
// a special key.
func Burst(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return nil
	}
	out := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		out[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return out
}
