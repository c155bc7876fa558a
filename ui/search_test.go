package ui

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/ui/profile"
	"github.com/vitae-cli/vitae/ui/roster"
	"github.com/vitae-cli/vitae/ui/search"
)

func TestSearchOpenJumpAndBack(t *testing.T) {
	m := press(t, started(t, 120, 40), "s")
	if _, ok := m.Screen().(search.Model); !ok {
		t.Fatalf("s opened %T", m.Screen())
	}
	m = press(t, m, "k", "a", "f", "k", "a")
	s := m.Screen().(search.Model)
	if s.Query() != "kafka" || len(s.Results()) == 0 {
		t.Fatalf("query %q, %d results", s.Query(), len(s.Results()))
	}
	if quits(m, "q") {
		t.Fatal("q quit while typing a query")
	}
	m = press(t, m, "enter")
	p, ok := m.Screen().(profile.Model)
	if !ok {
		t.Fatalf("enter opened %T", m.Screen())
	}
	if _, _, focused := p.Focused(); !focused && p.ActiveTab() == profile.Experience {
		t.Errorf("the result's bullet is not focused")
	}
	if !strings.Contains(strings.ToLower(m.View()), "kafka") {
		t.Errorf("the jumped-to text is not on screen:\n%s", m.View())
	}
	m = press(t, m, "esc")
	if _, ok := m.Screen().(search.Model); !ok {
		t.Fatalf("esc from the result went to %T, want the search", m.Screen())
	}
	m = press(t, m, "esc")
	if _, ok := m.Screen().(roster.Model); !ok || m.Depth() != 1 {
		t.Fatalf("esc from the search went to %T", m.Screen())
	}
}

func TestSearchFromAProfileNarrows(t *testing.T) {
	m := press(t, started(t, 120, 40), "down", "enter", "ctrl+f")
	if _, ok := m.Screen().(search.Model); !ok {
		t.Fatalf("ctrl+f opened %T", m.Screen())
	}
	m = press(t, m, "tab")
	if s := m.Screen().(search.Model); !s.Scoped() {
		t.Fatal("tab did not narrow the search to the profile it was opened from")
	}
	m = press(t, started(t, 120, 40), "down", "enter", "/")
	if _, ok := m.Screen().(search.Model); !ok {
		t.Fatalf("/ in a profile opened %T", m.Screen())
	}
}
