package skills

import "github.com/charmbracelet/bubbles/key"

// KeyMap are the Skills tab's bindings. Bindings that cannot act in the
// current state (Sort in the evidence list, Jump on a project) are
// disabled, so the help shows only what works.
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Open     key.Binding // the evidence of the selected skill
	Jump     key.Binding // the selected bullet in the Experience tab
	Back     key.Binding // from the evidence to the matrix; clears the filter
	Sort     key.Binding // years → recency → name
	Filter   key.Binding // type to filter skills by name
}

// DefaultKeyMap returns the Skills tab's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "evidence")),
		Jump:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show in Experience")),
		Back:     key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back to skills")),
		Sort:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
	}
}

// ShortHelp is the Skills tab's part of the help line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Jump, k.Sort, k.Filter, k.Back}
}

// FullHelp is the Skills tab's columns of the full help.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Jump, k.Back, k.Sort, k.Filter}}
}
