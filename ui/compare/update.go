package compare

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	tlmodel "github.com/vitae-cli/vitae/model/timeline"
)

// lanesKey applies a key to the shared timelines.
func (m *Model) lanesKey(msg tea.KeyMsg) tea.Cmd {
	l := &m.lanes
	switch {
	case key.Matches(msg, m.keys.Left):
		l.horizontal(m.cmp, -1)
	case key.Matches(msg, m.keys.Right):
		l.horizontal(m.cmp, 1)
	case key.Matches(msg, m.keys.Up):
		l.vertical(m.cmp, -1)
	case key.Matches(msg, m.keys.Down):
		l.vertical(m.cmp, 1)
	case key.Matches(msg, m.keys.ZoomIn):
		l.zoom(m.cmp, 1)
	case key.Matches(msg, m.keys.ZoomOut):
		l.zoom(m.cmp, -1)
	case key.Matches(msg, m.keys.Fit):
		l.zoom(m.cmp, 0)
	case key.Matches(msg, m.keys.Events):
		l.setEvents(m.cmp, !l.events)
	case key.Matches(msg, m.keys.Open):
		if it, _, ok := l.selected(m.cmp); ok && it.Kind == tlmodel.KindRole && m.open != nil {
			return m.open(m.cmp.People[l.person].Profile.ID, it.Index, -1)
		}
	}
	m.relayout()
	return nil
}

// gridKey applies a key to the skill grid.
func (m *Model) gridKey(msg tea.KeyMsg) tea.Cmd {
	g := &m.grid
	page := 1
	if m.frame != nil {
		page = max(m.frame.rows-1, 1)
	}
	switch {
	case key.Matches(msg, m.keys.Up):
		g.move(-1)
	case key.Matches(msg, m.keys.Down):
		g.move(1)
	case key.Matches(msg, m.keys.PageUp):
		g.move(-page)
	case key.Matches(msg, m.keys.PageDown):
		g.move(page)
	case key.Matches(msg, m.keys.Top):
		g.move(-len(g.lines))
	case key.Matches(msg, m.keys.Bottom):
		g.move(len(g.lines))
	case key.Matches(msg, m.keys.Left):
		m.moveColumn(-1)
	case key.Matches(msg, m.keys.Right):
		m.moveColumn(1)
	case key.Matches(msg, m.keys.Sort):
		g.sort(g.order.Next())
	case key.Matches(msg, m.keys.Open):
		m.openEvidence()
	}
	m.relayout()
	return nil
}

// syncKeys enables the bindings that can act where the keys are, and
// names what the shared ones do there.
func (m *Model) syncKeys() {
	k := &m.keys
	ready, inEv := m.cmp != nil, m.ev != nil
	careers := ready && !inEv && m.focus == sectionCareers
	grid := ready && !inEv && m.focus == sectionSkills
	k.NextSection.SetEnabled(ready && !inEv && m.cmp.HasSkills && len(m.lanes.lines) > 0)
	for _, b := range []*key.Binding{&k.Left, &k.Right, &k.Up, &k.Down} {
		b.SetEnabled(careers || grid)
	}
	for _, b := range []*key.Binding{&k.PageUp, &k.PageDown, &k.Top, &k.Bottom, &k.Sort} {
		b.SetEnabled(grid)
	}
	dated := careers && m.lanes.dated
	k.ZoomIn.SetEnabled(dated)
	k.ZoomOut.SetEnabled(dated)
	k.Fit.SetEnabled(dated)
	k.Events.SetEnabled(careers && m.hasEvents())
	if m.lanes.events {
		k.Events.SetHelp("e", "hide events")
	} else {
		k.Events.SetHelp("e", "show events")
	}
	many := ready && !inEv && m.cols().shown < len(m.cmp.People)
	k.ColumnLeft.SetEnabled(many)
	k.ColumnRight.SetEnabled(many)
	k.Back.SetEnabled(inEv)
	open := false
	switch {
	case careers:
		k.NextSection.SetHelp("tab", "to skills")
		it, _, ok := m.lanes.selected(m.cmp)
		open = ok && it.Kind == tlmodel.KindRole && m.open != nil
		k.Open.SetHelp("enter", "open role")
		k.Left.SetHelp("←/h", "earlier")
		k.Right.SetHelp("→/l", "later")
	case grid:
		k.NextSection.SetHelp("tab", "to timelines")
		if r, ok := m.grid.selected(); ok && m.column < len(r.Cells) {
			open = r.Cells[m.column].Status != 0
		}
		k.Open.SetHelp("enter", "evidence")
		k.Left.SetHelp("←/h", "person left")
		k.Right.SetHelp("→/l", "person right")
	}
	k.Open.SetEnabled(open)
}

// ShortHelp is the screen's part of the help line: the evidence list's
// keys while it is open (the root's "esc back" closes it).
func (m Model) ShortHelp() []key.Binding {
	if m.ev != nil {
		return m.ev.view.ShortHelp()
	}
	return m.keys.ShortHelp()
}

// FullHelp is the screen's columns of the full help.
func (m Model) FullHelp() [][]key.Binding {
	if m.ev != nil {
		return append(m.ev.view.FullHelp(), []key.Binding{m.keys.Back})
	}
	return m.keys.FullHelp()
}

// hasEvents reports whether anyone has an events lane to show or hide.
func (m Model) hasEvents() bool {
	for i := range m.cmp.People {
		for _, l := range m.cmp.People[i].Timeline.Lanes {
			if l.Kind == tlmodel.LaneEvents {
				return true
			}
		}
	}
	return false
}
