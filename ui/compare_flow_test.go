package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	"github.com/vitae-cli/vitae/ui/compare"
)

// TestFlowCompare is the compare flow end to end through the root: mark
// two people on the roster, compare them, sort the skill grid, open a
// cell's evidence, and go back to the comparison.
func TestFlowCompare(t *testing.T) {
	tm := teatest.NewTestModel(t, New(options(t)), teatest.WithInitialTermSize(120, 40))
	waitFor(t, tm, "5 profiles", "Alejandro Colomina")
	sendKeys(tm, " ", "down", "down", "down", " ")
	waitFor(t, tm, "2 marked")
	sendKeys(tm, "c")
	waitFor(t, tm, "Careers", "Xorovo s.r.l.", "Flywire", "Skills", "sorted shared by all first")
	sendKeys(tm, "tab", "s")
	waitFor(t, tm, "sorted held by one person first")
	sendKeys(tm, "enter")
	waitFor(t, tm, "Alejandro Colomina · evidence", "Go · language · both")
	sendKeys(tm, "esc")
	waitFor(t, tm, "to timelines") // the grid's help again: the evidence is closed
	m := finish(t, tm)
	c, ok := m.Screen().(compare.Model)
	if !ok {
		t.Fatalf("after esc from the evidence the screen is %T, want the comparison", m.Screen())
	}
	if c.Nested() || c.Order() != cmpmodel.ByDistinct || !c.SkillsFocused() {
		t.Errorf("evidence open %v, order %v, grid focused %v", c.Nested(), c.Order(), c.SkillsFocused())
	}
	if ids := c.ProfileIDs(); len(ids) != 2 || !strings.HasPrefix(ids[0], "000") || !strings.HasPrefix(ids[1], "003") {
		t.Errorf("compared %v, want 000 and 003", ids)
	}
}

// TestCompareAcceptance: comparing seeds 000 and 003 draws both careers
// on one axis starting in 2015, and the grid holds the acceptance facts.
func TestCompareAcceptance(t *testing.T) {
	m := press(t, started(t, 120, 40), " ", "down", "down", "down", " ", "c")
	c, ok := m.Screen().(compare.Model)
	if !ok || !c.Ready() {
		t.Fatalf("screen %T, ready %v", m.Screen(), ok && c.Ready())
	}
	v := m.View()
	for _, want := range []string{"Jan 2015 – Dec 2026", "2015", "Diagram Software S.L.", "Xorovo s.r.l."} {
		if !strings.Contains(v, want) {
			t.Errorf("the view lacks %q:\n%s", want, v)
		}
	}
	cells := map[string][2]string{
		"Go": {"held", "held"}, "Terraform": {"held", "held"}, "Ruby": {"held", ""},
		"Kafka": {"", "held"}, "PHP": {"", "held"}, "Chef": {"claimed", ""}, "Redis": {"claimed", ""},
	}
	for skill, want := range cells {
		r, ok := c.Comparison().Grid.Find(skill)
		if !ok {
			t.Errorf("no %s row", skill)
			continue
		}
		for i, w := range want {
			got := ""
			switch {
			case r.Cells[i].Held():
				got = "held"
			case r.Cells[i].Claimed():
				got = "claimed"
			}
			if got != w {
				t.Errorf("%s for person %d: %q, want %q", skill, i, got, w)
			}
		}
	}
}
