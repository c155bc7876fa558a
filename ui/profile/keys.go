package profile

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/vitae-cli/vitae/ui/keys"
)

// KeyMap are the profile view's bindings: tab switching and scrolling.
type KeyMap struct {
	NextTab key.Binding
	PrevTab key.Binding
	GoTab   key.Binding // 1–9: the tab with that number
	// NextRole and PrevRole scroll the Experience tab to the next or
	// previous role's title.
	NextRole key.Binding
	PrevRole key.Binding
	// Search opens the search over every bullet, narrowable to this
	// profile; off on tabs that use "/" themselves (the skills filter).
	Search key.Binding
	// Compare adds this person to the comparison.
	Compare key.Binding
	Scroll  keys.Scroll
}

// DefaultKeyMap returns the profile view's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NextTab: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous tab")),
		GoTab: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"),
			key.WithHelp("1-9", "go to tab")),
		NextRole: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next role")),
		PrevRole: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous role")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Scroll:   keys.DefaultScroll(),
	}
}

// setScrollEnabled turns the scrolling bindings on (a text tab) or off (a
// tab with its own component, whose keys take over).
func (k *KeyMap) setScrollEnabled(on bool) {
	for _, b := range []*key.Binding{&k.Scroll.Up, &k.Scroll.Down, &k.Scroll.PageUp, &k.Scroll.PageDown,
		&k.Scroll.HalfUp, &k.Scroll.HalfDown, &k.Scroll.Top, &k.Scroll.Bottom} {
		b.SetEnabled(on)
	}
}
