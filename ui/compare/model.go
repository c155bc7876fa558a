// Package compare is the compare screen: two to four people side by side —
// a summary with the best value of each row marked, their careers on one
// shared time axis (one lane group each, with the timeline view's cursor,
// zoom and undated roles), and a skill grid sortable four ways whose cells
// open that person's evidence. The people's columns keep a minimum width
// and scroll together, the labels pinned, when they do not all fit.
// What is compared comes from model/compare, worked out in a tea.Cmd.
package compare

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/keys"
	"github.com/vitae-cli/vitae/ui/skills"
	"github.com/vitae-cli/vitae/ui/styles"
	"github.com/vitae-cli/vitae/ui/timeline"
)

// OpenMsg asks the root to compare people, by profile ID, in column order.
// The roster sends it for the marked people.
type OpenMsg struct{ ProfileIDs []string }

// AddMsg asks the root to add a person to the comparison: `c` in a
// profile sends it.
type AddMsg struct{ ProfileID string }

// FocusFunc asks for a role (and a bullet, when highlight >= 0) to be shown
// in its profile; the root passes profile.Focus, so this package does not
// import the profile view.
type FocusFunc func(profileID string, work, highlight int) tea.Cmd

// readyMsg carries the comparison worked out off the event loop; key says
// which people it is for.
type readyMsg struct {
	key string
	cmp *cmpmodel.Comparison
}

// section is the part of the screen that has the keys.
type section uint8

const (
	sectionCareers section = iota
	sectionSkills
)

// Model is the compare screen.
type Model struct {
	c     *common.Common
	st    styles.CompareStyles
	chart timeline.Chart
	keys  KeyMap
	open  FocusFunc

	people []*model.Profile
	key    string
	cmp    *cmpmodel.Comparison // nil until readyMsg; never changed once set

	focus  section
	lanes  lanes
	grid   grid
	column int // the person whose column the grid's cursor is in
	ev     *evidence

	width, height int
	frame         *frame     // the last layout; nil before the comparison is ready
	cache         *viewCache // parts drawn for a layout, shared by copies
	pin           int        // the pinned column's natural width, known once ready
}

// evidence is an open evidence list and whose it is.
type evidence struct {
	person int
	view   skills.Evidence
}

// New builds the compare screen of people (2 to cmpmodel.MaxPeople, in
// column order). open may be nil: Enter on a role or bullet then does
// nothing. Init works the comparison out.
func New(c *common.Common, people []*model.Profile, open FocusFunc) Model {
	if len(people) > cmpmodel.MaxPeople {
		people = people[:cmpmodel.MaxPeople]
	}
	ids := make([]string, len(people))
	for i, p := range people {
		ids[i] = p.ID
	}
	m := Model{c: c, st: styles.Compare(c.Styles), chart: timeline.NewChart(c.Styles), keys: DefaultKeyMap(),
		open: open, people: people, key: strings.Join(ids, "\x00"), cache: &viewCache{}}
	m.syncKeys()
	return m
}

// Init compares the people in the background: skills analysis reads every
// text of every profile.
func (m Model) Init() tea.Cmd {
	people, tx, now, k := m.people, m.c.Taxonomy, m.c.Now(), m.key
	return func() tea.Msg {
		cmp := cmpmodel.New(people, tx, now)
		return readyMsg{key: k, cmp: &cmp}
	}
}

// Ready reports whether the comparison has been worked out.
func (m Model) Ready() bool { return m.cmp != nil }

// Comparison is what is compared, or nil before Init's work is done.
func (m Model) Comparison() *cmpmodel.Comparison { return m.cmp }

// ProfileIDs are the people compared, in column order.
func (m Model) ProfileIDs() []string { return strings.Split(m.key, "\x00") }

// Nested reports whether Esc belongs to the screen: it closes the
// evidence list.
func (m Model) Nested() bool { return m.ev != nil }

// Evidence reports the open evidence list: whose and which skill.
func (m Model) Evidence() (person int, skill string, ok bool) {
	if m.ev == nil {
		return 0, "", false
	}
	return m.ev.person, m.ev.view.Skill().Skill.Name, true
}

// Order is the skill grid's order.
func (m Model) Order() cmpmodel.Order { return m.grid.order }

// Cursor is the grid's cursor: the selected skill ("" when none) and the
// person's column.
func (m Model) Cursor() (skill string, person int) {
	if r, ok := m.grid.selected(); ok {
		return r.Skill.Name, m.column
	}
	return "", m.column
}

