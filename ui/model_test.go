package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/problems"
	"github.com/vitae-cli/vitae/ui/profile"
	"github.com/vitae-cli/vitae/ui/roster"
)

// quits reports whether a key press makes the program quit.
func quits(m Model, k string) bool {
	_, cmd := m.Update(keyMsg(k))
	for _, msg := range uitest.Run(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

func TestFirstFrameSaysLoading(t *testing.T) {
	m := New(options(t))
	if v := m.View(); !strings.Contains(v, "loading") {
		t.Fatalf("first frame = %q, want a loading message", v)
	}
	m = step(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := m.View(); !strings.Contains(v, "loading profiles") {
		t.Fatalf("sized frame before loading = %q", v)
	}
	m = step(t, m, m.Init()())
	if !m.Loaded() || m.Depth() != 1 {
		t.Fatalf("after loading: loaded=%v depth=%d", m.Loaded(), m.Depth())
	}
	if _, ok := m.Screen().(roster.Model); !ok {
		t.Fatalf("first screen is %T, want the roster", m.Screen())
	}
}

func TestNavigation(t *testing.T) {
	m := started(t, 100, 30)
	n := len(m.Profiles())
	tests := []struct {
		name  string
		keys  []string
		depth int
		check func(t *testing.T, m Model)
	}{
		{"enter opens the selected profile", []string{"enter"}, 2, func(t *testing.T, m Model) {
			p := m.Screen().(profile.Model)
			if p.Profile() != m.Profiles()[0] || p.ActiveTab() != profile.Experience {
				t.Errorf("opened %s on %v", p.Profile().ID, p.ActiveTab())
			}
		}},
		{"down then enter opens the second", []string{"down", "enter"}, 2, func(t *testing.T, m Model) {
			if got := m.Screen().(profile.Model).Profile(); got != m.Profiles()[1] {
				t.Errorf("opened %s", got.ID)
			}
		}},
		{"tab switches tabs, shift+tab goes back", []string{"enter", "tab", "tab", "shift+tab"}, 2, func(t *testing.T, m Model) {
			p := m.Screen().(profile.Model)
			if p.ActiveTab() != p.Tabs()[1] {
				t.Errorf("tab = %v, want %v", p.ActiveTab(), p.Tabs()[1])
			}
		}},
		{"esc goes back to the roster with its cursor", []string{"down", "enter", "esc"}, 1, func(t *testing.T, m Model) {
			if r := m.Screen().(roster.Model); r.Index() != 1 {
				t.Errorf("roster cursor = %d, want 1", r.Index())
			}
		}},
		{"esc on the roster stays", []string{"esc", "esc"}, 1, nil},
		{"? toggles the full help", []string{"?"}, 1, func(t *testing.T, m Model) {
			if !m.ShowingFullHelp() || !strings.Contains(m.View(), "go to end") {
				t.Errorf("full help not shown:\n%s", m.View())
			}
		}},
		{"j scrolls the profile", []string{"enter", "j", "j", "j"}, 2, func(t *testing.T, m Model) {
			if off := m.Screen().(profile.Model).ScrollOffset(); off != 3 {
				t.Errorf("scroll offset = %d, want 3", off)
			}
		}},
		{"q types into the filter", []string{"/", "q"}, 1, func(t *testing.T, m Model) {
			if r := m.Screen().(roster.Model); !r.Filtering() {
				t.Errorf("filter lost focus")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := press(t, m, tt.keys...)
			if got.Depth() != tt.depth {
				t.Fatalf("depth = %d, want %d", got.Depth(), tt.depth)
			}
			if tt.check != nil {
				tt.check(t, got)
			}
			uitest.Lines(t, got.View(), 100)
		})
	}
	if n == 0 {
		t.Fatal("no profiles")
	}
}

func TestQuit(t *testing.T) {
	m := started(t, 80, 24)
	tests := []struct {
		name string
		m    Model
		key  string
		want bool
	}{
		{"q on the roster", m, "q", true},
		{"ctrl+c on the roster", m, "ctrl+c", true},
		{"q in a profile", press(t, m, "enter"), "q", true},
		{"q while filtering types", press(t, m, "/"), "q", false},
		{"ctrl+c while filtering quits", press(t, m, "/"), "ctrl+c", true},
	}
	for _, tt := range tests {
		if got := quits(tt.m, tt.key); got != tt.want {
			t.Errorf("%s: quits = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTooSmallKeepsState(t *testing.T) {
	m := press(t, started(t, 100, 30), "enter", "tab")
	before := m.Screen().(profile.Model).ActiveTab()
	m = step(t, m, tea.WindowSizeMsg{Width: 70, Height: 20})
	v := m.View()
	if !strings.Contains(v, "80×24") || !strings.Contains(v, "70×20") {
		t.Fatalf("too-small message = %q", v)
	}
	uitest.Lines(t, v, 70)
	golden.RequireEqual(t, []byte(v))
	m = step(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.Depth() != 2 || m.Screen().(profile.Model).ActiveTab() != before {
		t.Fatalf("state lost on resize: depth %d", m.Depth())
	}
	lines := uitest.Lines(t, m.View(), 120)
	if len(lines) != 40 {
		t.Fatalf("view is %d lines at 120x40", len(lines))
	}
}

func TestFocusMsgOpensProfileAtBullet(t *testing.T) {
	m := started(t, 100, 30)
	var target *model.Profile
	work, hl := -1, -1
	for _, p := range m.Profiles() { // the last bullet of the last role with bullets: far down
		for i, w := range p.Resume.Work {
			if len(w.Highlights) > 0 {
				target, work, hl = p, i, len(w.Highlights)-1
			}
		}
	}
	if target == nil {
		t.Skip("no profile with bullets")
	}
	m = step(t, m, profile.FocusMsg{ProfileID: target.ID, WorkIndex: work, Highlight: hl})
	p, ok := m.Screen().(profile.Model)
	if !ok || p.Profile() != target {
		t.Fatalf("screen %T", m.Screen())
	}
	if w, h, ok := p.Focused(); !ok || w != work || h != hl || p.ActiveTab() != profile.Experience {
		t.Fatalf("focused %d/%d ok=%v on %v", w, h, ok, p.ActiveTab())
	}
	if p.ScrollOffset() == 0 {
		t.Errorf("not scrolled to the bullet")
	}
	if !strings.Contains(m.View(), "▶") {
		t.Errorf("highlighted bullet not visible:\n%s", m.View())
	}
	// A second focus on the same profile does not open another screen.
	m = step(t, m, profile.FocusMsg{ProfileID: target.ID, WorkIndex: work, Highlight: -1})
	if m.Depth() != 2 {
		t.Errorf("depth = %d after refocusing", m.Depth())
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	m := press(t, started(t, 100, 30), "enter")
	m = step(t, m, tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if off := m.Screen().(profile.Model).ScrollOffset(); off == 0 {
		t.Errorf("wheel did not scroll")
	}
	m = press(t, m, "esc")
	m = step(t, m, tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if i := m.Screen().(roster.Model).Index(); i != 1 {
		t.Errorf("wheel on the roster: cursor %d, want 1", i)
	}
}

func TestProblemsReachable(t *testing.T) {
	probs := []model.Problem{
		{File: "people/bad.json", Line: 3, Col: 14, Severity: model.Error, Message: "invalid character '}' looking for a value; fix the JSON"},
		{File: "people/old.yaml", Line: 7, Col: 12, Severity: model.Warning, Message: `endDate "present" read as ongoing`},
	}
	m := started(t, 80, 24, probs...)
	if v := m.View(); !strings.Contains(v, "1 file skipped, 1 warning — press p") {
		t.Fatalf("roster does not count problems:\n%s", v)
	}
	m = press(t, m, "p")
	if _, ok := m.Screen().(problems.Model); !ok {
		t.Fatalf("p opened %T", m.Screen())
	}
	v := m.View()
	if !strings.Contains(v, "people/bad.json:3:14: error:") {
		t.Fatalf("problem location missing:\n%s", v)
	}
	golden.RequireEqual(t, []byte(v))
	if m = press(t, m, "esc"); m.Depth() != 1 {
		t.Fatalf("esc from problems: depth %d", m.Depth())
	}
}

func TestNothingLoaded(t *testing.T) {
	o := options(t)
	probs := []model.Problem{{File: "cv.json", Line: 2, Col: 5, Severity: model.Error, Message: "unexpected end of JSON input"}}
	o.Load = func() ([]*model.Profile, []model.Problem) { return nil, probs }
	m := New(o)
	m = step(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = step(t, m, m.Init()())
	v := m.View()
	for _, want := range []string{"0 profiles", "1 file skipped — press p", "No profiles"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	m = press(t, m, "enter", "p")
	if !strings.Contains(m.View(), "cv.json:2:5: error: unexpected end of JSON input") {
		t.Fatalf("problems view:\n%s", m.View())
	}
}
