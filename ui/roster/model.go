// Package roster is the first screen: every loaded person with their
// headline, current role, years of experience and strongest skills, a
// filter on `/`, and a count of the files that could not be loaded.
package roster

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
)

// Layout, in lines.
const (
	titleHeight = 1
	// titleGap is 0: the list's own title bar, empty unless the filter is
	// being typed, is the blank line under the title.
	titleGap = 0
)

// OpenMsg asks the root to open a person's profile.
type OpenMsg struct{ Profile *model.Profile }

// ProblemsMsg asks the root to show the loading problems.
type ProblemsMsg struct{}

// SearchMsg asks the root to open the search over every profile.
type SearchMsg struct{}

// Model is the roster view.
type Model struct {
	c          *common.Common
	keys       KeyMap
	list       list.Model
	profiles   []*model.Profile
	problems   []model.Problem
	skills     map[string][]string
	width      int
	height     int
	version    int        // bumped when the items change
	cache      *viewCache // the last list drawn, shared by copies of Model
	marks      []string   // marked for comparison, in order
	lastViewed string     // the profile opened last
	note       string     // a one-key hint in the title ("mark two…")
	request    tea.Msg    // what the last key asks of the parent; see Request
}

// viewCache keeps the list's last drawing: the list redraws every item on
// every frame, and a frame at 200×60 costs over a millisecond. Copies of
// Model share it safely, because a drawing is reused only for the very
// same state.
type viewCache struct {
	key  listKey
	view string
}

// listKey is everything the list's drawing depends on: while a filter is
// typed, the input line too (its cursor blinks).
type listKey struct {
	index, page, width, height, version, shown int
	state                                      list.FilterState
	filter, input                              string
}

// New builds the roster of profiles; problems are the loading problems,
// counted in the title.
func New(c *common.Common, profiles []*model.Profile, problems []model.Problem) Model {
	m := Model{c: c, keys: DefaultKeyMap(), profiles: profiles, problems: problems, cache: &viewCache{}}
	l := list.New(nil, newDelegate(c), 0, 0)
	l.Styles = c.Styles.List
	l.FilterInput.PromptStyle = c.Styles.List.FilterPrompt
	l.FilterInput.Cursor.Style = c.Styles.List.FilterCursor
	l.FilterInput.Prompt = "Filter: "
	l.Paginator.ActiveDot = c.Styles.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = c.Styles.List.InactivePaginationDot.String()
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.KeyMap.ShowFullHelp.SetEnabled(false)
	l.KeyMap.CloseFullHelp.SetEnabled(false)
	l.SetStatusBarItemName("profile", "profiles")
	m.list = l
	m.keys.Problems.SetEnabled(len(problems) > 0)
	m.setItems()
	m.SetSize(c.Width, c.Height)
	return m
}

// setItems (re)builds the list's items from the profiles.
func (m *Model) setItems() {
	its := items(m.c, m.profiles, m.skills, m.marks, m.version+1)
	li := make([]list.Item, len(its))
	for i := range its {
		li[i] = its[i]
	}
	m.list.SetItems(li)
	m.version++
}

// SetTopSkills shows each person's strongest skills (by profile ID) once
// they are known.
func (m *Model) SetTopSkills(skills map[string][]string) {
	m.skills = make(map[string][]string, len(skills))
	for id, ss := range skills {
		for _, s := range ss {
			m.skills[id] = append(m.skills[id], model.SanitizeLine(s))
		}
	}
	m.setItems()
}

// SetSize lays the roster out in width×height cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.list.SetSize(min(width, common.MaxTextWidth), max(height-titleHeight-titleGap, 1))
}

// Request is what the last key asked of the parent — OpenMsg, ProblemsMsg,
// SearchMsg or compare.OpenMsg — or nil. The parent reads it right after
// Update and acts at once (ClearRequest), rather than through a tea.Cmd
// whose message would arrive after keys typed meanwhile: "s" then "kafka"
// must all reach the search.
func (m Model) Request() tea.Msg { return m.request }

// ClearRequest forgets the request once the parent has acted on it.
func (m *Model) ClearRequest() { m.request = nil }

// Selected is the person under the cursor, or nil.
func (m Model) Selected() *model.Profile {
	if it, ok := m.list.SelectedItem().(Item); ok {
		return it.Profile
	}
	return nil
}

// Index is the cursor's position among the visible items.
func (m Model) Index() int { return m.list.Index() }

