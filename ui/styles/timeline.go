package styles

import "github.com/charmbracelet/lipgloss"

// TimelineChartStyles are the timeline view's styles beyond TimelineStyles:
// the selected bar, the cursor mark on the axis, the selected row's label,
// the legend and the details panel's text. Like every style they are built
// from the session's renderer and palette.
type TimelineChartStyles struct {
	SelectedBar  lipgloss.Style // the bar under the cursor (drawn in full blocks)
	Cursor       lipgloss.Style // the ▼ on the axis above the selected item
	LaneSelected lipgloss.Style // the label of the row holding the cursor
	Employed     lipgloss.Style // the career row where someone was working
	Legend       lipgloss.Style // the legend line
	Dates        lipgloss.Style // dates and durations in the details panel
	Note         lipgloss.Style // notes in the details panel (overlaps, gaps, approximate)
	Text         lipgloss.Style // bullets and summaries in the details panel
	Bullet       lipgloss.Style // the bullet glyph
	PanelBorder  lipgloss.Style // the details panel's border, as Timeline.Panel draws it
}

// TimelineChart builds the timeline view's extra styles from the session's
// styles (its renderer and palette).
func TimelineChart(s *Styles) TimelineChartStyles {
	r, p := s.Renderer, s.Palette
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style { return r.NewStyle().Foreground(c) }
	return TimelineChartStyles{
		SelectedBar:  fg(p.Text).Bold(true),
		Cursor:       fg(p.Accent).Bold(true),
		LaneSelected: fg(p.Accent).Bold(true),
		Employed:     fg(p.Subtle),
		Legend:       fg(p.Muted),
		Dates:        fg(p.Muted),
		Note:         fg(p.Warn),
		Text:         fg(p.Text),
		Bullet:       fg(p.Subtle),
		PanelBorder:  r.NewStyle().Foreground(s.Timeline.Panel.GetBorderTopForeground()),
	}
}
