package roster

import "github.com/charmbracelet/bubbles/key"

// KeyMap are the roster's own bindings; moving and filtering are the
// list's (bubbles/list), shown in help with these.
type KeyMap struct {
	Open     key.Binding
	Problems key.Binding
	Search   key.Binding
	Mark     key.Binding // mark for comparison (up to four)
	Compare  key.Binding // compare the marked people
	Unmark   key.Binding // clear the marks
}

// DefaultKeyMap returns the roster's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Problems: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "loading problems")),
		Search:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "search")),
		Mark:     key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "mark to compare")),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Unmark:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "clear marks")),
	}
}
