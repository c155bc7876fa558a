package compare

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// selectedItem is the timelines' selected item and whose it is.
func selectedItem(t *testing.T, m Model) (string, tlmodel.Item, bool) {
	t.Helper()
	it, undated, ok := m.lanes.selected(m.cmp)
	if !ok {
		t.Fatal("nothing selected in the timelines")
	}
	return m.cmp.People[m.lanes.person].Profile.ID, it, undated
}

func TestLoadingAndStaleResults(t *testing.T) {
	c := uitest.Common(120, 40)
	m := New(c, seeds(t, "000", "003"), nil)
	m.SetSize(120, 40)
	if m.Ready() || !strings.Contains(m.View(), "Comparing 2 people") {
		t.Fatalf("before Init's message: ready %v, view %q", m.Ready(), m.View()[:40])
	}
	if m2, _ := m.Update(keyMsg("down")); m2.Ready() {
		t.Fatal("a key made it ready")
	}
	other := New(c, seeds(t, "001", "002"), nil)
	m, _ = m.Update(other.Init()())
	if m.Ready() {
		t.Fatal("a comparison of other people was taken")
	}
	m, _ = m.Update(m.Init()())
	if !m.Ready() || m.Comparison().HasSkills {
		t.Fatalf("ready %v; without a taxonomy, skills %v", m.Ready(), m.Comparison().HasSkills)
	}
	if m.keys.NextSection.Enabled() || m.keys.Sort.Enabled() || strings.Contains(m.View(), "Skills") {
		t.Error("without skills there is no grid to go to")
	}
	if got := m.ProfileIDs(); len(got) != 2 || got[0] != "000-alejandro-colomina" {
		t.Errorf("ProfileIDs = %v", got)
	}
}

func TestTimelineCursorCrossesPeople(t *testing.T) {
	m := newReady(t, 120, 40, "000", "003")
	id, it, _ := selectedItem(t, m)
	if id != "000-alejandro-colomina" || it.Org != "Flywire" {
		t.Fatalf("first selection %s %q", id, it.Org)
	}
	m, _ = press(m, "down")
	if id, it, _ = selectedItem(t, m); id != "003-andrea-medda" || it.Org != "Xorovo s.r.l." {
		t.Errorf("down from Flywire: %s %q, want Andrea Medda's first lane", id, it.Org)
	}
	m, _ = press(m, "right")
	if _, it, _ = selectedItem(t, m); it.Org != "Easy Network s.r.l." {
		t.Errorf("right: %q", it.Org)
	}
	m, _ = press(m, "up", "up")
	if id, _, _ = selectedItem(t, m); id != "000-alejandro-colomina" {
		t.Errorf("up goes back to the first person: %s", id)
	}
	_, cmd := press(m, "enter")
	msgs := uitest.Run(cmd)
	if len(msgs) != 1 {
		t.Fatalf("enter on a role sent %v", msgs)
	}
	if o, ok := msgs[0].(openedMsg); !ok || o.id != "000-alejandro-colomina" || o.hl != -1 {
		t.Errorf("enter sent %#v", msgs[0])
	}
}

func TestZoomAndEvents(t *testing.T) {
	m := newReady(t, 120, 40, "000", "003")
	fit := m.lanes.vp
	if fit.From.Year() != 2015 {
		t.Fatalf("the shared axis starts in %d, want 2015", fit.From.Year())
	}
	m, _ = press(m, "+")
	if m.lanes.vp.Months() >= fit.Months() {
		t.Error("+ did not zoom in")
	}
	m, _ = press(m, "0")
	if m.lanes.vp != fit {
		t.Error("0 did not fit every career")
	}
	lines := len(m.lanes.lines)
	m, _ = press(m, "e")
	if !m.lanes.events || len(m.lanes.lines) <= lines || !strings.Contains(m.View(), "Certificates") {
		t.Fatalf("e did not show the events lanes (%d lines)", len(m.lanes.lines))
	}
	m, _ = press(m, "down") // Flywire → Talks
	if _, it, _ := selectedItem(t, m); !it.Kind.Event() {
		t.Fatalf("down from Flywire with events shown: %v", it.Kind)
	}
	m, _ = press(m, "e")
	if _, it, _ := selectedItem(t, m); it.Kind.Event() {
		t.Error("hiding the events left the cursor on one")
	}
	for range 12 {
		m, _ = press(m, "left")
		if _, it, _ := selectedItem(t, m); it.Kind.Event() {
			t.Fatal("left landed on a hidden event")
		}
	}
}

