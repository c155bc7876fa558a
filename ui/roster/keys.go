package roster

import "github.com/charmbracelet/bubbles/key"

// KeyMap are the roster's own bindings; moving and filtering are the
// list's (bubbles/list), shown in help with these.
type KeyMap struct {
	Open     key.Binding
	Problems key.Binding
	Search   key.Binding
}

// DefaultKeyMap returns the roster's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Problems: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "loading problems")),
		Search:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "search")),
	}
}
