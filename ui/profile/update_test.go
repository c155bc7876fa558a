package profile

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/timeline"
)

func keyPress(k string) tea.KeyMsg {
	switch k {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// send feeds messages, and the messages of commands that finish at once.
func send(m Model, msgs ...tea.Msg) Model {
	queue := msgs
	for i := 0; i < 32 && len(queue) > 0; i++ {
		var msg tea.Msg
		msg, queue = queue[0], queue[1:]
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		queue = append(queue, uitest.Run(cmd)...)
	}
	return m
}

func presses(ks ...string) []tea.Msg {
	out := make([]tea.Msg, len(ks))
	for i, k := range ks {
		out[i] = keyPress(k)
	}
	return out
}

// seed returns the seed profile whose ID starts with prefix.
func seed(t *testing.T, prefix string) *model.Profile {
	for _, p := range uitest.Profiles(t) {
		if strings.HasPrefix(p.ID, prefix) {
			return p
		}
	}
	t.Skipf("no seed %s", prefix)
	return nil
}

func TestTabs(t *testing.T) {
	p := seed(t, "000")
	tests := []struct {
		keys []string
		want Tab
	}{
		{nil, Experience},
		{[]string{"tab"}, Timeline},
		{[]string{"tab", "tab"}, Writing},
		{[]string{"shift+tab"}, Education},
		{[]string{"3"}, Writing},
		{[]string{"9"}, Experience},
		{[]string{"tab", "tab", "tab", "tab"}, Experience},
	}
	for _, tt := range tests {
		m := send(New(uitest.Common(100, 30), p), presses(tt.keys...)...)
		if got := m.ActiveTab(); got != tt.want {
			t.Errorf("%v: tab %v, want %v", tt.keys, got, tt.want)
		}
	}
}

func TestTabsOnlyWithContent(t *testing.T) {
	tests := []struct {
		name string
		r    model.Resume
		want []Tab
	}{
		{"empty", model.Resume{}, []Tab{Experience}},
		{"work", model.Resume{Work: []model.Work{{Name: "A"}}}, []Tab{Experience, Timeline}},
		{"talks", model.Resume{Projects: []model.Project{{Name: "T", Type: "talk"}}}, []Tab{Experience, Timeline, Writing}},
		{"languages", model.Resume{Languages: []model.Language{{Language: "Catalan"}}}, []Tab{Experience, Timeline, Education}},
	}
	for _, tt := range tests {
		m := New(uitest.Common(80, 24), &model.Profile{ID: tt.name, Resume: tt.r})
		if got := m.Tabs(); !equalTabs(got, tt.want) {
			t.Errorf("%s: tabs %v, want %v", tt.name, got, tt.want)
		}
		uitest.Lines(t, m.View(), 80)
	}
}

func equalTabs(a, b []Tab) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestScrollKeptPerTab(t *testing.T) {
	m := send(New(uitest.Common(80, 24), seed(t, "000")), presses("j", "j", "tab", "tab", "j", "shift+tab", "shift+tab")...)
	if m.ActiveTab() != Experience || m.ScrollOffset() != 2 {
		t.Fatalf("back on %v at offset %d, want Experience at 2", m.ActiveTab(), m.ScrollOffset())
	}
	m = send(m, presses("G")...)
	bottom := m.ScrollOffset()
	m = send(m, presses("pgdown")...)
	if m.ScrollOffset() != bottom || bottom == 0 {
		t.Fatalf("scrolled past the end: %d then %d", bottom, m.ScrollOffset())
	}
}

func TestTimelineEnterOpensRoleInExperience(t *testing.T) {
	p := seed(t, "001")
	m := send(New(uitest.Common(100, 30), p), presses("tab")...)
	if m.ActiveTab() != Timeline {
		t.Fatalf("tab is %v", m.ActiveTab())
	}
	m = send(m, timeline.OpenRoleMsg{WorkIndex: 3})
	w, h, ok := m.Focused()
	if !ok || w != 3 || h != -1 || m.ActiveTab() != Experience {
		t.Fatalf("focused %d/%d ok=%v on %v", w, h, ok, m.ActiveTab())
	}
	title := p.Resume.Work[3].Position
	if v := m.View(); !strings.Contains(v, "┃ "+title) && !strings.Contains(v, "┃   "+title) {
		t.Fatalf("role %q not marked on screen:\n%s", title, v)
	}
}

func TestFocusIgnoresOtherProfilesAndBadIndexes(t *testing.T) {
	p := seed(t, "001")
	m := New(uitest.Common(100, 30), p)
	for _, msg := range []FocusMsg{
		{ProfileID: "someone-else", WorkIndex: 0, Highlight: 0},
		{ProfileID: p.ID, WorkIndex: 99, Highlight: 0},
		{ProfileID: p.ID, WorkIndex: -1, Highlight: 0},
	} {
		if _, _, ok := send(m, msg).Focused(); ok {
			t.Errorf("%+v focused", msg)
		}
	}
	m = send(m, FocusMsg{ProfileID: p.ID, WorkIndex: 0, Highlight: 999})
	if w, h, ok := m.Focused(); !ok || w != 0 || h != -1 {
		t.Errorf("out-of-range bullet: %d/%d ok=%v, want the role", w, h, ok)
	}
}

// hostileProfile is written to break layouts and terminals.
func hostileProfile() *model.Profile {
	long := strings.Repeat("supercalifragilistic", 12)
	return &model.Profile{ID: "hostile", Resume: model.Resume{
		Basics: &model.Basics{Name: "😀 \x1b[2J名前", Label: "\u202eevil", URL: "https://user@evil.example/\x07x",
			Summary: "**bold** " + long + "\n\n日本語のテキスト🚀"},
		Work: []model.Work{{Name: "株式会社 🚀", Position: long, StartDate: model.YearOnly(2019),
			Highlights: []string{"\x1b]8;;http://x\x07click\x1b]8;;\x07 " + long, "  子の項目 👩‍💻 nested", "    deeper"}}},
		Projects: []model.Project{{Name: "T\x1b[31m", Type: "talk\x00", URL: "javascript:alert(1)"}},
	}}
}

func TestHostileProfile(t *testing.T) {
	for _, sz := range uitest.Sizes {
		m := New(uitest.Common(sz.W, sz.H), hostileProfile())
		for range m.Tabs() {
			v := m.View()
			lines := uitest.Lines(t, v, sz.W)
			if len(lines) != sz.H {
				t.Errorf("%v at %dx%d: %d lines", m.ActiveTab(), sz.W, sz.H, len(lines))
			}
			for _, bad := range []string{"\x1b", "\x07", "\x00", "\u202e"} {
				if strings.Contains(v, bad) {
					t.Fatalf("%q reached the %v tab", bad, m.ActiveTab())
				}
			}
			m = send(m, presses("tab")...)
		}
	}
}

func TestJumpBetweenRoles(t *testing.T) {
	p := seed(t, "001")
	m := New(uitest.Common(100, 30), p)
	var titles []int // first lines of the roles, in order
	for a, line := range m.anchors {
		if a.highlight < 0 {
			titles = append(titles, line)
		}
	}
	if len(titles) < 3 {
		t.Skip("too few roles")
	}
	slices.Sort(titles)
	var landed []int
	for i := range 3 {
		m = send(m, presses("]")...)
		landed = append(landed, m.ScrollOffset())
		if !slices.Contains(titles, m.ScrollOffset()+focusContext) {
			t.Fatalf("] #%d landed at %d: no role title %d lines below (titles %v)", i+1, m.ScrollOffset(), focusContext, titles)
		}
		if i > 0 && landed[i] <= landed[i-1] {
			t.Fatalf("] did not move forward: %v", landed)
		}
	}
	m = send(m, presses("[")...)
	if got := m.ScrollOffset(); got != landed[1] {
		t.Fatalf("[: offset %d, want %d", got, landed[1])
	}
	if m = send(m, presses("tab")...); m.keys.NextRole.Enabled() {
		t.Fatal("] enabled outside the Experience tab")
	}
}

func TestTimelineFollowsTheRoleBeingRead(t *testing.T) {
	p := seed(t, "001")
	m := New(uitest.Common(100, 30), p)
	m = send(m, FocusMsg{ProfileID: p.ID, WorkIndex: 4, Highlight: -1}, keyPress("tab"))
	tl, ok := m.Timeline()
	if !ok || m.ActiveTab() != Timeline {
		t.Fatalf("not on the timeline: %v", m.ActiveTab())
	}
	if it, _, ok := tl.Selected(); !ok || it.Index != 4 {
		t.Fatalf("timeline selected %+v, want work entry 4", it)
	}
	// Without a focus, the role at the top of the screen is followed.
	m = New(uitest.Common(100, 30), p)
	m = send(m, presses("]", "]", "tab")...)
	tl, _ = m.Timeline()
	if it, _, _ := tl.Selected(); it.Index == 0 {
		t.Fatalf("timeline stayed on the first role after reading further down")
	}
}