func TestUndatedRow(t *testing.T) {
	m := newReady(t, 120, 40, "001", "004")
	m, _ = press(m, "down") // Shopify → the undated roles under it
	id, it, undated := selectedItem(t, m)
	if !undated || id != "001-dsaiztc" {
		t.Fatalf("down to the undated roles: %s %q undated %v", id, it.Title, undated)
	}
	m, _ = press(m, "right")
	if _, it, _ = selectedItem(t, m); it.Title != "Software Engineer (Research Internship)" {
		t.Errorf("right in the undated row: %q", it.Title)
	}
	if !strings.Contains(m.View(), "[Software Engineer (Research Internship)]") ||
		!strings.Contains(m.View(), "undated: not on the axis") {
		t.Error("the selected undated role is not marked and described")
	}
	for range 4 {
		m, _ = press(m, "down")
	}
	if id, _, undated = selectedItem(t, m); id != "004-bio" || !undated {
		t.Errorf("down into the last person's undated roles: %s %v", id, undated)
	}
}

func TestGridSortKeepsSkillAndOpensEvidence(t *testing.T) {
	m := newReady(t, 120, 40, "000", "003")
	m, _ = press(m, "tab")
	if !m.SkillsFocused() {
		t.Fatal("tab did not give the grid the keys")
	}
	m, _ = press(m, "down", "right")
	skill, col := m.Cursor()
	if skill != "Ruby" || col != 1 {
		t.Fatalf("cursor %s/%d, want Ruby/1", skill, col)
	}
	if m.keys.Open.Enabled() {
		t.Error("enter is enabled on an empty cell (Andrea Medda's Ruby)")
	}
	m, _ = press(m, "enter")
	if _, _, open := m.Evidence(); open {
		t.Fatal("an empty cell opened evidence")
	}
	for _, want := range []cmpmodel.Order{cmpmodel.ByDistinct, cmpmodel.ByYears, cmpmodel.ByRecency, cmpmodel.ByShared} {
		m, _ = press(m, "s")
		if m.Order() != want {
			t.Fatalf("order %v, want %v", m.Order(), want)
		}
		if s, _ := m.Cursor(); s != "Ruby" {
			t.Fatalf("sorting by %v lost the selected skill: %s", want, s)
		}
	}
	m, _ = press(m, "left", "enter")
	person, skill, open := m.Evidence()
	if !open || person != 0 || skill != "Ruby" || !m.Nested() {
		t.Fatalf("evidence %v %d %q nested %v", open, person, skill, m.Nested())
	}
	v := m.View()
	if !strings.Contains(v, "Alejandro Colomina · evidence") || !strings.Contains(v, "PaaS core (Ruby)") {
		t.Errorf("evidence view:\n%s", v)
	}
	if fh := m.FullHelp(); !key.Matches(keyMsg("esc"), fh[len(fh)-1]...) {
		t.Error("esc is not in the evidence's full help")
	}
	m, cmd := press(m, "enter")
	if msgs := uitest.Run(cmd); len(msgs) != 1 {
		t.Errorf("enter on a bullet sent %v", msgs)
	} else if o, ok := msgs[0].(openedMsg); !ok || o.work != 0 || o.hl < 0 {
		t.Errorf("enter on a bullet sent %#v", msgs[0])
	}
	m, _ = press(m, "esc")
	if m.Nested() || !strings.Contains(m.View(), "Skills") {
		t.Error("esc did not close the evidence")
	}
}

