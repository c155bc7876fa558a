package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/ui/profile"
	"github.com/vitae-cli/vitae/ui/roster"
)

// TestRunesTypedFastActOneByOne checks keys that Bubble Tea v1 delivers
// as one message when typed faster than it reads.
func TestRunesTypedFastActOneByOne(t *testing.T) {
	m := started(t, 100, 30)
	burst := func(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

	// "jj" moves the roster cursor twice.
	got := step(t, m, burst("jj"))
	if r := got.Screen().(roster.Model); r.Index() != 2 {
		t.Errorf(`"jj" moved the cursor to %d, want 2`, r.Index())
	}

	// "/med" opens the filter and types "med" into it.
	got = step(t, m, burst("/med"))
	r := got.Screen().(roster.Model)
	if !r.Filtering() {
		t.Fatalf(`"/med" did not open the filter`)
	}
	if v := r.FilterValue(); v != "med" {
		t.Errorf(`filter = %q, want "med"`, v)
	}

	// While typing, a burst stays text: "jj" goes into the filter.
	got = step(t, got, burst("jj"))
	if v := got.Screen().(roster.Model).FilterValue(); v != "medjj" {
		t.Errorf(`typed burst = %q, want "medjj"`, v)
	}

	// A pasted text is never split into commands.
	got = step(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("qq"), Paste: true})
	if got.Depth() != 1 {
		t.Errorf("a paste acted as keys")
	}

	// In a profile, "jjj" scrolls three lines.
	p := press(t, m, "enter")
	p = step(t, p, burst("jjj"))
	if off := p.Screen().(profile.Model).ScrollOffset(); off != 3 {
		t.Errorf(`"jjj" scrolled %d lines, want 3`, off)
	}
}
