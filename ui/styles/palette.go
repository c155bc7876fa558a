package styles

import "github.com/charmbracelet/lipgloss"

// Palette is the handful of colors vitae draws with. Each is an adaptive
// light/dark pair, resolved against the session's renderer, so a light and a
// dark terminal both read well. Nothing in the UI may depend on color alone:
// under NO_COLOR or an ASCII profile every state stays visible through text,
// borders or markers.
type Palette struct {
	Text      lipgloss.AdaptiveColor // body text
	Muted     lipgloss.AdaptiveColor // dates, durations, secondary facts
	Subtle    lipgloss.AdaptiveColor // rules, separators, inactive tabs
	Accent    lipgloss.AdaptiveColor // names, the active tab, the cursor
	AccentAlt lipgloss.AdaptiveColor // links and hosts
	Highlight lipgloss.AdaptiveColor // a jumped-to bullet, search matches
	OnAccent  lipgloss.AdaptiveColor // text drawn on an Accent background
	Good      lipgloss.AdaptiveColor // ongoing roles, "now"
	Warn      lipgloss.AdaptiveColor // warnings, undated, approximate
	Bad       lipgloss.AdaptiveColor // errors
}

// DefaultPalette is vitae's palette: a violet accent, teal links and amber
// warnings, each with a darker variant for light backgrounds.
func DefaultPalette() Palette {
	return Palette{
		Text:      lipgloss.AdaptiveColor{Light: "#1F1F24", Dark: "#E4E4E7"},
		Muted:     lipgloss.AdaptiveColor{Light: "#5F5F6B", Dark: "#A1A1AA"},
		Subtle:    lipgloss.AdaptiveColor{Light: "#A8A8B3", Dark: "#52525B"},
		Accent:    lipgloss.AdaptiveColor{Light: "#6D28D9", Dark: "#A78BFA"},
		AccentAlt: lipgloss.AdaptiveColor{Light: "#0F766E", Dark: "#5EEAD4"},
		Highlight: lipgloss.AdaptiveColor{Light: "#FEF08A", Dark: "#713F12"},
		OnAccent:  lipgloss.AdaptiveColor{Light: "#FFFFFF", Dark: "#18181B"},
		Good:      lipgloss.AdaptiveColor{Light: "#15803D", Dark: "#86EFAC"},
		Warn:      lipgloss.AdaptiveColor{Light: "#B45309", Dark: "#FCD34D"},
		Bad:       lipgloss.AdaptiveColor{Light: "#B91C1C", Dark: "#FCA5A5"},
	}
}
