package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/compare"
	"github.com/vitae-cli/vitae/ui/keys"
	"github.com/vitae-cli/vitae/ui/problems"
	"github.com/vitae-cli/vitae/ui/profile"
	"github.com/vitae-cli/vitae/ui/roster"
	"github.com/vitae-cli/vitae/ui/search"
)

// Update routes a message: sizes and navigation requests to the root,
// keys through text input focus, then global keys, then the screen shown.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg: // the terminal changed size: lay everything out again
		m.c.SetSize(msg.Width, msg.Height)
		m.layout()
		return m, nil
	case loadedMsg: // profiles are in: the roster replaces "loading…"
		m = m.loadedProfiles(msg)
		return m, tea.Batch(topSkills(m.c.Taxonomy, m.profiles, m.c.Now()), buildIndex(m.profiles))
	case indexMsg: // the search corpus is ready
		m.index = msg.index
		m.layout()
		return m, nil
	case roster.SearchMsg: // s on the roster
		return m.openSearch("")
	case profile.SearchMsg: // / in a profile: narrowable to it
		return m.openSearch(msg.ProfileID)
	case topSkillsMsg: // the roster shows everyone's strongest skills
		if len(m.stack) > 0 {
			if r, ok := m.stack[0].(rosterScreen); ok {
				r.SetTopSkills(msg)
				stack := append([]screen(nil), m.stack...)
				stack[0] = r
				m.stack = stack
				m.layout()
			}
		}
		return m, nil
	case roster.OpenMsg: // a person was chosen: their profile goes on top
		m.push(m.newProfile(msg.Profile))
		return m, nil
	case compare.OpenMsg: // c on the roster: the comparison goes on top
		return m.openCompare(msg.ProfileIDs)
	case compare.AddMsg: // c in a profile: marked, then compared
		return m.addToCompare(msg.ProfileID)
	case roster.ProblemsMsg: // the problems list goes on top
		m.push(problemsScreen{problems.New(m.c, m.problems)})
		return m, nil
	case profile.FocusMsg: // a jump to a bullet: open that profile if needed
		return m.focus(msg)
	case tea.KeyMsg: // a terminal's late reply is not keys; the rest are
		var isReply bool
		if m.reply, isReply = m.reply.next(msg); isReply {
			return m, nil
		}
		return m.key(msg)
	}
	return m.updateTop(msg)
}

// key handles a key press: a focused text input gets every key but
// ctrl+c; then quit, help and back; then the screen shown.
func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	top := m.top()
	if burst := keys.Burst(msg); burst != nil && !msg.Alt && (top == nil || !top.typing()) {
		return m.keysOneByOne(burst)
	}
	switch {
	case key.Matches(msg, m.keys.ForceQuit): // ctrl+c always quits
		return m, tea.Quit
	case key.Matches(msg, m.keys.Back) && len(m.stack) > 1 && !top.nested():
		// esc goes back, even from a query box, unless the screen uses it
		// (a filter to clear, an evidence list to close); the roster stays
		// and its list takes esc to clear its filter.
		m.pop()
		return m, nil
	case top != nil && top.typing(): // typing: q and ? are letters
		return m.updateTop(msg)
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Search): // ctrl+f: search from anywhere
		id := ""
		if p, ok := top.(profileScreen); ok {
			id = p.Profile().ID
		}
		return m.openSearch(id)
	case key.Matches(msg, m.keys.Help): // full help takes room from the screen
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return m, nil
	}
	return m.updateTop(msg)
}

// updateTop hands a message to the screen shown, then refreshes the help,
// which may depend on the screen's state (the active tab, filtering).
func (m Model) updateTop(msg tea.Msg) (tea.Model, tea.Cmd) {
	top := m.top()
	if top == nil {
		return m, nil
	}
	next, cmd := top.update(msg)
	req, next := next.request()
	m.setTop(next)
	m.layout()
	if req != nil { // acted on now, before the next key arrives
		after, more := m.Update(req)
		return after, tea.Batch(cmd, more)
	}
	return m, cmd
}

// loadedProfiles starts the roster on the loaded profiles.
func (m Model) loadedProfiles(msg loadedMsg) Model {
	m.loaded, m.profiles, m.problems = true, msg.profiles, msg.problems
	m.c.Logger.Debug("profiles loaded", "profiles", len(msg.profiles), "problems", len(msg.problems))
	m.stack = []screen{rosterScreen{roster.New(m.c, m.profiles, m.problems)}}
	m.layout()
	return m
}

// setTop replaces the screen shown. The stack is copied, never written in
// place: Model is a value, and an older copy must keep its own screens.
func (m *Model) setTop(s screen) {
	m.stack = append(m.stack[:len(m.stack)-1:len(m.stack)-1], s)
}

