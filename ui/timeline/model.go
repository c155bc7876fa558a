// Package timeline is the interactive timeline of one profile: roles as bars
// on a time axis that fits the width, one lane per employer with its
// promotions, gaps and overlaps, events as markers, a details panel for the
// selected item and the undated roles listed apart. The layout itself comes
// from model/timeline; this package draws it and moves the cursor.
package timeline

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/model"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/keys"
)

// OpenRoleMsg asks the profile view to show a role in the Experience tab;
// it is sent when Enter is pressed on a role.
type OpenRoleMsg struct {
	WorkIndex int // index in Resume.Work
}

// Model is the timeline view of one profile.
type Model struct {
	c     *common.Common
	p     *model.Profile
	t     *tlmodel.Timeline
	chart Chart
	keys  KeyMap

	vp     tlmodel.Viewport
	sel    int         // < len(t.Items): a dated item; then the undated ones; -1: nothing
	anchor model.Month // the month up/down moves stay near
	// laneTop and undatedTop are the first visible lane row and undated
	// line when they scroll.
	laneTop, undatedTop int
	width, height       int
	cache               *frameCache // the last drawn frame
}

// New builds the timeline of p, resolved against the session clock's month,
// with the most recent role selected and the whole career in view.
func New(c *common.Common, p *model.Profile) Model {
	t := tlmodel.Build(&p.Resume, c.Now())
	m := Model{c: c, p: p, t: &t, chart: NewChart(c.Styles), keys: DefaultKeyMap(),
		vp: t.Fit(), sel: t.Latest(), cache: &frameCache{}}
	if m.sel < 0 && len(t.Undated) > 0 {
		m.sel = 0
	}
	if it, ok := m.dated(); ok {
		m.anchor = it.Span.From
	}
	m.syncKeys()
	return m
}

// SetSize sets the view's size in cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = max(width, 0), max(height, 0)
	m.scroll()
}

// Init does nothing: the timeline is built in New.
func (m Model) Init() tea.Cmd { return nil }

// KeyMap returns the view's bindings, with those that cannot act disabled.
func (m Model) KeyMap() KeyMap { return m.keys }

// ShortHelp is the view's part of the help line.
func (m Model) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp is the view's columns of the full help.
func (m Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// Timeline returns the laid-out career the view draws.
func (m Model) Timeline() *tlmodel.Timeline { return m.t }

// Viewport returns the stretch of time in view.
func (m Model) Viewport() tlmodel.Viewport { return m.vp }

// Selected returns the selected item and whether it is undated; ok is false
// when the profile has nothing to select.
func (m Model) Selected() (it tlmodel.Item, undated, ok bool) {
	n := len(m.t.Items)
	switch {
	case m.sel < 0:
		return tlmodel.Item{}, false, false
	case m.sel < n:
		return m.t.Items[m.sel], false, true
	}
	return m.t.Undated[m.sel-n], true, true
}

// dated returns the selected item when it is on the axis.
func (m Model) dated() (tlmodel.Item, bool) {
	it, undated, ok := m.Selected()
	return it, ok && !undated
}

// SelectRole moves the cursor to the work entry with the given index in
// Resume.Work (on the axis or in the undated list) and brings it into view;
// it reports whether there is such a role.
func (m *Model) SelectRole(workIndex int) bool {
	if i := m.t.Role(workIndex); i >= 0 {
		m.sel = i
		m.anchor = m.t.Items[i].Span.From
		m.moved()
		return true
	}
	for i, it := range m.t.Undated {
		if it.Kind == tlmodel.KindRole && it.Index == workIndex {
			m.sel = len(m.t.Items) + i
			m.moved()
			return true
		}
	}
	return false
}

// Update moves the cursor, zooms, and sends OpenRoleMsg on Enter.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		if msg.Action != tea.MouseActionPress {
			break
		}
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.vertical(-1)
		case tea.MouseButtonWheelDown:
			m.vertical(1)
		}
	}
	return m, nil
}

