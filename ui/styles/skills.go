package styles

import "github.com/charmbracelet/lipgloss"

// SkillsStyles style the Skills tab (ui/skills): the matrix of skills by
// category with a heat strip of years, and the evidence list of one skill.
// Like every style they are built from the session's renderer and palette.
type SkillsStyles struct {
	Category     lipgloss.Style // a category heading
	Name         lipgloss.Style // a skill's name
	NameSelected lipgloss.Style // the skill under the cursor
	Cursor       lipgloss.Style // the ▸ beside the selected row
	Header       lipgloss.Style // column titles and year labels
	Info         lipgloss.Style // the sort order and counts line
	Heat         [4]lipgloss.Style
	Claimed      lipgloss.Style // cells and status of a claimed-only skill
	None         lipgloss.Style // a year without evidence
	Number       lipgloss.Style // years evidenced, last year, bullets
	Status       lipgloss.Style // "both", "work"
	Title        lipgloss.Style // the evidence view's skill name
	Role         lipgloss.Style // the role or project of a piece of evidence
	Dates        lipgloss.Style
	Text         lipgloss.Style // a bullet's text
	Match        lipgloss.Style // the mention of the skill inside a bullet
	Bar          lipgloss.Style // the bar beside the selected evidence
	Hint         lipgloss.Style // "enter: show in Experience"
	Filter       lipgloss.Style // the filter prompt
}

// Skills builds the Skills tab's styles from the session's styles.
func Skills(s *Styles) SkillsStyles {
	r, p := s.Renderer, s.Palette
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style { return r.NewStyle().Foreground(c) }
	return SkillsStyles{
		Category:     fg(p.Accent).Bold(true),
		Name:         fg(p.Text),
		NameSelected: fg(p.Accent).Bold(true),
		Cursor:       fg(p.Accent).Bold(true),
		Header:       fg(p.Muted),
		Info:         fg(p.Muted),
		Heat: [4]lipgloss.Style{
			fg(p.Subtle),
			fg(p.AccentAlt),
			fg(p.AccentAlt).Bold(true),
			fg(p.Accent).Bold(true),
		},
		Claimed: fg(p.Warn),
		None:    fg(p.Subtle),
		Number:  fg(p.Muted),
		Status:  fg(p.Muted),
		Title:   fg(p.Accent).Bold(true),
		Role:    fg(p.Text).Bold(true),
		Dates:   fg(p.Muted),
		Text:    fg(p.Text),
		Match:   r.NewStyle().Background(p.Highlight).Bold(true),
		Bar:     fg(p.Accent),
		Hint:    fg(p.Subtle),
		Filter:  fg(p.Accent),
	}
}
