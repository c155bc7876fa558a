// Package styles holds every lipgloss style vitae draws with, built in one
// place from the session's renderer. Over ssh each session has its own
// renderer (its own color profile and background), so view code never calls
// lipgloss.NewStyle: it takes its styles from the session's *Styles.
package styles

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/lipgloss"
)

// Styles is the full set of styles of one session. It is built once by New
// and never changed afterwards, so views may share it freely.
type Styles struct {
	Renderer *lipgloss.Renderer
	Palette  Palette

	// Frame and chrome.
	App       lipgloss.Style // the whole screen: horizontal breathing room
	Title     lipgloss.Style // screen title ("vitae · 5 profiles")
	TitleBar  lipgloss.Style // the line holding the title and status
	Status    lipgloss.Style // status text beside the title
	StatusBad lipgloss.Style // a status that needs attention ("2 files skipped")
	HelpBar   lipgloss.Style // the help line at the bottom
	Help      help.Styles    // key/description pairs in the help view
	List      list.Styles    // bubbles/list chrome (title, filter, status)
	Rule      lipgloss.Style // horizontal separators
	Muted     lipgloss.Style // secondary text
	Faint     lipgloss.Style // scroll position, hints
	Message   lipgloss.Style // centred messages (loading, too small, empty)

	// Inline emphasis from profile text (**bold**, *italic*).
	Bold   lipgloss.Style
	Italic lipgloss.Style

	// Links: the visible host or address.
	Link lipgloss.Style

	Roster   RosterStyles
	Tabs     TabStyles
	Profile  ProfileStyles
	Problems ProblemStyles
	Timeline TimelineStyles
}

// RosterStyles style the list of people.
type RosterStyles struct {
	Item         lipgloss.Style // an item, with room for the selection bar
	SelectedItem lipgloss.Style // the selected item: a bar on the left
	Name         lipgloss.Style
	SelectedName lipgloss.Style
	Headline     lipgloss.Style
	Detail       lipgloss.Style // current role, experience
	Badge        lipgloss.Style // "imported"
	Match        lipgloss.Style // filter matches in the name
}

// TabStyles style the profile's tab bar.
type TabStyles struct {
	Active     lipgloss.Style
	Inactive   lipgloss.Style
	Separator  lipgloss.Style
	RuleActive lipgloss.Style // the rule under the active tab
	Rule       lipgloss.Style // the rule under the other tabs
}

// ProfileStyles style the profile header and its tabs' content.
type ProfileStyles struct {
	Name        lipgloss.Style
	Headline    lipgloss.Style
	Contact     lipgloss.Style
	Summary     lipgloss.Style
	Section     lipgloss.Style // "Education", "Certificates"…
	Employer    lipgloss.Style
	EmployerFor lipgloss.Style // tenure and location beside the employer
	Role        lipgloss.Style
	Dates       lipgloss.Style
	Current     lipgloss.Style // "now", ongoing roles
	Undated     lipgloss.Style // the "undated" mark
	Description lipgloss.Style // an employer's description
	Bullet      lipgloss.Style // the bullet glyph
	Text        lipgloss.Style // body text
	Focus       lipgloss.Style // a role opened from elsewhere
	FocusBar    lipgloss.Style // the bar beside a focused role or bullet
	Highlighted lipgloss.Style // a jumped-to bullet
}

// ProblemStyles style the loading problems list.
type ProblemStyles struct {
	Location lipgloss.Style
	Error    lipgloss.Style
	Warning  lipgloss.Style
	Notice   lipgloss.Style
	Message  lipgloss.Style
	Selected lipgloss.Style
}

// TimelineStyles style the timeline view (ui/timeline).
type TimelineStyles struct {
	Axis        lipgloss.Style // the axis line
	AxisLabel   lipgloss.Style // year labels
	Lane        lipgloss.Style // lane labels (employers, "events")
	Bar         lipgloss.Style // a role bar
	BarAlt      lipgloss.Style // alternate segments (promotions)
	BarCurrent  lipgloss.Style // an ongoing role
	Selected    lipgloss.Style // the item under the cursor
	Gap         lipgloss.Style // a gap's shading and label
	Overlap     lipgloss.Style // an overlap mark
	Event       lipgloss.Style // an event marker
	Approximate lipgloss.Style // year-only ends
	Undated     lipgloss.Style // the undated section
	Panel       lipgloss.Style // the details panel
	PanelTitle  lipgloss.Style
}

