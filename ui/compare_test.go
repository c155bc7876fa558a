package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/ui/compare"
	"github.com/vitae-cli/vitae/ui/roster"
)

func TestCompareFromMarks(t *testing.T) {
	m := started(t, 120, 40)
	ids := func(i ...int) []string {
		var out []string
		for _, k := range i {
			out = append(out, m.Profiles()[k].ID)
		}
		return out
	}
	m = press(t, m, " ", "down", "down", " ")
	r := m.Screen().(roster.Model)
	if got := r.Marked(); !reflect.DeepEqual(got, ids(0, 2)) {
		t.Fatalf("marked %v, want %v", got, ids(0, 2))
	}
	if v := m.View(); !strings.Contains(v, "2 marked — c compare") || !strings.Contains(v, "[2] ") {
		t.Fatalf("marks not visible:\n%s", v)
	}
	m = press(t, m, "c")
	c, ok := m.Screen().(compare.Model)
	if !ok {
		t.Fatalf("c opened %T", m.Screen())
	}
	if got := c.ProfileIDs(); !reflect.DeepEqual(got, ids(0, 2)) {
		t.Fatalf("comparing %v, want %v in marking order", got, ids(0, 2))
	}
	m = press(t, m, "esc", "x")
	if r := m.Screen().(roster.Model); len(r.Marked()) != 0 {
		t.Fatalf("x left marks %v", r.Marked())
	}
}

func TestMarksStopAtFour(t *testing.T) {
	m := press(t, started(t, 120, 40), " ", "down", " ", "down", " ", "down", " ", "down", " ")
	r := m.Screen().(roster.Model)
	if len(r.Marked()) != 4 {
		t.Fatalf("%d marked, want 4", len(r.Marked()))
	}
	if !strings.Contains(m.View(), "four people at most") {
		t.Fatalf("no hint when a fifth is marked:\n%s", m.View())
	}
	m = press(t, m, " ") // unmarks nobody: the fifth is not marked
	m = press(t, m, "up", " ")
	if r := m.Screen().(roster.Model); len(r.Marked()) != 3 {
		t.Fatalf("space on a marked person: %d marked, want 3", len(r.Marked()))
	}
}

func TestCompareCurrentWithLastViewed(t *testing.T) {
	m := started(t, 120, 40)
	m = press(t, m, "c")
	if _, ok := m.Screen().(roster.Model); !ok || !strings.Contains(m.View(), "mark two to four people") {
		t.Fatalf("c with nobody marked nor viewed:\n%s", m.View())
	}
	m = press(t, m, "down", "enter", "esc", "down", "c")
	c, ok := m.Screen().(compare.Model)
	want := []string{m.Profiles()[2].ID, m.Profiles()[1].ID}
	if !ok || !reflect.DeepEqual(c.ProfileIDs(), want) {
		t.Fatalf("compared %T, want %v", m.Screen(), want)
	}
}

func TestCompareFromAProfile(t *testing.T) {
	m := press(t, started(t, 120, 40), "enter", "esc", "down", "enter", "c")
	c, ok := m.Screen().(compare.Model)
	want := []string{m.Profiles()[1].ID, m.Profiles()[0].ID}
	if !ok || !reflect.DeepEqual(c.ProfileIDs(), want) {
		t.Fatalf("c in a profile opened %T comparing %v, want %v", m.Screen(), c.ProfileIDs(), want)
	}
	if m.Depth() != 3 {
		t.Fatalf("depth %d, want roster → profile → compare", m.Depth())
	}
	m = press(t, m, "esc", "esc")
	if r := m.Screen().(roster.Model); !reflect.DeepEqual(r.Marked(), []string{m.Profiles()[1].ID}) {
		t.Fatalf("the profile's c should leave it marked: %v", r.Marked())
	}
}
