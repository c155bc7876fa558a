package skills

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	sk "github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// focusMsg is what the test FocusFunc sends.
type focusMsg struct {
	id       string
	work, hl int
}

func testFocus(id string, work, hl int) tea.Cmd {
	return func() tea.Msg { return focusMsg{id, work, hl} }
}

// newTab builds the tab for a seed profile at a size.
func newTab(t *testing.T, p *model.Profile, w, h int) Model {
	t.Helper()
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := New(uitest.Common(w, h), p, tx, testFocus)
	m.SetSize(w, h)
	return m
}

// seed returns the seed profile whose ID starts with prefix.
func seed(t *testing.T, prefix string) *model.Profile {
	t.Helper()
	for _, p := range uitest.Profiles(t) {
		if strings.HasPrefix(p.ID, prefix) {
			return p
		}
	}
	t.Fatalf("no seed %s", prefix)
	return nil
}

// press sends keys (names as tea.KeyMsg strings, or runes) to the model.
func press(m Model, keys ...string) (Model, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		case "up":
			msg = tea.KeyMsg{Type: tea.KeyUp}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m, cmd = m.Update(msg)
	}
	return m, cmd
}

// check asserts the view's size and compares it with its golden file.
func check(t *testing.T, v string, w, h int) {
	t.Helper()
	if lines := uitest.Lines(t, v, w); len(lines) != h {
		t.Errorf("view is %d lines, want %d", len(lines), h)
	}
	golden.RequireEqual(t, []byte(v))
}

// TestGoldenMatrix draws every seed's Skills tab at the golden sizes, and
// the evidence list of its top skill. Run with -update to rewrite them.
func TestGoldenMatrix(t *testing.T) {
	for _, p := range uitest.Profiles(t) {
		for _, sz := range uitest.Sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", p.ID, sz.W, sz.H), func(t *testing.T) {
				check(t, newTab(t, p, sz.W, sz.H).View(), sz.W, sz.H)
			})
			t.Run(fmt.Sprintf("%s_evidence_%dx%d", p.ID, sz.W, sz.H), func(t *testing.T) {
				m, _ := press(newTab(t, p, sz.W, sz.H), "enter")
				check(t, m.View(), sz.W, sz.H)
			})
		}
	}
}

// goTo selects a skill by name with the filter, then clears the filter
// text but keeps the selection.
func goTo(t *testing.T, m Model, name string) Model {
	t.Helper()
	m, _ = press(m, "/")
	m, _ = press(m, strings.Split(name, "")...)
	m, _ = press(m, "enter")
	if e, ok := m.Selected(); !ok || e.Skill.Name != name {
		t.Fatalf("filter %q selected %v", name, e.Skill.Name)
	}
	return m
}

func TestEvidenceJump(t *testing.T) {
	p := seed(t, "000")
	m := goTo(t, newTab(t, p, 120, 40), "Terraform")
	m, _ = press(m, "enter")
	if !m.Nested() || !strings.Contains(m.View(), "Site Reliability Engineer, Flywire") {
		t.Fatalf("evidence list not shown:\n%s", m.View())
	}
	_, cmd := press(m, "enter")
	if cmd == nil {
		t.Fatal("enter on a bullet sends nothing")
	}
	msg, ok := cmd().(focusMsg)
	if !ok || msg.id != p.ID || msg.work != 0 || msg.hl < 0 || !strings.Contains(p.Resume.Work[0].Highlights[msg.hl], "Terraform") {
		t.Errorf("focus %+v does not point at a Flywire bullet naming Terraform", msg)
	}
	check(t, m.View(), 120, 40)
	m, _ = press(m, "esc")
	if m.ev != nil || !strings.Contains(m.View(), "status") {
		t.Error("esc does not go back to the matrix")
	}
}

func TestClaimedOnlyHasNoJump(t *testing.T) {
	m := goTo(t, newTab(t, seed(t, "000"), 80, 24), "Redis")
	m, _ = press(m, "enter")
	if m.keys.Jump.Enabled() {
		t.Error("jump enabled on a skills-section keyword")
	}
	if _, cmd := press(m, "enter"); cmd != nil {
		t.Error("enter on a claim sends a command")
	}
	if !strings.Contains(m.View(), "Listed in skills: Caches") {
		t.Errorf("claim not listed:\n%s", m.View())
	}
}

