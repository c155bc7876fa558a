package ui

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/profile"
)

func TestRosterShowsTopSkills(t *testing.T) {
	m := started(t, 120, 40)
	p := m.Profiles()[0]
	mx := m.Common().Taxonomy.Analyze(p, model.MonthAt(uitest.Now))
	top := mx.Top(rosterTopSkills)
	if len(top) == 0 {
		t.Skipf("%s has no evidenced skills", p.ID)
	}
	want := make([]string, len(top))
	for i, e := range top {
		want[i] = e.Skill.Name
	}
	if v := m.View(); !strings.Contains(v, strings.Join(want, " · ")) {
		t.Fatalf("roster lacks top skills %q:\n%s", want, v)
	}
}

// skillsTab opens the first profile on its Skills tab.
func skillsTab(t *testing.T) Model {
	m := press(t, started(t, 120, 40), "enter")
	p := m.Screen().(profile.Model)
	for i, tab := range p.Tabs() {
		if tab == profile.Skills {
			return press(t, m, string(rune('1'+i)))
		}
	}
	t.Skip("no Skills tab")
	return m
}

func TestSkillsTabEscAndTyping(t *testing.T) {
	m := skillsTab(t)
	if m.Screen().(profile.Model).ActiveTab() != profile.Skills {
		t.Fatal("not on the Skills tab")
	}
	m = press(t, m, "enter") // the evidence of the selected skill
	if !m.Screen().(profile.Model).Nested() {
		t.Fatal("enter did not open the evidence list")
	}
	m = press(t, m, "esc")
	if m.Depth() != 2 || m.Screen().(profile.Model).Nested() {
		t.Fatalf("esc closed the profile (depth %d) instead of the evidence list", m.Depth())
	}
	m = press(t, m, "/")
	if quits(m, "q") {
		t.Fatal("q quit while the skills filter had the keyboard")
	}
	m = press(t, m, "esc", "esc")
	if m.Depth() != 1 {
		t.Fatalf("esc esc from the filter: depth %d, want the roster", m.Depth())
	}
}

func TestSkillsEvidenceJumpsToBullet(t *testing.T) {
	m := press(t, skillsTab(t), "enter") // evidence of the top skill
	sm := m.Screen().(profile.Model)
	m = press(t, m, "enter") // its first piece of evidence, in context
	p := m.Screen().(profile.Model)
	if p.ActiveTab() != profile.Experience {
		t.Skipf("the first evidence of the top skill is not a work bullet (tab %v)", sm.ActiveTab())
	}
	if _, _, ok := p.Focused(); !ok || m.Depth() != 2 {
		t.Fatalf("jump did not focus a bullet in the same profile (depth %d)", m.Depth())
	}
	if !strings.Contains(m.View(), "▶") && !strings.Contains(m.View(), "┃") {
		t.Fatalf("focused bullet not marked:\n%s", m.View())
	}
}