func TestColumnsScrollTogether(t *testing.T) {
	m := newReady(t, 80, 22, "000", "001", "002", "003")
	f := *m.frame
	if f.cols.shown >= 4 || f.cols.width < colMin {
		t.Fatalf("4 people at 80 columns: %d shown, %d wide", f.cols.shown, f.cols.width)
	}
	if !m.keys.ColumnRight.Enabled() {
		t.Error("> is disabled though people are hidden")
	}
	m, _ = press(m, ">>>") // typed faster than read: one message
	f = *m.frame
	if f.cols.first+f.cols.shown != 4 || m.column != 3 {
		t.Fatalf("after >>>: first %d, shown %d, column %d", f.cols.first, f.cols.shown, m.column)
	}
	lines := strings.Split(m.View(), "\n")
	if !strings.Contains(lines[0], "Andrea Medda") || strings.Contains(lines[0], "Alejandro") {
		t.Errorf("summary header after scrolling: %q", lines[0])
	}
	if !strings.Contains(lines[0], "of 4") {
		t.Errorf("no hint of hidden people: %q", lines[0])
	}
	grid := strings.Join(lines[len(lines)-6:], "\n")
	if !strings.Contains(grid, "Andrea Medda") {
		t.Errorf("the grid's columns did not scroll with the summary:\n%s", grid)
	}
	wide := newReady(t, 200, 60, "000", "001", "002", "003")
	if wide.keys.ColumnRight.Enabled() || wide.frame.cols.shown != 4 {
		t.Error("at 200 columns all four people fit")
	}
}

// TestViewFits draws every size from the minimum up with every key: each
// frame is exactly as tall as the screen and no wider.
func TestViewFits(t *testing.T) {
	keys := []string{"", "tab", "s", "down", "right", "enter", "pgdown", "esc", "tab", "e", "+", "down", "-", "right", ">"}
	for _, set := range [][]string{{"000", "003"}, {"000", "001", "002", "004"}} {
		for _, size := range []struct{ W, H int }{{1, 1}, {40, 10}, {78, 21}, {118, 37}, {198, 57}} {
			m := newReady(t, size.W, size.H, set...)
			for _, k := range keys {
				if k != "" {
					m, _ = press(m, k)
				}
				v := m.View()
				if lines := uitest.Lines(t, v, size.W); len(lines) != size.H {
					t.Fatalf("%v %dx%d after %q: %d lines", set, size.W, size.H, k, len(lines))
				}
				if strings.ContainsAny(v, "\x1b\x07") {
					t.Fatalf("control bytes in the view")
				}
			}
		}
	}
}

func TestMouseWheel(t *testing.T) {
	m := newReady(t, 120, 40, "000", "003")
	m, _ = m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if id, _, _ := selectedItem(t, m); id != "003-andrea-medda" {
		t.Errorf("the wheel did not move down the timelines: %s", id)
	}
	m, _ = press(m, "tab")
	m, _ = m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if s, _ := m.Cursor(); s != "Ruby" {
		t.Errorf("the wheel did not move down the grid: %s", s)
	}
}

func TestHelpFollowsFocus(t *testing.T) {
	m := newReady(t, 120, 40, "000", "003")
	has := func(bs []key.Binding, k string) bool {
		for _, b := range bs {
			if b.Enabled() && b.Help().Key == k {
				return true
			}
		}
		return false
	}
	if !has(m.ShortHelp(), "+") || has(m.ShortHelp(), "s") {
		t.Error("timelines: zoom shown, sort hidden")
	}
	m, _ = press(m, "tab")
	if has(m.ShortHelp(), "+") || !has(m.ShortHelp(), "s") {
		t.Error("grid: sort shown, zoom hidden")
	}
	if len(m.FullHelp()) == 0 {
		t.Error("no full help")
	}
}

// TestEmptyProfiles: people with nothing to compare draw and take keys
// without a cursor anywhere.
func TestEmptyProfiles(t *testing.T) {
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, withSkills := range []bool{false, true} {
		c := uitest.Common(100, 30)
		if withSkills {
			c.Taxonomy = tx
		}
		empty := []*model.Profile{{ID: "a"}, {ID: "b", Resume: model.Resume{Basics: &model.Basics{Name: "B"}}}}
		m := New(c, empty, testOpen)
		m.SetSize(100, 30)
		m, _ = m.Update(m.Init()())
		for _, k := range []string{"down", "right", "enter", "+", "e", "tab", "s", ">", "enter"} {
			m, _ = press(m, k)
		}
		v := m.View()
		if lines := uitest.Lines(t, v, 100); len(lines) != 30 || !strings.Contains(v, "Nobody has a role to show") {
			t.Fatalf("empty comparison:\n%s", v)
		}
		if withSkills && !strings.Contains(v, "names a skill") {
			t.Errorf("an empty grid says nothing:\n%s", v)
		}
	}
}