// Filtering reports whether the filter input has focus: keys are text then.
func (m Model) Filtering() bool { return m.list.SettingFilter() }

// Filtered reports whether a filter is applied or being typed.
func (m Model) Filtered() bool { return m.list.FilterState() != list.Unfiltered }

// Update moves the cursor, filters, and asks to open a profile or the
// problems.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		m.note, m.request = "", nil
		if m.list.SettingFilter() {
			break
		}
		switch {
		case key.Matches(msg, m.keys.Mark):
			m.toggleMark()
			return m, nil
		case key.Matches(msg, m.keys.Unmark):
			m.clearMarks()
			return m, nil
		case key.Matches(msg, m.keys.Compare):
			m.compare()
			return m, nil
		case key.Matches(msg, m.keys.Open):
			if p := m.Selected(); p != nil {
				m.request = OpenMsg{Profile: p}
			}
			return m, nil
		case key.Matches(msg, m.keys.Problems):
			m.request = ProblemsMsg{}
			return m, nil
		case key.Matches(msg, m.keys.Search):
			m.request = SearchMsg{}
			return m, nil
		}
	case list.FilterMatchesMsg:
		m.version++ // the shown items changed: the cached drawing is stale
	case tea.MouseMsg:
		// The list has no mouse support: the wheel moves the cursor.
		switch {
		case msg.Button == tea.MouseButtonWheelUp && msg.Action == tea.MouseActionPress:
			m.list.CursorUp()
		case msg.Button == tea.MouseButtonWheelDown && msg.Action == tea.MouseActionPress:
			m.list.CursorDown()
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return m, cmd
}

// View draws the title line (count, filter, problems) and the list.
func (m Model) View() string {
	return m.title() + strings.Repeat("\n", titleGap+1) + m.listView()
}

// listView draws the list, reusing the last drawing when nothing it
// depends on changed.
func (m Model) listView() string {
	k := listKey{index: m.list.Index(), page: m.list.Paginator.Page, width: m.list.Width(), height: m.list.Height(),
		version: m.version, shown: len(m.list.VisibleItems()), state: m.list.FilterState(), filter: m.list.FilterValue()}
	if m.list.SettingFilter() {
		k.input = m.list.FilterInput.View()
	}
	if m.cache.view == "" || m.cache.key != k {
		m.cache.key, m.cache.view = k, m.list.View()
	}
	return m.cache.view
}

// title is "vitae" with the number of people shown and, when files could
// not be loaded, how many and which key lists them.
func (m Model) title() string {
	st := m.c.Styles
	n := len(m.profiles)
	status := fmt.Sprintf("%d %s", n, plural(n, "profile", "profiles"))
	if m.list.FilterState() != list.Unfiltered {
		shown := len(m.list.VisibleItems())
		status = fmt.Sprintf("%d of %d", shown, n)
		if q := model.SanitizeLine(m.list.FilterValue()); q != "" {
			status = "“" + q + "” · " + status
		}
	}
	out := st.Title.Render("vitae") + st.Status.Render("  "+status)
	if k := len(m.marks); k > 0 {
		out += st.Status.Render(fmt.Sprintf(" · %d marked", k))
		if k >= 2 {
			out += st.Status.Render(" — c compare")
		}
	}
	if m.note != "" {
		out += st.Status.Render(" · ") + st.StatusBad.Render(m.note)
	} else if note := m.problemNote(); note != "" {
		out += st.Status.Render(" · ") + st.StatusBad.Render(note)
	}
	return ansi.Truncate(out, max(m.width, 1), "…")
}

// problemNote says how many files were skipped and how many warnings
// there are, and which key lists them.
func (m Model) problemNote() string {
	if len(m.problems) == 0 {
		return ""
	}
	files := map[string]bool{}
	warnings := 0
	for _, p := range m.problems {
		switch p.Severity {
		case model.Error:
			files[p.File] = true
		case model.Warning:
			warnings++
		}
	}
	var parts []string
	if k := len(files); k > 0 {
		parts = append(parts, fmt.Sprintf("%d %s skipped", k, plural(k, "file", "files")))
	}
	if warnings > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", warnings, plural(warnings, "warning", "warnings")))
	}
	if len(parts) == 0 {
		k := len(m.problems)
		parts = append(parts, fmt.Sprintf("%d %s", k, plural(k, "notice", "notices")))
	}
	return strings.Join(parts, ", ") + " — press p"
}

// plural picks the word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// FilterValue is the text typed into the filter.
func (m Model) FilterValue() string { return m.list.FilterValue() }