// SkillsFocused reports whether the skill grid has the keys (else the
// timelines have them).
func (m Model) SkillsFocused() bool { return m.focus == sectionSkills }

// SetSize lays the screen out in width×height cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = max(width, 1), max(height, 1)
	if m.ev != nil {
		ev := *m.ev
		ev.view.SetSize(m.width, max(m.height-evidenceTitle, 1))
		m.ev = &ev
	}
	m.relayout()
}

// Update routes a message: the comparison when it is ready, keys to the
// evidence list when one is open, else to the section that has the keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case readyMsg:
		if msg.key == m.key && m.cmp == nil {
			m.ready(msg.cmp)
		}
		return m, nil
	case tea.KeyMsg:
		if m.cmp == nil {
			return m, nil
		}
		if m.ev != nil {
			return m.updateEvidence(msg)
		}
		cmd := m.handleKey(msg)
		m.syncKeys()
		return m, cmd
	case tea.MouseMsg:
		if m.ev != nil {
			ev := *m.ev
			var cmd tea.Cmd
			ev.view, cmd = ev.view.Update(msg)
			m.ev = &ev
			return m, cmd
		}
		if msg.Action == tea.MouseActionPress && m.cmp != nil {
			m.wheel(msg.Button)
		}
	}
	return m, nil
}

// ready takes the worked-out comparison and lays the screen out.
func (m *Model) ready(c *cmpmodel.Comparison) {
	m.cmp = c
	m.pin = pinWidth(c)
	m.lanes = newLanes(c)
	m.grid = newGrid(c.Grid)
	if len(m.lanes.lines) == 0 || !c.HasSkills {
		m.focus = sectionCareers
	}
	m.relayout()
	m.syncKeys()
}

// handleKey applies a key to the screen. Runes typed faster than they
// are read (a held "l", a quick ">>") arrive as one message and are
// applied one by one, as pressed.
func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if burst := keys.Burst(msg); burst != nil {
		var cmds []tea.Cmd
		for _, k := range burst {
			cmds = append(cmds, m.handleKey(k))
			m.syncKeys()
		}
		return tea.Batch(cmds...)
	}
	switch {
	case key.Matches(msg, m.keys.NextSection):
		if m.keys.NextSection.Enabled() {
			m.focus = 1 - m.focus
			m.relayout()
		}
		return nil
	case key.Matches(msg, m.keys.ColumnLeft):
		m.moveColumn(-1)
		return nil
	case key.Matches(msg, m.keys.ColumnRight):
		m.moveColumn(1)
		return nil
	}
	if m.focus == sectionSkills {
		return m.gridKey(msg)
	}
	return m.lanesKey(msg)
}

// wheel scrolls the section that has the keys.
func (m *Model) wheel(b tea.MouseButton) {
	dir := 0
	switch b {
	case tea.MouseButtonWheelUp:
		dir = -1
	case tea.MouseButtonWheelDown:
		dir = 1
	default:
		return
	}
	if m.focus == sectionSkills {
		m.grid.move(dir)
	} else {
		m.lanes.vertical(m.cmp, dir)
	}
	m.relayout()
}

// updateEvidence hands a key to the open evidence list; Esc closes it.
func (m Model) updateEvidence(msg tea.KeyMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Back) {
		m.ev = nil
		m.syncKeys()
		return m, nil
	}
	ev := *m.ev
	var cmd tea.Cmd
	ev.view, cmd = ev.view.Update(msg)
	m.ev = &ev
	return m, cmd
}

// openEvidence shows the selected cell's evidence, when the person shows
// or claims the skill.
func (m *Model) openEvidence() {
	r, ok := m.grid.selected()
	if !ok || m.column >= len(r.Cells) || r.Cells[m.column].Status == 0 {
		return
	}
	e, ok := m.cmp.Evidence(m.column, r.Skill.Name)
	if !ok {
		return
	}
	var focus skills.FocusFunc
	if m.open != nil {
		focus = skills.FocusFunc(m.open)
	}
	v := skills.NewEvidence(m.c, m.cmp.People[m.column].Profile, e, focus)
	v.SetSize(m.width, max(m.height-evidenceTitle, 1))
	m.ev = &evidence{person: m.column, view: v}
}

// moveColumn moves the grid's cursor to the person on the left or right,
// scrolling the columns of the summary and the grid together.
func (m *Model) moveColumn(dir int) {
	if m.cmp == nil {
		return
	}
	m.column = common.Clamp(m.column+dir, 0, len(m.cmp.People)-1)
	m.relayout()
}
