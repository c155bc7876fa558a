package skills

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/model"
	sk "github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/styles"
)

// Evidence is the evidence list of one skill of one person on its own —
// the texts that mention it, the mention highlighted, Enter on a bullet
// showing it in context — for views other than the Skills tab (the
// compare screen opens it from a cell). The owner handles Esc: Evidence
// has no state to go back to.
type Evidence struct {
	ev    *evidence
	p     *model.Profile
	focus FocusFunc
	keys  KeyMap
}

// NewEvidence builds the evidence list of e, one skill of p's. focus may
// be nil: Enter on a bullet then does nothing.
func NewEvidence(c *common.Common, p *model.Profile, e sk.Evidence, focus FocusFunc) Evidence {
	k := DefaultKeyMap()
	for _, b := range []*key.Binding{&k.Open, &k.Sort, &k.Filter, &k.Back} {
		b.SetEnabled(false)
	}
	v := Evidence{ev: newEvidence(c, styles.Skills(c.Styles), p, e), p: p, focus: focus, keys: k}
	v.syncKeys()
	return v
}

// SetSize lays the list out in width×height cells.
func (v *Evidence) SetSize(width, height int) {
	v.ev = v.ev.clone() // older copies keep their layout
	v.ev.layout(max(width, 1), max(height, 1))
}

// Update moves through the texts and, on Enter, asks for the selected
// bullet to be shown in its role.
func (v Evidence) Update(msg tea.Msg) (Evidence, tea.Cmd) {
	step := 0
	switch msg := msg.(type) {
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonWheelUp {
			step = -1
		} else if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonWheelDown {
			step = 1
		}
	case tea.KeyMsg:
		page := max(v.ev.perPage(), 1)
		switch {
		case key.Matches(msg, v.keys.Up):
			step = -1
		case key.Matches(msg, v.keys.Down):
			step = 1
		case key.Matches(msg, v.keys.PageUp):
			step = -page
		case key.Matches(msg, v.keys.PageDown):
			step = page
		case key.Matches(msg, v.keys.Top):
			step = -len(v.ev.items)
		case key.Matches(msg, v.keys.Bottom):
			step = len(v.ev.items)
		case key.Matches(msg, v.keys.Jump):
			if it, ok := v.ev.selected(); ok && it.jumpable() && v.focus != nil {
				return v, v.focus(v.p.ID, it.src.Index, it.highlight())
			}
		}
	}
	if step != 0 {
		v.ev = v.ev.clone()
		v.ev.move(step)
		v.syncKeys()
	}
	return v, nil
}

// syncKeys enables Jump when the selected text is in a role.
func (v *Evidence) syncKeys() {
	it, ok := v.ev.selected()
	v.keys.Jump.SetEnabled(ok && it.jumpable() && v.focus != nil)
}

// View draws the skill's summary line and its evidence, exactly as tall
// as the list's height.
func (v Evidence) View() string { return v.ev.view() }

// Skill is the evidence shown.
func (v Evidence) Skill() sk.Evidence { return v.ev.e }

// ShortHelp is the list's part of the help line.
func (v Evidence) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Up, v.keys.Down, v.keys.Jump}
}

// FullHelp is the list's columns of the full help.
func (v Evidence) FullHelp() [][]key.Binding {
	k := v.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Jump}}
}
