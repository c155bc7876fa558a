// Package skills is the Skills tab of a profile: the person's skills
// grouped by category, each with a heat strip of the years work evidenced
// it, the years evidenced, when it was last used and how many bullets show
// it; Enter lists the evidence with the skill highlighted, and Enter on a
// bullet jumps to it in the Experience tab.
package skills

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/model"
	sk "github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/styles"
)

// FocusFunc asks for a bullet of a role to be shown in context: the
// profile view passes profile.Focus, so Enter on a bullet sends its
// FocusMsg without this package importing the profile view.
type FocusFunc func(profileID string, work, highlight int) tea.Cmd

// row is one line of the matrix: a category heading or a skill.
type row struct {
	category string // set on headings
	count    int    // skills under a heading
	skill    int    // index into matrix.Skills; -1 on headings
}

// Model is the Skills tab of one profile.
type Model struct {
	c      *common.Common
	st     styles.SkillsStyles
	keys   KeyMap
	p      *model.Profile
	focus  FocusFunc
	matrix sk.Matrix
	order  sk.Order

	rows   []row
	sel    int // index into rows of the selected skill; -1 when none
	offset int // first row drawn

	filter    textinput.Model
	filtering bool

	ev *evidence // the evidence list of one skill, when open

	glyphs glyphs   // the strip's cells, drawn once
	drawn  []string // rows drawn unselected for the current rows and width; never written in place

	width, height int
}

// New builds the Skills tab for a profile with the session's taxonomy.
// focus may be nil: Enter on a bullet then does nothing.
func New(c *common.Common, p *model.Profile, tx *sk.Taxonomy, focus FocusFunc) Model {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = "filter skills"
	ti.CharLimit = 64
	m := Model{c: c, st: styles.Skills(c.Styles), keys: DefaultKeyMap(), p: p, focus: focus,
		matrix: tx.Analyze(p, c.Now()), filter: ti, sel: -1}
	m.filter.PromptStyle = m.st.Filter
	m.glyphs = newGlyphs(m.st, 1)
	m.rebuild()
	m.updateKeys()
	return m
}

// Matrix is the analysed skills shown, in the current order.
func (m Model) Matrix() *sk.Matrix { return &m.matrix }

// Typing reports whether the filter input has the keyboard: every key but
// ctrl+c belongs to it.
func (m Model) Typing() bool { return m.filtering }

// Nested reports whether Esc belongs to the tab (it closes the evidence
// list or clears the filter) rather than to the screen around it.
func (m Model) Nested() bool { return m.ev != nil || m.filtering || m.filter.Value() != "" }

// Selected returns the selected skill's evidence, if any.
func (m Model) Selected() (sk.Evidence, bool) {
	if m.sel < 0 || m.sel >= len(m.rows) {
		return sk.Evidence{}, false
	}
	return m.matrix.Skills[m.rows[m.sel].skill], true
}

// SetSize lays the tab out in width×height cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = max(width, 1), max(height, 1)
	m.filter.Width = max(m.width-len(m.filter.Prompt)-1, 1)
	if m.ev != nil {
		m.ev = m.ev.clone()
		m.ev.layout(m.width, m.height)
	}
	m.draw()
	m.scroll()
}

// rebuild lists the rows for the current order and filter, keeping the
// selected skill selected when it is still shown.
func (m *Model) rebuild() {
	keep := ""
	if e, ok := m.Selected(); ok {
		keep = e.Skill.Name
	}
	q := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	m.rows = m.rows[:0:0]
	m.sel = -1
	base := 0
	for _, g := range m.matrix.Groups() {
		head := len(m.rows)
		m.rows = append(m.rows, row{category: g.Category, skill: -1})
		for i, e := range g.Skills {
			if q != "" && !strings.Contains(strings.ToLower(e.Skill.Name), q) {
				continue
			}
			m.rows = append(m.rows, row{skill: base + i})
			m.rows[head].count++
			if e.Skill.Name == keep || (keep == "" && m.sel < 0) {
				m.sel = len(m.rows) - 1
			}
		}
		if m.rows[head].count == 0 {
			m.rows = m.rows[:head]
		}
		base += len(g.Skills)
	}
	if m.sel < 0 {
		m.sel = m.next(-1, 1)
	}
	m.draw()
	m.scroll()
}

// next returns the skill row after (dir 1) or before (dir -1) row i, or i
// when there is none.
func (m Model) next(i, dir int) int {
	for j := i + dir; j >= 0 && j < len(m.rows); j += dir {
		if m.rows[j].skill >= 0 {
			return j
		}
	}
	return i
}

// move selects the skill n rows down (negative: up), clamped.
func (m *Model) move(n int) {
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	for ; n > 0; n-- {
		m.sel = m.next(m.sel, dir)
	}
	m.scroll()
}

