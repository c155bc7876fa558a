// Package keys holds the key bindings that work on every screen (quit,
// back, help) and the scrolling bindings views share. Views define their
// own KeyMap for everything else; the root's help view shows the focused
// view's bindings followed by these.
package keys

import "github.com/charmbracelet/bubbles/key"

// Global are the bindings the root handles on every screen.
type Global struct {
	Quit      key.Binding // q, and ctrl+c; q types into a focused text input
	ForceQuit key.Binding // ctrl+c, even while typing
	Back      key.Binding
	Help      key.Binding
	Search    key.Binding // every bullet of every profile, from any screen
}

// DefaultGlobal returns the global bindings.
func DefaultGlobal() Global {
	return Global{
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Search:    key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search bullets")),
	}
}

// ShortHelp is the global part of the help line.
func (g Global) ShortHelp() []key.Binding {
	return []key.Binding{g.Back, g.Help, g.Quit}
}

// FullHelp is the global column of the full help.
func (g Global) FullHelp() [][]key.Binding {
	return [][]key.Binding{{g.Search, g.Back, g.Help, g.Quit, g.ForceQuit}}
}

// Scroll are the bindings of a scrollable pane.
type Scroll struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	HalfUp   key.Binding
	HalfDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
}

// DefaultScroll returns the scrolling bindings (arrows and vi keys).
func DefaultScroll() Scroll {
	return Scroll{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f", " "), key.WithHelp("pgdn/f", "page down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u", "u"), key.WithHelp("u", "½ page up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d", "d"), key.WithHelp("d", "½ page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
	}
}

// Bindings lists the scrolling bindings for a help column.
func (s Scroll) Bindings() []key.Binding {
	return []key.Binding{s.Up, s.Down, s.PageUp, s.PageDown, s.HalfUp, s.HalfDown, s.Top, s.Bottom}
}
