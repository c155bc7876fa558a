package profile

import (
	tea "github.com/charmbracelet/bubbletea"
)

// FocusMsg opens a profile on its Experience tab at a role, with one of its
// bullets highlighted and scrolled into view. Search and the skills matrix
// send it; the root opens the profile if it is not the one shown.
type FocusMsg struct {
	ProfileID string
	WorkIndex int // index into Resume.Work
	Highlight int // index into that role's Highlights; -1 for the role itself
}

// SearchMsg asks the root to open the search, ready to narrow it to this
// profile.
type SearchMsg struct{ ProfileID string }

// Focus returns a command that sends a FocusMsg.
func Focus(profileID string, work, highlight int) tea.Cmd {
	return func() tea.Msg { return FocusMsg{ProfileID: profileID, WorkIndex: work, Highlight: highlight} }
}

// selectTab shows the tab at index i, keeping each tab's scroll position.
func (m *Model) selectTab(i int) {
	if i < 0 || i >= len(m.tabs) || i == m.active {
		return
	}
	from := m.ActiveTab()
	m.offsets[from] = m.vp.YOffset
	if m.tabs[i] == Timeline && from == Experience {
		m.timelineFollow()
	}
	m.active = i
	m.relayout()
}

// timelineFollow puts the timeline's cursor on the role being read in the
// Experience tab: the focused one, else the one at the top of the screen.
func (m *Model) timelineFollow() {
	tp, ok := m.panes[Timeline].(timelinePane)
	if !ok {
		return
	}
	work := -1
	if m.focus.set {
		work = m.focus.work
	} else {
		top, best := m.vp.YOffset+focusContext, -1
		for a, line := range m.anchors {
			if a.highlight == -1 && line <= top && line > best {
				work, best = a.work, line
			}
		}
	}
	if work >= 0 && tp.SelectRole(work) {
		m.setPane(Timeline, tp)
	}
}

// SelectTab shows tab t when the profile has it, and reports whether it
// does.
func (m *Model) SelectTab(t Tab) bool {
	for i, x := range m.tabs {
		if x == t {
			m.selectTab(i)
			return true
		}
	}
	return false
}

// focusOn shows the Experience tab with a role (and a bullet, when
// highlight >= 0) marked and scrolled into view.
func (m *Model) focusOn(work, highlight int) {
	if work < 0 || work >= len(m.p.Resume.Work) {
		return
	}
	if highlight >= len(m.p.Resume.Work[work].Highlights) {
		highlight = -1
	}
	m.focus = focus{set: true, work: work, highlight: highlight}
	m.offsets[m.ActiveTab()] = m.vp.YOffset
	m.active = 0 // Experience is always the first tab
	m.relayout()
	line, ok := m.anchors[anchor{work, highlight}]
	if !ok {
		line = m.anchors[anchor{work, -1}]
	}
	m.vp.SetYOffset(max(line-focusContext, 0))
}

// jumpRole scrolls to the next (dir > 0) or previous role, keeping a
// little context above it: to its employer's line when the role starts a
// progression, to its own title otherwise.
func (m *Model) jumpRole(dir int) {
	at := m.vp.YOffset + focusContext // the line a jump lands a title on
	best := -1
	for a, line := range m.anchors {
		_, employer := m.anchors[anchor{a.work, employerLine}]
		if a.highlight >= 0 || (a.highlight == -1 && employer) {
			continue
		}
		if dir > 0 && line > at && (best < 0 || line < best) {
			best = line
		}
		if dir < 0 && line < at && (best < 0 || line > best) {
			best = line
		}
	}
	if best >= 0 {
		m.vp.SetYOffset(max(best-focusContext, 0))
	} else if dir < 0 {
		m.vp.GotoTop()
	}
}
