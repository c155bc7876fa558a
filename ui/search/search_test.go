package search

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/vitae-cli/vitae/model"
	msearch "github.com/vitae-cli/vitae/model/search"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// focused records what Enter asked to open.
type focused struct {
	profileID       string
	work, highlight int
}

// newModel is the search screen over the seed profiles at a size, with a
// steady cursor (no blink timers in tests).
func newModel(t *testing.T, w, h int) (Model, []*model.Profile, *[]focused) {
	t.Helper()
	ps := uitest.Profiles(t)
	var opened []focused
	m := New(uitest.Common(w, h), msearch.NewIndex(ps), func(id string, work, hl int) tea.Cmd {
		opened = append(opened, focused{id, work, hl})
		return nil
	})
	m.input.Cursor.SetMode(cursor.CursorHide)
	return m, ps, &opened
}

// press is one key press.
func press(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// results runs a command and returns the ResultsMsg it sends, if any.
func results(cmd tea.Cmd) (ResultsMsg, bool) {
	if cmd == nil {
		return ResultsMsg{}, false
	}
	switch msg := cmd().(type) {
	case ResultsMsg:
		return msg, true
	case tea.BatchMsg:
		for _, c := range msg {
			if r, ok := results(c); ok {
				return r, true
			}
		}
	}
	return ResultsMsg{}, false
}

// typeQuery types q one key at a time, answering each search at once.
func typeQuery(t *testing.T, m Model, q string) Model {
	t.Helper()
	for _, r := range q {
		var cmd tea.Cmd
		m, cmd = m.Update(press(string(r)))
		msg, ok := results(cmd)
		if !ok {
			t.Fatalf("typing %q started no search", r)
		}
		m, _ = m.Update(msg)
	}
	return m
}

func TestViewGolden(t *testing.T) {
	for _, size := range uitest.Sizes {
		t.Run(fmt.Sprintf("%dx%d", size.W, size.H), func(t *testing.T) {
			m, ps, _ := newModel(t, size.W, size.H)
			t.Run("empty", func(t *testing.T) {
				golden.RequireEqual(t, strings.Join(uitest.Lines(t, m.View(), size.W), "\n"))
			})
			m = typeQuery(t, m, "kafka")
			m, _ = m.Update(press("down"))
			m, _ = m.Update(press("down"))
			t.Run("kafka", func(t *testing.T) {
				golden.RequireEqual(t, strings.Join(uitest.Lines(t, m.View(), size.W), "\n"))
			})
			m.SetProfile(ps[3])
			var cmd tea.Cmd
			m, cmd = m.Update(press("tab"))
			msg, _ := results(cmd)
			m, _ = m.Update(msg)
			t.Run("kafka in one profile", func(t *testing.T) {
				golden.RequireEqual(t, strings.Join(uitest.Lines(t, m.View(), size.W), "\n"))
			})
			m = typeQuery(t, m, "zzqx")
			t.Run("nothing", func(t *testing.T) {
				golden.RequireEqual(t, strings.Join(uitest.Lines(t, m.View(), size.W), "\n"))
			})
		})
	}
}

// TestStaleResultsDropped types two keys before the first search answers:
// the first answer is outdated and must not be shown, and its search was
// cancelled.
func TestStaleResultsDropped(t *testing.T) {
	m, _, _ := newModel(t, 80, 24)
	m, first := m.Update(press("k"))
	m, second := m.Update(press("a"))
	old, ok := results(first) // runs now, after "a" cancelled it
	if !ok {
		t.Fatal("no search for k")
	}
	if !errors.Is(old.Err, context.Canceled) || old.Results != nil {
		t.Fatalf("the superseded search answered %d results, error %v", len(old.Results), old.Err)
	}
	m, _ = m.Update(old)
	if len(m.Results()) != 0 || !m.pending {
		t.Fatalf("an outdated answer was shown: %d results", len(m.Results()))
	}
	// Even an outdated answer with results is dropped.
	m, _ = m.Update(ResultsMsg{Seq: old.Seq, Query: "k", Results: []msearch.Result{{}}})
	if len(m.Results()) != 0 {
		t.Fatal("an outdated answer with results was shown")
	}
	cur, _ := results(second)
	m, _ = m.Update(cur)
	if m.pending || len(m.Results()) == 0 || m.query != "ka" {
		t.Fatalf("the current answer was not shown: pending %v, %d results for %q", m.pending, len(m.Results()), m.query)
	}
}

func TestOpenSelected(t *testing.T) {
	m, _, opened := newModel(t, 80, 24)
	m, _ = m.Update(press("enter")) // nothing to open yet
	if len(*opened) != 0 {
		t.Fatalf("Enter with no results opened %v", *opened)
	}
	m = typeQuery(t, m, "kafka")
	m, _ = m.Update(press("down"))
	m, _ = m.Update(press("down"))
	m, _ = m.Update(press("up"))
	if m.Selected() != 1 {
		t.Fatalf("selected %d, want 1", m.Selected())
	}
	m.Update(press("enter"))
	r := m.Results()[1]
	want := focused{r.Doc.ProfileID(), r.Doc.Entry.Index, int(r.Doc.Highlight)}
	if r.Doc.Entry.Section != msearch.SectionWork {
		want.work, want.highlight = -1, -1
	}
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("Enter opened %v, want %v", *opened, want)
	}
	for i := 0; i < 3*len(m.Results()); i++ { // the selection stops at the end
		m, _ = m.Update(press("down"))
	}
	if m.Selected() != len(m.Results())-1 || m.offset > m.Selected() || m.Selected() >= m.offset+m.rows() {
		t.Fatalf("selection %d, offset %d, %d rows", m.Selected(), m.offset, m.rows())
	}
}

