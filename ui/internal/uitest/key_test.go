package uitest

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestKey(t *testing.T) {
	for name, want := range map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgdown": tea.KeyPgDown, "end": tea.KeyEnd, "ctrl+c": tea.KeyCtrlC, "ctrl+f": tea.KeyCtrlF,
	} {
		if got := Key(name); got.Type != want || got.String() != name {
			t.Errorf("Key(%q) = %v (%q)", name, got.Type, got.String())
		}
	}
	if got := Key("j"); got.Type != tea.KeyRunes || string(got.Runes) != "j" {
		t.Errorf(`Key("j") = %+v`, got)
	}
	if got := Key("kafka"); string(got.Runes) != "kafka" {
		t.Errorf(`Key("kafka") = %+v`, got)
	}
}
