package keys

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// Apply scrolls vp as msg asks, if msg is one of the bindings, and reports
// whether it was. Every scrollable pane handles its scroll keys this way.
func (s Scroll) Apply(vp *viewport.Model, msg tea.KeyMsg) bool {
	switch {
	case key.Matches(msg, s.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, s.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, s.PageUp):
		vp.PageUp()
	case key.Matches(msg, s.PageDown):
		vp.PageDown()
	case key.Matches(msg, s.HalfUp):
		vp.HalfPageUp()
	case key.Matches(msg, s.HalfDown):
		vp.HalfPageDown()
	case key.Matches(msg, s.Top):
		vp.GotoTop()
	case key.Matches(msg, s.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}
