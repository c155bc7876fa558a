package roster

import "github.com/charmbracelet/bubbles/key"

// ShortHelp lists the roster's main bindings.
func (m Model) ShortHelp() []key.Binding {
	if m.list.SettingFilter() {
		return []key.Binding{m.list.KeyMap.AcceptWhileFiltering, m.list.KeyMap.CancelWhileFiltering}
	}
	k := m.list.KeyMap
	return []key.Binding{m.keys.Open, k.Filter, k.ClearFilter, m.keys.Search, m.keys.Mark, m.keys.Compare, m.keys.Problems}
}

// FullHelp lists every roster binding, in columns.
func (m Model) FullHelp() [][]key.Binding {
	k := m.list.KeyMap
	return [][]key.Binding{
		{m.keys.Open, m.keys.Search, m.keys.Problems},
		{m.keys.Mark, m.keys.Compare, m.keys.Unmark},
		{k.CursorUp, k.CursorDown, k.NextPage, k.PrevPage, k.GoToStart, k.GoToEnd},
		{k.Filter, k.ClearFilter, k.AcceptWhileFiltering, k.CancelWhileFiltering},
	}
}