func TestScopeToggle(t *testing.T) {
	m, ps, _ := newModel(t, 80, 24)
	m, cmd := m.Update(press("tab")) // no current profile: tab does nothing
	if cmd != nil || m.Scoped() {
		t.Fatal("tab narrowed the search with no current profile")
	}
	m = typeQuery(t, m, "go")
	all := len(m.Results())
	m.SetProfile(ps[0])
	m, cmd = m.Update(press("tab"))
	msg, _ := results(cmd)
	m, _ = m.Update(msg)
	if !m.Scoped() || len(m.Results()) == 0 || len(m.Results()) >= all {
		t.Fatalf("scoped: %v, %d results of %d", m.Scoped(), len(m.Results()), all)
	}
	for _, r := range m.Results() {
		if r.Doc.ProfileID() != ps[0].ID {
			t.Fatalf("a result of %s in a search of %s", r.Doc.ProfileID(), ps[0].ID)
		}
	}
	m, cmd = m.Update(press("tab"))
	msg, _ = results(cmd)
	m, _ = m.Update(msg)
	if m.Scoped() || len(m.Results()) != all {
		t.Fatalf("back to all: scoped %v, %d results, want %d", m.Scoped(), len(m.Results()), all)
	}
}

func TestClearingQuery(t *testing.T) {
	m, _, _ := newModel(t, 80, 24)
	m = typeQuery(t, m, "k")
	m, cmd := m.Update(press("backspace"))
	if cmd != nil {
		if _, ok := results(cmd); ok {
			t.Fatal("an empty query started a search")
		}
	}
	if len(m.Results()) != 0 || m.pending {
		t.Fatalf("an empty query shows %d results", len(m.Results()))
	}
}

func TestStop(t *testing.T) {
	m, _, _ := newModel(t, 80, 24)
	m, cmd := m.Update(press("k"))
	m.Stop()
	msg, ok := results(cmd)
	if !ok || !errors.Is(msg.Err, context.Canceled) {
		t.Fatalf("the stopped search answered %d results, error %v", len(msg.Results), msg.Err)
	}
	if m, _ = m.Update(msg); len(m.Results()) != 0 || m.pending {
		t.Fatalf("a stopped search's answer was shown")
	}
}
