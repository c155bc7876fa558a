package profile

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/skills"
	"github.com/vitae-cli/vitae/ui/timeline"
)

// newPanes builds the component tabs for a profile: the timeline when the
// profile has anything to place in time, the skills matrix when the session
// has a taxonomy and it finds skills. Each plugs in through a small adapter
// to pane.
func newPanes(c *common.Common, p *model.Profile) map[Tab]pane {
	panes := map[Tab]pane{}
	r := &p.Resume
	if len(r.Work) > 0 || hasWriting(r) || hasEducation(r) {
		panes[Timeline] = timelinePane{timeline.New(c, p)}
	}
	if c.Taxonomy != nil {
		if sm := skills.New(c, p, c.Taxonomy, Focus); len(sm.Matrix().Skills) > 0 {
			panes[Skills] = skillsPane{sm}
		}
	}
	return panes
}

// skillsPane is the skills matrix as a tab. Its filter takes the keyboard
// (Typing) and Esc closes its evidence list first (Nested).
type skillsPane struct{ skills.Model }

// Update hands a message to the skills tab.
func (s skillsPane) Update(msg tea.Msg) (pane, tea.Cmd) {
	m, cmd := s.Model.Update(msg)
	return skillsPane{m}, cmd
}

func (s skillsPane) resized(w, h int) pane {
	s.Model.SetSize(w, h)
	return s
}

// timelinePane is the timeline as a tab.
type timelinePane struct{ timeline.Model }

// Update hands a message to the timeline.
func (t timelinePane) Update(msg tea.Msg) (pane, tea.Cmd) {
	m, cmd := t.Model.Update(msg)
	return timelinePane{m}, cmd
}

func (t timelinePane) resized(w, h int) pane {
	t.Model.SetSize(w, h)
	return t
}