func TestSortAndFilter(t *testing.T) {
	m := newTab(t, seed(t, "001"), 80, 24)
	orders := []sk.Order{m.order}
	for range 3 {
		m, _ = press(m, "s")
		orders = append(orders, m.order)
	}
	if orders[0] != sk.ByYears || orders[1] != sk.ByRecency || orders[2] != sk.ByName || orders[3] != sk.ByYears {
		t.Errorf("sort cycle %v", orders)
	}
	m, _ = press(m, "s", "s") // by name
	if !strings.Contains(m.View(), "sorted by name") {
		t.Error("the info line does not say the order")
	}
	m, _ = press(m, "/", "k", "a", "f")
	if !m.Typing() {
		t.Fatal("filter does not take the keyboard")
	}
	var names []string
	for _, r := range m.rows {
		if r.skill >= 0 {
			names = append(names, m.matrix.Skills[r.skill].Skill.Name)
		}
	}
	if strings.Join(names, ",") != "Kafka,Kafka Connect" {
		t.Errorf("filter kaf shows %v", names)
	}
	m, _ = press(m, "esc")
	if m.Typing() || m.filter.Value() != "" || len(m.rows) < 10 {
		t.Error("esc does not clear the filter")
	}
	m, _ = press(m, "/", "z", "z", "z", "enter")
	if !strings.Contains(m.View(), `No skill matches "zzz"`) {
		t.Errorf("empty filter result:\n%s", m.View())
	}
}

func TestNavigationStaysInView(t *testing.T) {
	m := newTab(t, seed(t, "001"), 80, 24)
	for range 200 {
		m, _ = press(m, "down")
	}
	if !strings.Contains(m.View(), "▸ ") {
		t.Error("the cursor scrolled out of view")
	}
	last := m.sel
	m, _ = press(m, "down")
	if m.sel != last {
		t.Error("down past the last skill moved")
	}
	m, _ = press(m, "g")
	if m.sel != 1 {
		t.Errorf("g selects row %d, want the first skill", m.sel)
	}
}

func TestMentionsMarked(t *testing.T) {
	p := &model.Profile{ID: "x", Resume: model.Resume{Work: []model.Work{{
		Name: "Evil\x1b]0;owned\a Corp", Position: "Eng",
		Highlights: []string{"  Ran **Kafka** and \x1b[31mKafka\x1b[0m with *Go* and Kafka"},
	}}}}
	m := newTab(t, p, 80, 24)
	m = goTo(t, m, "Kafka")
	m, _ = press(m, "enter")
	_, runs := m.ev.body(&m.ev.items[0])
	marked := 0
	for _, r := range runs {
		if r.Emph&emphMatch != 0 {
			marked++
			if r.Text != "Kafka" {
				t.Errorf("marked %q", r.Text)
			}
		}
	}
	// The escape-wrapped one is not a mention: the loader sanitizes text
	// before extraction, this test does not.
	if n := len(m.ev.items[0].spans); marked != n || n != 2 {
		t.Errorf("%d of %d mentions marked, want 2: %+v", marked, n, runs)
	}
	v := m.View()
	if strings.ContainsAny(v, "\x1b\a") {
		t.Errorf("control bytes reach the view: %q", v)
	}
	if !strings.Contains(v, "  • Ran Kafka and") {
		t.Errorf("nested bullet not drawn:\n%s", v)
	}
}

func TestValueSemanticsAndWheel(t *testing.T) {
	m := newTab(t, seed(t, "000"), 80, 24)
	m, _ = press(m, "enter")
	before := m.View()
	older := m
	m, _ = m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if m.ev.sel != 1 {
		t.Errorf("wheel down selects item %d, want 1", m.ev.sel)
	}
	if older.View() != before || older.ev.sel != 0 {
		t.Error("updating a copy changed the older Model")
	}
	m, _ = press(m, "esc")
	m, _ = m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if e, _ := m.Selected(); e.Skill.Name == "Go" {
		t.Error("wheel does not move in the matrix")
	}
}

func FuzzView(f *testing.F) {
	f.Add(uint8(80), uint8(24), "jjj\rkk/go\r\x1bs\r")
	f.Add(uint8(20), uint8(3), "G\r\r\x1b")
	f.Add(uint8(200), uint8(60), "/zz\x7f\x7fa\rg")
	profiles := uitest.Profiles(f)
	tx, err := taxonomy.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, w, h uint8, keys string) {
		width, height := max(int(w), 1), max(int(h), 1)
		if len(keys) > 64 {
			keys = keys[:64]
		}
		p := profiles[len(keys)%len(profiles)]
		m := New(uitest.Common(width, height), p, tx, testFocus)
		m.SetSize(width, height)
		for _, r := range keys {
			var msg tea.Msg
			switch r {
			case '\r':
				msg = tea.KeyMsg{Type: tea.KeyEnter}
			case '\x1b':
				msg = tea.KeyMsg{Type: tea.KeyEsc}
			case '\x7f':
				msg = tea.KeyMsg{Type: tea.KeyBackspace}
			default:
				msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}
			}
			m, _ = m.Update(msg)
		}
		v := m.View()
		lines := strings.Split(v, "\n")
		if len(lines) != height {
			t.Fatalf("%d lines at height %d", len(lines), height)
		}
		for i, l := range lines {
			if lw := ansi.StringWidth(l); lw > width {
				t.Fatalf("line %d is %d wide at width %d: %q", i, lw, width, l)
			}
		}
		if strings.ContainsAny(v, "\x1b\a\u009b") {
			t.Fatalf("control bytes in the view: %q", v)
		}
	})
}