// push puts a screen on top of the stack and lays it out.
func (m *Model) push(s screen) {
	m.stack = append(m.stack[:len(m.stack):len(m.stack)], s)
	m.c.Logger.Debug("screen opened", "depth", len(m.stack))
	m.layout()
}

// focus shows the profile a FocusMsg names (opening it unless it is on
// top already) and hands it the message.
func (m Model) focus(msg profile.FocusMsg) (tea.Model, tea.Cmd) {
	if s, ok := m.top().(profileScreen); ok && s.Profile().ID == msg.ProfileID {
		return m.updateTop(msg)
	}
	p := m.profileByID(msg.ProfileID)
	if p == nil {
		m.c.Logger.Debug("focus on an unknown profile", "id", model.SanitizeLine(msg.ProfileID))
		return m, nil
	}
	m.push(m.newProfile(p))
	return m.updateTop(msg)
}

// pop closes the screen on top; a search it was running is cancelled.
func (m *Model) pop() {
	if s, ok := m.top().(searchScreen); ok {
		s.Stop()
	}
	m.stack = m.stack[: len(m.stack)-1 : len(m.stack)-1]
	m.layout()
}

// openSearch puts the search on top, ready to narrow to profile id (""
// for none). Before the corpus is built it does nothing.
func (m Model) openSearch(id string) (tea.Model, tea.Cmd) {
	if m.index == nil || len(m.stack) == 0 {
		return m, nil
	}
	s := search.New(m.c, m.index, profile.Focus)
	cmd := s.SetProfile(m.profileByID(id))
	m.push(searchScreen{s})
	return m, tea.Batch(s.Init(), cmd)
}

// newProfile builds a profile screen at the size it will get, so its text
// is laid out once, and remembers it as the profile viewed last (what `c`
// compares with).
func (m *Model) newProfile(p *model.Profile) screen {
	m.withRoster(func(r *roster.Model) { r.SetLastViewed(p.ID) })
	viewed := []string{p.ID}
	for _, id := range m.viewed {
		if id != p.ID && len(viewed) < maxViewed {
			viewed = append(viewed, id)
		}
	}
	m.viewed = viewed
	return profileScreen{profile.NewSized(m.c, p, m.innerWidth(), m.bodyHeight())}
}

// withRoster changes the roster at the bottom of the stack (copying the
// stack: older copies of Model keep theirs).
func (m *Model) withRoster(f func(r *roster.Model)) {
	if len(m.stack) == 0 {
		return
	}
	r, ok := m.stack[0].(rosterScreen)
	if !ok {
		return
	}
	f(&r.Model)
	stack := append([]screen(nil), m.stack...)
	stack[0] = r
	m.stack = stack
}

// openCompare puts the comparison of the people ids on top.
func (m Model) openCompare(ids []string) (tea.Model, tea.Cmd) {
	var people []*model.Profile
	for _, id := range ids {
		if p := m.profileByID(id); p != nil {
			people = append(people, p)
		}
	}
	if len(people) < 2 {
		return m, nil
	}
	c := compare.New(m.c, people, profile.Focus)
	m.push(compareScreen{c})
	return m, c.Init()
}

// addToCompare marks a person from their profile and compares the marked
// people, or this person with the one viewed before, when there are two.
func (m Model) addToCompare(id string) (tea.Model, tea.Cmd) {
	var marks []string
	last := ""
	m.withRoster(func(r *roster.Model) {
		r.AddMark(id)
		marks = r.Marked()
	})
	for _, p := range m.viewed {
		if p != id {
			last = p
			break
		}
	}
	return m.openCompare(roster.CompareIDs(marks, id, last))
}

// profileByID finds a loaded profile.
func (m Model) profileByID(id string) *model.Profile {
	for _, p := range m.profiles {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// keysOneByOne handles runes that Bubble Tea v1 delivered as one message
// because they were typed faster than it reads ("jj", "++", "/kafka"):
// each acts as its own key press, so key bindings match, and a key that
// opens a text input ("/") sends the runes after it into that input.
func (m Model) keysOneByOne(burst []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	for i, k := range burst {
		if top := m.top(); top != nil && top.typing() {
			rest := make([]rune, 0, len(burst)-i)
			for _, k := range burst[i:] {
				rest = append(rest, k.Runes...)
			}
			next, cmd := m.updateTop(tea.KeyMsg{Type: tea.KeyRunes, Runes: rest})
			return next, tea.Batch(append(cmds, cmd)...)
		}
		next, cmd := m.key(k)
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}
