// Package search is the search screen: a query box over every bullet,
// summary and description of the loaded profiles, results updating as the
// query is typed, best first with matched letters highlighted; Enter opens
// the selected text in its profile, tab narrows the search to the current
// profile and back.
//
// Searches run in tea.Cmds, never in Update: each carries a sequence
// number, a newer keystroke cancels the search before it, and results of
// an outdated query are dropped.
package search

import (
	"context"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/model"
	msearch "github.com/vitae-cli/vitae/model/search"
	"github.com/vitae-cli/vitae/ui/common"
)

// ResultLimit is how many results a search asks for: more than a screen
// holds, so scrolling never searches again.
const ResultLimit = 200

// FocusFunc asks for a text to be shown in its profile: the root passes
// profile.Focus. Texts of a role give its work index and highlight (-1 for
// its summary); others give -1, -1, which opens the profile.
type FocusFunc func(profileID string, work, highlight int) tea.Cmd

// ResultsMsg carries the results of search number Seq.
type ResultsMsg struct {
	Seq     int
	Query   string
	Results []msearch.Result
	Err     error
}

// Model is the search screen of one session.
type Model struct {
	c        *common.Common
	keys     KeyMap
	searcher *msearch.Searcher
	focus    FocusFunc
	input    textinput.Model

	current *model.Profile // the profile tab narrows to; nil when none
	scoped  bool

	seq     int                // number of the latest search started
	cancel  context.CancelFunc // cancels the latest search
	pending bool               // the latest search has not answered yet
	query   string             // the query results answer
	results []msearch.Result
	err     error

	sel, offset   int
	width, height int
}

// New builds the search screen over an index. focus may be nil: Enter
// then does nothing.
func New(c *common.Common, ix *msearch.Index, focus FocusFunc) Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "search every bullet"
	in.CharLimit = 128
	in.PromptStyle = c.Styles.Roster.SelectedName
	in.Focus()
	m := Model{c: c, keys: DefaultKeyMap(), searcher: ix.NewSearcher(), focus: focus, input: in}
	m.SetSize(c.Width, c.Height)
	m.updateKeys()
	return m
}

// Init starts the cursor blinking.
func (m Model) Init() tea.Cmd { return textinput.Blink }

// SetProfile sets the profile tab narrows the search to (nil for none),
// searching again when the search is narrowed.
func (m *Model) SetProfile(p *model.Profile) tea.Cmd {
	m.current = p
	if p == nil {
		m.scoped = false
	}
	m.updateKeys()
	if m.scoped {
		return m.search()
	}
	return nil
}

// Stop cancels the running search, for the root to call when it closes
// the screen: its answer, if any, is then dropped.
func (m *Model) Stop() {
	if m.cancel != nil {
		m.cancel()
	}
	m.seq++
	m.pending = false
}

// Typing reports whether the query box has the keyboard: every key but
// the view's own bindings, Esc and ctrl+c belongs to it.
func (m Model) Typing() bool { return m.input.Focused() }

// Query is the query in the box.
func (m Model) Query() string { return m.input.Value() }

// Results are the results shown, best first.
func (m Model) Results() []msearch.Result { return m.results }

// Selected is the index of the selected result, or -1 when none.
func (m Model) Selected() int {
	if len(m.results) == 0 {
		return -1
	}
	return m.sel
}

// Scoped reports whether the search is narrowed to the current profile.
func (m Model) Scoped() bool { return m.scoped }

// KeyMap returns the view's bindings, for the help view.
func (m Model) KeyMap() KeyMap { return m.keys }

// SetSize lays the screen out in width×height cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = max(width, 1), max(height, 1)
	m.input.Width = max(m.width-len(m.input.Prompt)-1, 1)
	m.scroll()
}

// updateKeys enables the bindings that can act now.
func (m *Model) updateKeys() {
	m.keys.Scope.SetEnabled(m.current != nil)
	m.keys.Open.SetEnabled(len(m.results) > 0)
}

// Update handles results, moving and opening, and typing.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ResultsMsg:
		if msg.Seq != m.seq { // an outdated query: a newer one is running
			return m, nil
		}
		if m.cancel != nil {
			m.cancel() // release the finished search's context
		}
		m.pending, m.query, m.results, m.err = false, msg.Query, msg.Results, msg.Err
		m.sel, m.offset = 0, 0
		m.updateKeys()
		return m, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Up):
			m.move(-1)
			return m, nil
		case key.Matches(msg, m.keys.Down):
			m.move(1)
			return m, nil
		case key.Matches(msg, m.keys.PageUp):
			m.move(-m.rows())
			return m, nil
		case key.Matches(msg, m.keys.PageDown):
			m.move(m.rows())
			return m, nil
		case key.Matches(msg, m.keys.Open):
			return m, m.open()
		case key.Matches(msg, m.keys.Scope):
			m.scoped = !m.scoped
			return m, m.search()
		}
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != before {
		return m, tea.Batch(cmd, m.search())
	}
	return m, cmd
}

// search cancels the running search and starts one for the query, in a
// command that captures values only.
func (m *Model) search() tea.Cmd {
	if m.cancel != nil {
		m.cancel()
	}
	m.seq++
	q := m.input.Value()
	if q == "" {
		m.cancel, m.pending, m.query, m.results, m.err = func() {}, false, "", nil, nil
		m.updateKeys()
		return nil
	}
	query, exact := msearch.ParseQuery(q)
	opts := msearch.Options{Limit: ResultLimit, Exact: exact}
	if m.scoped && m.current != nil {
		opts.ProfileID = m.current.ID
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.pending = cancel, true
	seq, s := m.seq, m.searcher
	return func() tea.Msg {
		res, err := s.Search(ctx, query, opts)
		return ResultsMsg{Seq: seq, Query: q, Results: res, Err: err}
	}
}

// open asks the root to show the selected result in its profile.
func (m Model) open() tea.Cmd {
	i := m.Selected()
	if i < 0 || m.focus == nil {
		return nil
	}
	d := m.results[i].Doc
	if d.Entry.Section != msearch.SectionWork {
		return m.focus(d.ProfileID(), -1, -1)
	}
	return m.focus(d.ProfileID(), d.Entry.Index, int(d.Highlight))
}

// move moves the selection by delta results, keeping it on screen.
func (m *Model) move(delta int) {
	if len(m.results) == 0 {
		return
	}
	m.sel = min(max(m.sel+delta, 0), len(m.results)-1)
	m.scroll()
}

// scroll keeps the selection within the rows on screen.
func (m *Model) scroll() {
	rows := m.rows()
	m.offset = min(m.offset, m.sel)
	if m.sel >= m.offset+rows {
		m.offset = m.sel - rows + 1
	}
	m.offset = max(m.offset, 0)
}
