package profile

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"
)

// ShortHelp lists the main bindings of the active tab.
func (m Model) ShortHelp() []key.Binding {
	out := []key.Binding{m.keys.NextTab}
	if p := m.panes[m.ActiveTab()]; p != nil {
		return append(out, p.ShortHelp()...)
	}
	return append(out, m.keys.Scroll.Up, m.keys.Scroll.Down)
}

// FullHelp lists every binding of the active tab, in columns.
func (m Model) FullHelp() [][]key.Binding {
	tabs := []key.Binding{m.keys.NextTab, m.keys.PrevTab, m.keys.GoTab, m.keys.Search, m.keys.Compare}
	if p := m.panes[m.ActiveTab()]; p != nil {
		return append([][]key.Binding{tabs}, p.FullHelp()...)
	}
	s := m.keys.Scroll
	return [][]key.Binding{tabs, {s.Up, s.Down, s.PageUp, s.PageDown},
		{s.HalfUp, s.HalfDown, s.Top, s.Bottom}, {m.keys.NextRole, m.keys.PrevRole}}
}

// scrollPercent writes a scroll position as "42%".
func scrollPercent(f float64) string {
	return strconv.Itoa(int(f*100+0.5)) + "%"
}
