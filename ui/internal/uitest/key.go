package uitest

import tea "github.com/charmbracelet/bubbletea"

// Key is the key press written as in key bindings and help ("enter",
// "shift+tab", "ctrl+f", "pgdown"), or the runes of any other text ("j",
// "kafka"). Names come from Bubble Tea's own KeyType.String, so every key
// it knows can be pressed in tests.
func Key(k string) tea.KeyMsg {
	// Bubble Tea v1 numbers control keys 0–127 and special keys below 0.
	for t := tea.KeyType(-128); t <= 127; t++ {
		if t != tea.KeyRunes && t.String() == k {
			return tea.KeyMsg{Type: t}
		}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}
