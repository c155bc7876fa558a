// Package profile is the profile view: a header with the person's name,
// headline, contacts and summary, and tabs for Experience (employers with
// their role progressions), the Timeline, Writing & Talks, and Education &
// Certificates, each shown only when the profile has content for it.
package profile

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/compare"
	"github.com/vitae-cli/vitae/ui/timeline"
)

// Layout of the view, in lines.
const (
	headerGap    = 1 // between the header and the tabs
	focusContext = 2 // lines kept above a focused role or bullet
	minBody      = 3 // the body never shrinks below this
)

// Model is the profile view of one person.
type Model struct {
	c      *common.Common
	p      *model.Profile
	keys   KeyMap
	tabs   []Tab
	active int
	panes  map[Tab]pane

	width, height int
	header        string
	headerCut     bool
	vp            viewport.Model
	lines         []string       // the active text tab's lines
	anchors       map[anchor]int // where roles and bullets start in lines
	offsets       map[Tab]int    // scroll position kept per tab
	focus         focus
	bar           *tabBarCache
	request       tea.Msg // what the last key asks of the parent; see Request
}

// New builds the profile view of p, sized to the whole terminal.
func New(c *common.Common, p *model.Profile) Model {
	return NewSized(c, p, c.Width, c.Height)
}

// NewSized builds the profile view of p laid out in width×height cells:
// what a parent that knows the view's size calls, so the text is laid out
// once.
func NewSized(c *common.Common, p *model.Profile, width, height int) Model {
	m := Model{c: c, p: p, keys: DefaultKeyMap(), panes: newPanes(c, p), offsets: map[Tab]int{}, bar: &tabBarCache{}}
	m.tabs = tabsFor(&p.Resume, m.panes)
	m.vp = viewport.New(0, 0)
	m.SetSize(width, height)
	return m
}

// Request is what the last key asked of the parent — SearchMsg or
// compare.AddMsg — or nil. The parent reads it right after Update and acts
// at once (ClearRequest), so keys typed next reach the screen it opens.
func (m Model) Request() tea.Msg { return m.request }

// ClearRequest forgets the request once the parent has acted on it.
func (m *Model) ClearRequest() { m.request = nil }

// Profile is the person shown.
func (m Model) Profile() *model.Profile { return m.p }

// Tabs lists the tabs shown, in order.
func (m Model) Tabs() []Tab { return m.tabs }

// ActiveTab is the tab shown.
func (m Model) ActiveTab() Tab { return m.tabs[m.active] }

// ScrollOffset is the first line of the active text tab on screen.
func (m Model) ScrollOffset() int { return m.vp.YOffset }

// Focused reports the role and bullet opened from elsewhere, if any.
func (m Model) Focused() (work, highlight int, ok bool) {
	return m.focus.work, m.focus.highlight, m.focus.set
}

// Timeline is the timeline tab's component, when the profile has one.
func (m Model) Timeline() (timeline.Model, bool) {
	t, ok := m.panes[Timeline].(timelinePane)
	return t.Model, ok
}

// Typing reports whether a text input in the active tab has the keyboard
// (the skills filter): then every key but ctrl+c is text.
func (m Model) Typing() bool {
	t, ok := m.panes[m.ActiveTab()].(typer)
	return ok && t.Typing()
}

// Nested reports whether Esc belongs to the active tab (it closes the
// skills evidence list or clears its filter) rather than going back.
func (m Model) Nested() bool {
	n, ok := m.panes[m.ActiveTab()].(nester)
	return ok && n.Nested()
}

// KeyMap is the view's bindings, for help.
func (m Model) KeyMap() KeyMap { return m.keys }

// SetSize lays the view out in width×height cells.
func (m *Model) SetSize(width, height int) {
	if width == m.width && height == m.height && m.lines != nil {
		return
	}
	m.width, m.height = max(width, 1), max(height, 1)
	m.header, m.headerCut = header(m.c, m.p, m.textWidth(), m.height)
	for t, p := range m.panes {
		m.setPane(t, p.resized(m.width, m.bodyHeight()))
	}
	m.relayout()
}