// New builds the styles for a session from its renderer and the default
// palette.
func New(r *lipgloss.Renderer) *Styles {
	return NewWithPalette(r, DefaultPalette())
}

// NewWithPalette builds the styles for a session from its renderer and a
// palette.
func NewWithPalette(r *lipgloss.Renderer, p Palette) *Styles {
	s := &Styles{Renderer: r, Palette: p}
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style { return r.NewStyle().Foreground(c) }

	s.App = r.NewStyle().Padding(0, 1)
	s.Title = fg(p.Accent).Bold(true)
	s.TitleBar = r.NewStyle().MarginBottom(1)
	s.Status = fg(p.Muted)
	s.StatusBad = fg(p.Warn)
	s.HelpBar = r.NewStyle().MarginTop(1)
	s.Help = help.Styles{
		Ellipsis:       fg(p.Subtle),
		ShortKey:       fg(p.Muted).Bold(true),
		ShortDesc:      fg(p.Muted),
		ShortSeparator: fg(p.Subtle),
		FullKey:        fg(p.Accent).Bold(true),
		FullDesc:       fg(p.Text),
		FullSeparator:  fg(p.Subtle),
	}
	s.List = listStyles(r, p)
	s.Rule = fg(p.Subtle)
	s.Muted = fg(p.Muted)
	s.Faint = fg(p.Subtle)
	s.Message = fg(p.Muted)
	s.Bold = r.NewStyle().Bold(true)
	s.Italic = r.NewStyle().Italic(true)
	s.Link = fg(p.AccentAlt).Underline(true)

	s.Roster = RosterStyles{
		Item: r.NewStyle().Padding(0, 0, 0, 2),
		SelectedItem: r.NewStyle().Padding(0, 0, 0, 1).
			Border(lipgloss.ThickBorder(), false, false, false, true).BorderForeground(p.Accent),
		Name:         fg(p.Text).Bold(true),
		SelectedName: fg(p.Accent).Bold(true),
		Headline:     fg(p.Text),
		Detail:       fg(p.Muted),
		Badge:        fg(p.Warn),
		Match:        r.NewStyle().Underline(true),
	}
	s.Tabs = TabStyles{
		Active:     fg(p.Accent).Bold(true).Padding(0, 1),
		Inactive:   fg(p.Muted).Padding(0, 1),
		Separator:  fg(p.Subtle),
		RuleActive: fg(p.Accent),
		Rule:       fg(p.Subtle),
	}
	s.Profile = ProfileStyles{
		Name:        fg(p.Accent).Bold(true),
		Headline:    fg(p.Text),
		Contact:     fg(p.Muted),
		Summary:     fg(p.Text),
		Section:     fg(p.Accent).Bold(true),
		Employer:    fg(p.Text).Bold(true),
		EmployerFor: fg(p.Muted),
		Role:        fg(p.Text).Bold(true),
		Dates:       fg(p.Muted),
		Current:     fg(p.Good),
		Undated:     fg(p.Warn),
		Description: fg(p.Muted).Italic(true),
		Bullet:      fg(p.Subtle),
		Text:        fg(p.Text),
		Focus:       fg(p.Accent).Bold(true),
		FocusBar:    fg(p.Accent),
		Highlighted: r.NewStyle().Background(p.Highlight),
	}
	s.Problems = ProblemStyles{
		Location: fg(p.AccentAlt),
		Error:    fg(p.Bad).Bold(true),
		Warning:  fg(p.Warn).Bold(true),
		Notice:   fg(p.Muted),
		Message:  fg(p.Text),
		Selected: r.NewStyle().Border(lipgloss.ThickBorder(), false, false, false, true).BorderForeground(p.Accent),
	}
	s.Timeline = TimelineStyles{
		Axis:        fg(p.Subtle),
		AxisLabel:   fg(p.Muted),
		Lane:        fg(p.Text).Bold(true),
		Bar:         fg(p.Accent),
		BarAlt:      fg(p.AccentAlt),
		BarCurrent:  fg(p.Good),
		Selected:    r.NewStyle().Reverse(true),
		Gap:         fg(p.Warn),
		Overlap:     fg(p.Bad),
		Event:       fg(p.AccentAlt),
		Approximate: fg(p.Muted),
		Undated:     fg(p.Warn),
		Panel:       r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Subtle).Padding(0, 1),
		PanelTitle:  fg(p.Accent).Bold(true),
	}
	return s
}
