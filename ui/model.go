// Package ui is vitae's terminal interface: a root model that routes keys
// and messages to a stack of screens (roster → profile, problems), lays
// them out, and draws the help line. The same Model runs locally and, with
// its own renderer, in every ssh session.
package ui

import (
	"log/slog"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
	msearch "github.com/vitae-cli/vitae/model/search"
	"github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/keys"
)

// Options configure a session's UI. Only Load is required.
type Options struct {
	// Renderer draws for this session's terminal; nil means the local one.
	Renderer *lipgloss.Renderer
	// Clock says what "now" is; nil means the system clock.
	Clock model.Clock
	// Load reads the profiles. It runs in a tea.Cmd, off the event loop,
	// and may take time; the first frame says "loading…" meanwhile.
	Load func() ([]*model.Profile, []model.Problem)
	// Width and Height are the terminal's size when already known (ssh).
	Width, Height int
	// ReadOnly marks a session that must change nothing (public ssh).
	ReadOnly bool
	// Logger receives debug logs of navigation; nil discards them.
	Logger *slog.Logger
	// Taxonomy finds skills: the Skills tab and the roster's top skills.
	// nil leaves skills out.
	Taxonomy *skills.Taxonomy
}

// loadedMsg carries the loaded profiles and the problems met loading them.
type loadedMsg struct {
	profiles []*model.Profile
	problems []model.Problem
}

// topSkillsMsg carries each person's strongest evidenced skills, by
// profile ID, for the roster.
type topSkillsMsg map[string][]string

// rosterTopSkills is how many skills the roster shows per person.
const rosterTopSkills = 3

// topSkills finds everyone's strongest skills off the event loop.
func topSkills(tx *skills.Taxonomy, ps []*model.Profile, now model.Month) tea.Cmd {
	if tx == nil || len(ps) == 0 {
		return nil
	}
	return func() tea.Msg {
		out := topSkillsMsg{}
		for _, p := range ps {
			m := tx.Analyze(p, now)
			for _, e := range m.Top(rosterTopSkills) {
				out[p.ID] = append(out[p.ID], e.Skill.Name)
			}
		}
		return out
	}
}

// indexMsg carries the search corpus, built off the event loop.
type indexMsg struct{ index *msearch.Index }

// buildIndex prepares the search corpus of the loaded profiles.
func buildIndex(ps []*model.Profile) tea.Cmd {
	return func() tea.Msg { return indexMsg{msearch.NewIndex(ps)} }
}

// Model is the root of the UI.
type Model struct {
	c        *common.Common
	load     func() ([]*model.Profile, []model.Problem)
	keys     keys.Global
	help     help.Model
	loaded   bool
	profiles []*model.Profile
	problems []model.Problem
	stack    []screen
	helpView string         // the help drawn under the screen, kept current by layout
	index    *msearch.Index // the search corpus, once built
	viewed   []string       // profiles opened, most recent first
	reply    replyState     // inside a terminal's reply that arrived as keys
}

// maxViewed is how many opened profiles are remembered: `c` in a profile
// compares it with the one opened before.
const maxViewed = 2

// New builds the root model for one session.
func New(opts Options) Model {
	c := common.New(opts.Renderer, opts.Clock, opts.Logger)
	c.ReadOnly = opts.ReadOnly
	c.Taxonomy = opts.Taxonomy
	c.SetSize(opts.Width, opts.Height)
	h := help.New()
	h.Styles = c.Styles.Help
	return Model{c: c, load: opts.Load, keys: keys.DefaultGlobal(), help: h}
}

// Init loads the profiles in the background.
func (m Model) Init() tea.Cmd {
	load := m.load
	if load == nil {
		return func() tea.Msg { return loadedMsg{} }
	}
	return func() tea.Msg {
		ps, probs := load()
		return loadedMsg{profiles: ps, problems: probs}
	}
}

// Common is the session's shared context.
func (m Model) Common() *common.Common { return m.c }

// Loaded reports whether the profiles have been loaded.
func (m Model) Loaded() bool { return m.loaded }

// Profiles are the loaded profiles.
func (m Model) Profiles() []*model.Profile { return m.profiles }

// Depth is the number of screens on the stack (1: the roster).
func (m Model) Depth() int { return len(m.stack) }

// ShowingFullHelp reports whether `?` opened the full help.
func (m Model) ShowingFullHelp() bool { return m.help.ShowAll }

// top is the screen shown, or nil before loading ends.
func (m Model) top() screen {
	if len(m.stack) == 0 {
		return nil
	}
	return m.stack[len(m.stack)-1]
}

// Screen is the screen shown (a roster, profile or problems model), for
// tests and embedding; nil while loading.
func (m Model) Screen() any {
	switch s := m.top().(type) {
	case rosterScreen:
		return s.Model
	case profileScreen:
		return s.Model
	case problemsScreen:
		return s.Model
	case searchScreen:
		return s.Model
	case compareScreen:
		return s.Model
	}
	return nil
}
