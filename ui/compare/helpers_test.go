package compare

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// openedMsg is what the test FocusFunc sends.
type openedMsg struct {
	id       string
	work, hl int
}

func testOpen(id string, work, hl int) tea.Cmd {
	return func() tea.Msg { return openedMsg{id, work, hl} }
}

// seeds returns the seed profiles whose IDs start with the prefixes.
func seeds(t testing.TB, prefixes ...string) []*model.Profile {
	t.Helper()
	var out []*model.Profile
	all := uitest.Profiles(t)
	for _, pre := range prefixes {
		for _, p := range all {
			if strings.HasPrefix(p.ID, pre) {
				out = append(out, p)
				break
			}
		}
	}
	if len(out) != len(prefixes) {
		t.Fatalf("seeds %v: found %d", prefixes, len(out))
	}
	return out
}

// newReady builds the screen for seeds at a size, with the built-in
// taxonomy, and works the comparison out.
func newReady(t testing.TB, w, h int, prefixes ...string) Model {
	t.Helper()
	c := uitest.Common(w, h)
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	c.Taxonomy = tx
	m := New(c, seeds(t, prefixes...), testOpen)
	m.SetSize(w, h)
	m, _ = m.Update(m.Init()())
	if !m.Ready() {
		t.Fatal("the comparison is not ready after Init's message")
	}
	return m
}

// keyMsg is the key press written as in key bindings ("enter", "q").
func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

// press sends the keys to m in order and returns the model and the last
// command.
func press(m Model, keys ...string) (Model, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		m, cmd = m.Update(keyMsg(k))
	}
	return m, cmd
}
