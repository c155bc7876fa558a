package styles

import "github.com/charmbracelet/lipgloss"

// CompareStyles style the compare screen (ui/compare): the summary table,
// the section headings over the shared timeline and the skill grid, and
// the grid's cells. Like every style they are built from the session's
// renderer and palette.
type CompareStyles struct {
	Title          lipgloss.Style // "Compare" in the title line
	Person         lipgloss.Style // a person's name over a column or a lane group
	Label          lipgloss.Style // summary row labels
	Value          lipgloss.Style // summary values
	Best           lipgloss.Style // the best value of a summary row
	BestMark       lipgloss.Style // the mark beside it
	Section        lipgloss.Style // a section heading ("Careers", "Skills")
	SectionFocused lipgloss.Style // the heading of the section that has the keys
	Rule           lipgloss.Style // the rule after a heading or a name
	Category       lipgloss.Style // a skill category in the grid
	Skill          lipgloss.Style // a skill's name
	SkillSelected  lipgloss.Style // the skill of the selected row
	Cell           lipgloss.Style // years evidenced and last year used
	Claimed        lipgloss.Style // a skill only claimed
	None           lipgloss.Style // the mark of an empty cell
	CellSelected   lipgloss.Style // the cell under the cursor
	Info           lipgloss.Style // the sort order, scroll hints, the details line
	Details        lipgloss.Style // the selected item of the shared timeline
}

// Compare builds the compare screen's styles from the session's styles.
func Compare(s *Styles) CompareStyles {
	r, p := s.Renderer, s.Palette
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style { return r.NewStyle().Foreground(c) }
	return CompareStyles{
		Title:          fg(p.Accent).Bold(true),
		Person:         fg(p.Accent).Bold(true),
		Label:          fg(p.Muted),
		Value:          fg(p.Text),
		Best:           fg(p.Good).Bold(true),
		BestMark:       fg(p.Good),
		Section:        fg(p.Muted).Bold(true),
		SectionFocused: fg(p.Accent).Bold(true),
		Rule:           fg(p.Subtle),
		Category:       fg(p.Accent).Bold(true),
		Skill:          fg(p.Text),
		SkillSelected:  fg(p.Accent).Bold(true),
		Cell:           fg(p.Text),
		Claimed:        fg(p.Warn),
		None:           fg(p.Subtle),
		CellSelected:   r.NewStyle().Reverse(true),
		Info:           fg(p.Muted),
		Details:        fg(p.Text),
	}
}
