package profile

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
)

// Tab is one of the profile view's tabs.
type Tab int

// The tabs, in the order they are shown. A profile shows only the tabs it
// has content for (Experience always).
const (
	Experience Tab = iota
	Timeline
	Skills
	Writing
	Education
)

// tabTitles are the tabs' titles, long and short (for narrow terminals).
var tabTitles = map[Tab][2]string{
	Experience: {"Experience", "Experience"},
	Timeline:   {"Timeline", "Timeline"},
	Skills:     {"Skills", "Skills"},
	Writing:    {"Writing & Talks", "Writing"},
	Education:  {"Education & Certificates", "Education"},
}

// String is the tab's title.
func (t Tab) String() string { return tabTitles[t][0] }

// pane is a tab whose content is its own component (the timeline, later
// the skills matrix) rather than scrolling text. Adapters in panes.go wrap
// each component's concrete Model.
type pane interface {
	Update(msg tea.Msg) (pane, tea.Cmd)
	View() string
	// resized returns the pane laid out in width×height cells.
	resized(width, height int) pane
	help.KeyMap
}

// typer is a pane with a text input that may have the keyboard.
type typer interface{ Typing() bool }

// nester is a pane with a nested state that Esc closes (an evidence list)
// before Esc goes back from the profile.
type nester interface{ Nested() bool }

// tabsFor lists the tabs a profile has content for, given the component
// panes available.
func tabsFor(r *model.Resume, panes map[Tab]pane) []Tab {
	tabs := []Tab{Experience}
	for _, t := range []Tab{Timeline, Skills} {
		if panes[t] != nil {
			tabs = append(tabs, t)
		}
	}
	if hasWriting(r) {
		tabs = append(tabs, Writing)
	}
	if hasEducation(r) {
		tabs = append(tabs, Education)
	}
	return tabs
}

// Tab bar layout.
const (
	tabSeparator   = "│"
	tabBarHeight   = 2 // titles and the rule under them
	ruleActive     = "━"
	ruleInactive   = "─"
	scrollInfoGap  = 2
	scrollInfoSize = len("100%")
)

// tabBar draws the tab titles with a rule under them, heavy under the
// active tab, and the scroll position on the right when there is one.
func (m Model) tabBar(scroll string) string {
	k := tabBarKey{active: m.active, width: m.width, scroll: scroll}
	if m.bar.view != "" && m.bar.key == k {
		return m.bar.view
	}
	m.bar.key, m.bar.view = k, m.drawTabBar(scroll)
	return m.bar.view
}

// tabBarCache keeps the last tab bar drawn; it changes only with the
// active tab, the width and the scroll position. Copies of Model share it
// safely: a drawing is reused only for the very same state.
type tabBarCache struct {
	key  tabBarKey
	view string
}

// tabBarKey is what the tab bar's drawing depends on (the tabs themselves
// never change for a profile).
type tabBarKey struct {
	active, width int
	scroll        string
}

// drawTabBar draws the tab bar.
func (m Model) drawTabBar(scroll string) string {
	st := m.c.Styles.Tabs
	room := m.width
	if scroll != "" {
		room -= scrollInfoGap + scrollInfoSize
	}
	draw := func(short int) (string, string) {
		var top, rule strings.Builder
		for i, t := range m.tabs {
			if i > 0 {
				top.WriteString(st.Separator.Render(tabSeparator))
				rule.WriteString(st.Rule.Render(ruleInactive))
			}
			s, r := st.Inactive, st.Rule
			ch := ruleInactive
			if i == m.active {
				s, r, ch = st.Active, st.RuleActive, ruleActive
			}
			title := s.Render(tabTitles[t][short])
			top.WriteString(title)
			rule.WriteString(r.Render(strings.Repeat(ch, lipgloss.Width(title))))
		}
		return top.String(), rule.String()
	}
	top, rule := draw(0)
	if lipgloss.Width(top) > room {
		top, rule = draw(1)
	}
	if w := lipgloss.Width(top); w <= room {
		top += strings.Repeat(" ", max(m.width-w-lipgloss.Width(scroll), 0)) + scroll
	}
	if w := lipgloss.Width(rule); w < m.width {
		rule += st.Rule.Render(strings.Repeat(ruleInactive, m.width-w))
	}
	return top + "\n" + rule
}
