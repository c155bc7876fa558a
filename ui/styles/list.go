package styles

import (
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/lipgloss"
)

// listStyles styles bubbles/list from the session's renderer: list's own
// defaults are built with the global renderer, which is the server's
// terminal when vitae is served over ssh.
func listStyles(r *lipgloss.Renderer, p Palette) list.Styles {
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style { return r.NewStyle().Foreground(c) }
	const bullet = "•"
	return list.Styles{
		TitleBar:                    r.NewStyle().Padding(0, 0, 1, 0),
		Title:                       fg(p.Accent).Bold(true),
		Spinner:                     fg(p.Muted),
		FilterPrompt:                fg(p.Accent).Bold(true),
		FilterCursor:                fg(p.Accent),
		DefaultFilterCharacterMatch: r.NewStyle().Underline(true),
		StatusBar:                   fg(p.Muted).Padding(0, 0, 1, 0),
		StatusEmpty:                 fg(p.Subtle),
		StatusBarActiveFilter:       fg(p.Text),
		StatusBarFilterCount:        fg(p.Subtle),
		NoItems:                     fg(p.Muted),
		PaginationStyle:             r.NewStyle().PaddingLeft(2),
		HelpStyle:                   r.NewStyle().Padding(1, 0, 0, 0),
		ActivePaginationDot:         fg(p.Accent).SetString(bullet),
		InactivePaginationDot:       fg(p.Subtle).SetString(bullet),
		ArabicPagination:            fg(p.Muted),
		DividerDot:                  fg(p.Subtle).SetString(" " + bullet + " "),
	}
}
