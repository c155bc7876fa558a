package styles

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestStylesFollowTheSessionRenderer(t *testing.T) {
	tests := []struct {
		name      string
		profile   termenv.Profile
		wantColor bool
	}{
		{"ascii is monochrome", termenv.Ascii, false},
		{"truecolor has color", termenv.TrueColor, true},
		{"256 colors has color", termenv.ANSI256, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(tt.profile)
			s := New(r)
			out := s.Profile.Name.Render("Ada") + s.Tabs.Active.Render("Experience") + s.Roster.SelectedItem.Render("x")
			if got := strings.Contains(out, "\x1b["); got != tt.wantColor {
				t.Fatalf("escape sequences present = %v, want %v: %q", got, tt.wantColor, out)
			}
			if !strings.Contains(out, "Ada") || !strings.Contains(out, "Experience") {
				t.Fatalf("text lost: %q", out)
			}
		})
	}
}

func TestSelectionVisibleWithoutColor(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	s := New(r)
	sel, plain := s.Roster.SelectedItem.Render("Ada"), s.Roster.Item.Render("Ada")
	if sel == plain {
		t.Fatalf("selected and plain items look the same without color: %q", sel)
	}
	if lipgloss.Width(sel) != lipgloss.Width(plain) {
		t.Fatalf("selection changes the width: %d vs %d", lipgloss.Width(sel), lipgloss.Width(plain))
	}
}

func TestLightAndDarkBackgrounds(t *testing.T) {
	tests := []struct {
		dark bool
		want string // the accent's true-color sequence
	}{
		{true, "38;2;167;139;250"}, // #A78BFA on dark
		{false, "38;2;109;40;217"}, // #6D28D9 on light
	}
	for _, tt := range tests {
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(termenv.TrueColor)
		r.SetHasDarkBackground(tt.dark)
		if got := New(r).Profile.Name.Render("Ada"); !strings.Contains(got, tt.want) {
			t.Errorf("dark=%v: name drawn %q, want the accent %s", tt.dark, got, tt.want)
		}
	}
}
