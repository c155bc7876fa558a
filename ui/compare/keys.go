package compare

import "github.com/charmbracelet/bubbles/key"

// KeyMap are the compare screen's bindings. Those that cannot act where
// the keys are (zoom in the skill grid, sort in the timelines) are
// disabled, so the help shows only what works.
type KeyMap struct {
	NextSection key.Binding // the timelines ↔ the skill grid
	Left        key.Binding // earlier item; the person on the left
	Right       key.Binding // later item; the person on the right
	Up          key.Binding // the row above
	Down        key.Binding // the row below
	PageUp      key.Binding
	PageDown    key.Binding
	Top         key.Binding
	Bottom      key.Binding
	ZoomIn      key.Binding
	ZoomOut     key.Binding
	Fit         key.Binding // every career in view
	Events      key.Binding // show or hide the events lanes
	Open        key.Binding // a role in its profile; a cell's evidence
	Sort        key.Binding // shared → distinguishing → years → recency
	ColumnLeft  key.Binding // scroll the people's columns, from any section
	ColumnRight key.Binding
	Back        key.Binding // from the evidence to the comparison
}

// DefaultKeyMap returns the compare screen's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NextSection: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "timelines/skills")),
		Left:        key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left")),
		Right:       key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right")),
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:      key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Top:         key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "first")),
		Bottom:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "last")),
		ZoomIn:      key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "zoom in")),
		ZoomOut:     key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "zoom out")),
		Fit:         key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "all careers")),
		Events:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "show events")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Sort:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort skills")),
		ColumnLeft:  key.NewBinding(key.WithKeys("<", ","), key.WithHelp("<", "people left")),
		ColumnRight: key.NewBinding(key.WithKeys(">", "."), key.WithHelp(">", "people right")),
		Back:        key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back to comparison")),
	}
}

// ShortHelp is the screen's part of the help line: what cannot be
// guessed first, the arrows last.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextSection, k.Open, k.Sort, k.ZoomIn, k.ZoomOut, k.Events, k.Back,
		k.ColumnLeft, k.ColumnRight, k.Left, k.Right}
}

// FullHelp is the screen's columns of the full help.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextSection, k.Left, k.Right, k.Up, k.Down},
		{k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Sort, k.ZoomIn, k.ZoomOut, k.Fit, k.Events},
		{k.ColumnLeft, k.ColumnRight, k.Back},
	}
}