// Update handles keys for the filter, the matrix and the evidence list.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if mm, ok := msg.(tea.MouseMsg); ok && mm.Action == tea.MouseActionPress {
		m.wheel(mm.Button)
		return m, nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		if m.filtering {
			var cmd tea.Cmd
			m.filter, cmd = m.filter.Update(msg)
			return m, cmd
		}
		return m, nil
	}
	var cmd tea.Cmd
	switch {
	case m.filtering:
		cmd = m.updateFilter(km)
	case m.ev != nil:
		cmd = m.updateEvidence(km)
	default:
		cmd = m.updateMatrix(km)
	}
	m.updateKeys()
	return m, cmd
}

// wheel scrolls the matrix or the evidence with the mouse wheel.
func (m *Model) wheel(b tea.MouseButton) {
	step := 0
	switch b {
	case tea.MouseButtonWheelUp:
		step = -1
	case tea.MouseButtonWheelDown:
		step = 1
	default:
		return
	}
	if m.ev != nil {
		m.ev = m.ev.clone()
		m.ev.move(step)
		return
	}
	m.move(step)
}

// updateFilter edits the filter; enter keeps it, esc clears it.
func (m *Model) updateFilter(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEnter:
		m.filtering = false
		m.filter.Blur()
		return nil
	case tea.KeyEsc:
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.rebuild()
		return nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	m.rebuild()
	return cmd
}

// updateMatrix moves through the skills, sorts, filters and opens one.
func (m *Model) updateMatrix(msg tea.KeyMsg) tea.Cmd {
	page := max(m.listHeight()-1, 1)
	switch {
	case key.Matches(msg, m.keys.Up):
		m.move(-1)
	case key.Matches(msg, m.keys.Down):
		m.move(1)
	case key.Matches(msg, m.keys.PageUp):
		m.move(-page)
	case key.Matches(msg, m.keys.PageDown):
		m.move(page)
	case key.Matches(msg, m.keys.Top):
		m.move(-len(m.rows))
	case key.Matches(msg, m.keys.Bottom):
		m.move(len(m.rows))
	case key.Matches(msg, m.keys.Sort):
		m.order = m.order.Next()
		m.matrix.Sort(m.order)
		m.rebuild()
	case key.Matches(msg, m.keys.Filter):
		m.filtering = true
		return m.filter.Focus()
	case key.Matches(msg, m.keys.Back):
		if m.filter.Value() != "" {
			m.filter.SetValue("")
			m.rebuild()
		}
	case key.Matches(msg, m.keys.Open):
		if e, ok := m.Selected(); ok {
			m.ev = newEvidence(m.c, m.st, m.p, e)
			m.ev.layout(m.width, m.height)
		}
	}
	return nil
}

// updateEvidence moves through the evidence, jumps to a bullet or goes back.
func (m *Model) updateEvidence(msg tea.KeyMsg) tea.Cmd {
	m.ev = m.ev.clone() // older copies of the Model keep their list
	switch {
	case key.Matches(msg, m.keys.Back):
		m.ev = nil
	case key.Matches(msg, m.keys.Up):
		m.ev.move(-1)
	case key.Matches(msg, m.keys.Down):
		m.ev.move(1)
	case key.Matches(msg, m.keys.PageUp):
		m.ev.move(-max(m.ev.perPage(), 1))
	case key.Matches(msg, m.keys.PageDown):
		m.ev.move(max(m.ev.perPage(), 1))
	case key.Matches(msg, m.keys.Top):
		m.ev.move(-len(m.ev.items))
	case key.Matches(msg, m.keys.Bottom):
		m.ev.move(len(m.ev.items))
	case key.Matches(msg, m.keys.Jump):
		if it, ok := m.ev.selected(); ok && it.jumpable() && m.focus != nil {
			return m.focus(m.p.ID, it.src.Index, it.highlight())
		}
	}
	return nil
}

// updateKeys enables the bindings that can act now.
func (m *Model) updateKeys() {
	inEv := m.ev != nil
	_, hasSel := m.Selected()
	m.keys.Open.SetEnabled(!inEv && hasSel)
	m.keys.Sort.SetEnabled(!inEv)
	m.keys.Filter.SetEnabled(!inEv)
	jump := false
	if inEv {
		if it, ok := m.ev.selected(); ok {
			jump = it.jumpable() && m.focus != nil
		}
	}
	m.keys.Jump.SetEnabled(jump)
	m.keys.Back.SetEnabled(inEv || m.filter.Value() != "")
	if !inEv {
		m.keys.Back.SetHelp("esc", "clear filter")
	} else {
		m.keys.Back.SetHelp("esc", "back to skills")
	}
}

// ShortHelp is the tab's part of the help line.
func (m Model) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp is the tab's columns of the full help.
func (m Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }
