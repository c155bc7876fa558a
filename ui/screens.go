package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/ui/compare"
	"github.com/vitae-cli/vitae/ui/problems"
	"github.com/vitae-cli/vitae/ui/profile"
	"github.com/vitae-cli/vitae/ui/roster"
	"github.com/vitae-cli/vitae/ui/search"
)

// screen is one entry of the root's stack: a view with its help. Adapters
// below wrap each view's concrete Model, so views keep the plain
// Update(msg) (Model, tea.Cmd) contract of Bubble Tea components.
type screen interface {
	update(msg tea.Msg) (screen, tea.Cmd)
	view() string
	// resized returns the screen laid out in width×height cells.
	resized(width, height int) screen
	// typing reports whether a text input has focus, so keys are text.
	typing() bool
	// nested reports whether Esc belongs to the screen (closing something
	// inside it) rather than going back.
	nested() bool
	// request returns what the last key asked of the root (open a profile,
	// a search…) and the screen with the request cleared; nil when none.
	request() (tea.Msg, screen)
	help.KeyMap
}

// rosterScreen is the roster on the stack.
type rosterScreen struct{ roster.Model }

func (s rosterScreen) update(msg tea.Msg) (screen, tea.Cmd) {
	m, cmd := s.Update(msg)
	return rosterScreen{m}, cmd
}
func (s rosterScreen) view() string            { return s.View() }
func (s rosterScreen) resized(w, h int) screen { s.SetSize(w, h); return s }
func (s rosterScreen) typing() bool            { return s.Filtering() }
func (s rosterScreen) request() (tea.Msg, screen) {
	r := s.Request()
	s.ClearRequest()
	return r, s
}
func (s rosterScreen) nested() bool { return false }

// profileScreen is a profile on the stack.
type profileScreen struct{ profile.Model }

func (s profileScreen) update(msg tea.Msg) (screen, tea.Cmd) {
	m, cmd := s.Update(msg)
	return profileScreen{m}, cmd
}
func (s profileScreen) view() string            { return s.View() }
func (s profileScreen) resized(w, h int) screen { s.SetSize(w, h); return s }
func (s profileScreen) typing() bool            { return s.Typing() }
func (s profileScreen) request() (tea.Msg, screen) {
	r := s.Request()
	s.ClearRequest()
	return r, s
}
func (s profileScreen) nested() bool { return s.Nested() }

// problemsScreen is the list of loading problems on the stack.
type problemsScreen struct{ problems.Model }

func (s problemsScreen) update(msg tea.Msg) (screen, tea.Cmd) {
	m, cmd := s.Update(msg)
	return problemsScreen{m}, cmd
}
func (s problemsScreen) view() string               { return s.View() }
func (s problemsScreen) resized(w, h int) screen    { s.SetSize(w, h); return s }
func (s problemsScreen) typing() bool               { return false }
func (s problemsScreen) request() (tea.Msg, screen) { return nil, s }
func (s problemsScreen) nested() bool               { return false }

// searchScreen is the search over every bullet on the stack.
type searchScreen struct{ search.Model }

func (s searchScreen) update(msg tea.Msg) (screen, tea.Cmd) {
	m, cmd := s.Update(msg)
	return searchScreen{m}, cmd
}
func (s searchScreen) view() string               { return s.View() }
func (s searchScreen) resized(w, h int) screen    { s.SetSize(w, h); return s }
func (s searchScreen) typing() bool               { return s.Typing() }
func (s searchScreen) request() (tea.Msg, screen) { return nil, s }
func (s searchScreen) nested() bool               { return false }

// ShortHelp is the search's part of the help line.
func (s searchScreen) ShortHelp() []key.Binding { return s.KeyMap().ShortHelp() }

// FullHelp is the search's columns of the full help.
func (s searchScreen) FullHelp() [][]key.Binding { return s.KeyMap().FullHelp() }

// compareScreen is the comparison of two to four people on the stack.
type compareScreen struct{ compare.Model }

func (s compareScreen) update(msg tea.Msg) (screen, tea.Cmd) {
	m, cmd := s.Update(msg)
	return compareScreen{m}, cmd
}
func (s compareScreen) view() string               { return s.View() }
func (s compareScreen) resized(w, h int) screen    { s.SetSize(w, h); return s }
func (s compareScreen) typing() bool               { return false }
func (s compareScreen) request() (tea.Msg, screen) { return nil, s }
func (s compareScreen) nested() bool               { return s.Nested() }