// handleKey applies one key press. Bubble Tea delivers runes typed faster
// than it reads them (a held "l", a quick "++") as one message; they are
// applied one by one, as pressed.
func (m Model) handleKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if burst := keys.Burst(msg); burst != nil {
		cmds := make([]tea.Cmd, 0, len(burst))
		for _, k := range burst {
			var cmd tea.Cmd
			m, cmd = m.handleKey(k)
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	}
	switch {
	case key.Matches(msg, m.keys.Left):
		m.horizontal(-1)
	case key.Matches(msg, m.keys.Right):
		m.horizontal(1)
	case key.Matches(msg, m.keys.Up):
		m.vertical(-1)
	case key.Matches(msg, m.keys.Down):
		m.vertical(1)
	case key.Matches(msg, m.keys.ZoomIn):
		m.vp = m.vp.ZoomIn(m.cursorMonth())
	case key.Matches(msg, m.keys.ZoomOut):
		m.vp = m.vp.ZoomOut(m.cursorMonth())
	case key.Matches(msg, m.keys.Fit):
		m.vp = m.t.Fit()
	case key.Matches(msg, m.keys.Open):
		if it, _, ok := m.Selected(); ok && it.Kind == tlmodel.KindRole {
			open := OpenRoleMsg{WorkIndex: it.Index}
			return m, func() tea.Msg { return open }
		}
	}
	return m, nil
}

// cursorMonth is the month zoom keeps in place: the selected item's start,
// or the middle of the view.
func (m Model) cursorMonth() model.Month {
	if it, ok := m.dated(); ok && m.vp.Contains(it.Span.From) {
		return it.Span.From
	}
	return m.vp.From + model.Month(m.vp.Months()/2)
}

// horizontal moves to the previous or next item: in time order on the axis,
// in file order in the undated list.
func (m *Model) horizontal(dir int) {
	n := len(m.t.Items)
	switch {
	case m.sel < 0:
		return
	case m.sel < n:
		m.sel = m.t.Step(m.sel, dir)
		m.anchor = m.t.Items[m.sel].Span.From
	default:
		m.sel = min(max(m.sel+dir, n), n+len(m.t.Undated)-1)
	}
	m.moved()
}

// vertical moves to the nearest item on the row above or below; below the
// last row is the undated list, and above its first line the last row.
func (m *Model) vertical(dir int) {
	n := len(m.t.Items)
	switch {
	case m.sel < 0:
		return
	case m.sel < n:
		if j, ok := m.t.Vertical(m.sel, dir, m.anchor); ok {
			m.sel = j
		} else if dir > 0 && len(m.t.Undated) > 0 {
			m.sel = n
		}
	case dir < 0 && m.sel == n:
		if j := m.lastRowItem(); j >= 0 {
			m.sel = j
		}
	default:
		m.sel = min(max(m.sel+dir, n), n+len(m.t.Undated)-1)
	}
	m.moved()
}

// lastRowItem is the item of the bottom row nearest to the anchor, or -1.
func (m Model) lastRowItem() int {
	rows := m.t.Rows()
	for r := len(rows) - 1; r >= 0; r-- {
		if items := m.t.RowItems(rows[r]); len(items) > 0 {
			return m.t.Nearest(items, m.anchor)
		}
	}
	return -1
}

// moved brings the new selection into view and updates the bindings.
func (m *Model) moved() {
	if it, ok := m.dated(); ok {
		m.vp = m.vp.Follow(it.Span)
	}
	m.scroll()
	m.syncKeys()
}

// syncKeys enables the bindings that can act on the current selection.
func (m *Model) syncKeys() {
	it, _, ok := m.Selected()
	m.keys.Open.SetEnabled(ok && it.Kind == tlmodel.KindRole)
	dated := len(m.t.Items) > 0
	m.keys.ZoomIn.SetEnabled(dated)
	m.keys.ZoomOut.SetEnabled(dated)
	m.keys.Fit.SetEnabled(dated)
	for _, b := range []*key.Binding{&m.keys.Left, &m.keys.Right, &m.keys.Up, &m.keys.Down} {
		b.SetEnabled(ok)
	}
}