// textWidth is the width of the header and the text tabs: the view's,
// up to a readable measure.
func (m Model) textWidth() int { return min(m.width, common.MaxTextWidth) }

// bodyHeight is the height left for the active tab.
func (m Model) bodyHeight() int {
	return max(m.height-lipgloss.Height(m.header)-headerGap-tabBarHeight, minBody)
}

// relayout rebuilds the active text tab's lines at the current width and
// keeps the scroll position.
func (m *Model) relayout() {
	m.vp.Width, m.vp.Height = m.width, m.bodyHeight()
	t := m.ActiveTab()
	m.keys.setScrollEnabled(m.panes[t] == nil)
	_, ownSlash := m.panes[t].(typer) // a tab with its own filter on "/"
	m.keys.Search.SetEnabled(!ownSlash)
	m.keys.NextRole.SetEnabled(t == Experience && len(m.p.Resume.Work) > 1)
	m.keys.PrevRole.SetEnabled(t == Experience && len(m.p.Resume.Work) > 1)
	if m.panes[t] != nil {
		return
	}
	var d *doc
	switch w := m.textWidth(); t {
	case Writing:
		d = writingDoc(m.c, m.p, w)
	case Education:
		d = educationDoc(m.c, m.p, w)
	default:
		d = experienceDoc(m.c, m.p, w, m.focus, m.headerCut)
	}
	m.lines, m.anchors = d.content(), d.anchors
	m.vp.SetContent(strings.Join(m.lines, "\n"))
	m.vp.SetYOffset(m.offsets[t])
}

// Update handles tab switching, scrolling and focus requests; keys and
// messages for a component tab go to it.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case FocusMsg: // search or skills: a bullet in context
		if msg.ProfileID == m.p.ID {
			m.focusOn(msg.WorkIndex, msg.Highlight)
		}
		return m, nil
	case timeline.OpenRoleMsg: // Enter on a role in the timeline
		m.focusOn(msg.WorkIndex, -1)
		return m, nil
	case tea.KeyMsg:
		m.request = nil
		if m.Typing() { // the tab's filter has the keyboard
			break
		}
		switch {
		case key.Matches(msg, m.keys.NextTab):
			m.selectTab((m.active + 1) % len(m.tabs))
			return m, nil
		case key.Matches(msg, m.keys.PrevTab):
			m.selectTab((m.active + len(m.tabs) - 1) % len(m.tabs))
			return m, nil
		case key.Matches(msg, m.keys.GoTab):
			m.selectTab(int(msg.String()[0] - '1'))
			return m, nil
		case key.Matches(msg, m.keys.Search):
			m.request = SearchMsg{ProfileID: m.p.ID}
			return m, nil
		case key.Matches(msg, m.keys.Compare):
			m.request = compare.AddMsg{ProfileID: m.p.ID}
			return m, nil
		}
	}
	if p := m.panes[m.ActiveTab()]; p != nil {
		return m.updatePane(p, msg)
	}
	return m.updateText(msg)
}

// updatePane hands a message to the active component tab.
func (m Model) updatePane(p pane, msg tea.Msg) (Model, tea.Cmd) {
	p, cmd := p.Update(msg)
	m.setPane(m.ActiveTab(), p)
	return m, cmd
}

// setPane replaces a component tab. The map is copied, never written in
// place: Model is a value, and an older copy must keep its own panes.
func (m *Model) setPane(t Tab, p pane) {
	panes := make(map[Tab]pane, len(m.panes))
	for k, v := range m.panes {
		panes[k] = v
	}
	panes[t] = p
	m.panes = panes
}

// updateText scrolls the active text tab.
func (m Model) updateText(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case m.keys.Scroll.Apply(&m.vp, msg): // scrolled
		case key.Matches(msg, m.keys.NextRole):
			m.jumpRole(+1)
		case key.Matches(msg, m.keys.PrevRole):
			m.jumpRole(-1)
		}
	case tea.MouseMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}
