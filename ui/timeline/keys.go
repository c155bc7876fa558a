package timeline

import "github.com/charmbracelet/bubbles/key"

// KeyMap are the timeline view's bindings. Bindings that cannot act (Open
// on an event, zoom with nothing dated) are disabled, so the help shows only
// what works.
type KeyMap struct {
	Left    key.Binding // the previous item in time
	Right   key.Binding // the next item in time
	Up      key.Binding // the nearest item on the row above
	Down    key.Binding // the nearest item on the row below (then the undated list)
	ZoomIn  key.Binding
	ZoomOut key.Binding
	Fit     key.Binding // the whole career
	Open    key.Binding // the selected role in the Experience tab
}

// DefaultKeyMap returns the timeline's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Left:    key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "earlier")),
		Right:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "later")),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "row up")),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "row down")),
		ZoomIn:  key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "zoom in")),
		ZoomOut: key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "zoom out")),
		Fit:     key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "whole career")),
		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open role")),
	}
}

// ShortHelp is the timeline's part of the help line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Left, k.Right, k.Up, k.Down, k.ZoomIn, k.ZoomOut, k.Open}
}

// FullHelp is the timeline's columns of the full help.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Left, k.Right, k.Up, k.Down}, {k.ZoomIn, k.ZoomOut, k.Fit, k.Open}}
}
