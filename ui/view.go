package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// helpGap is the blank space between the screen and the help under it.
const helpGap = 1

// tooSmallMeasure is the widest the too-small message is wrapped to.
const tooSmallMeasure = 60

// tooSmall reports whether the terminal is below the size vitae lays out.
func (m Model) tooSmall() bool {
	return m.c.Width < common.MinWidth || m.c.Height < common.MinHeight
}

// innerWidth is the width inside the app's frame.
func (m Model) innerWidth() int {
	return max(m.c.Width-m.c.Styles.App.GetHorizontalFrameSize(), 1)
}

// layout draws the help for the screen shown and gives the screen the rest
// of the terminal. Every change of size, screen or help passes here.
func (m *Model) layout() {
	top := m.top()
	if top == nil || m.c.Width == 0 {
		return
	}
	m.keys.Back.SetEnabled(len(m.stack) > 1) // on the roster, esc is the list's (clear filter)
	_, searching := top.(searchScreen)
	m.keys.Search.SetEnabled(m.index != nil && !searching)
	if m.help.ShowAll {
		m.keys.Help.SetHelp("?", "close help")
	} else {
		m.keys.Help.SetHelp("?", "more keys")
	}
	m.help.Width = m.innerWidth()
	if m.help.ShowAll {
		m.helpView = m.fullHelp(append(top.FullHelp(), m.keys.FullHelp()...))
	} else {
		m.helpView = m.shortHelp(top.ShortHelp())
	}
	m.setTop(top.resized(m.innerWidth(), m.bodyHeight()))
}

// bodyHeight is the height left for the screen under the current help.
func (m Model) bodyHeight() int {
	h := m.c.Height - m.c.Styles.App.GetVerticalFrameSize() - lipgloss.Height(m.helpView) - helpGap
	return max(h, 1)
}

// shortHelp is the help line: the screen's keys, cut with "…" when they do
// not fit, then the global keys, which always show (so `?` is never hidden).
func (m Model) shortHelp(view []key.Binding) string {
	globals := m.keys.ShortHelp()
	if top := m.top(); top != nil && top.typing() {
		// q and ? are letters while a query or filter is typed.
		globals = []key.Binding{m.keys.Back, m.keys.ForceQuit}
	}
	global := m.help.ShortHelpView(globals)
	sep := m.c.Styles.Help.ShortSeparator.Render(m.help.ShortSeparator)
	h := m.help
	h.Width = max(m.innerWidth()-lipgloss.Width(global)-lipgloss.Width(sep), 1)
	if v := h.ShortHelpView(view); v != "" {
		if lipgloss.Width(v) > h.Width { // bubbles adds an item whose "…" would not fit
			v = ansi.Truncate(v, h.Width, "…")
		}
		return v + sep + global
	}
	return global
}

// fullHelp lays the help's columns out in as many rows of columns as the
// width needs, instead of cutting the columns that do not fit.
func (m Model) fullHelp(groups [][]key.Binding) string {
	var rows []string
	for start := 0; start < len(groups); {
		end := start + 1
		for end < len(groups) && lipgloss.Width(m.help.FullHelpView(groups[start:end+1])) <= m.innerWidth() {
			end++
		}
		rows = append(rows, m.help.FullHelpView(groups[start:end]))
		start = end
	}
	return strings.Join(rows, "\n\n")
}

// View draws the screen shown with the help under it; before loading ends,
// "loading…"; in a terminal too small, what size is needed.
func (m Model) View() string {
	switch {
	case m.c.Width == 0:
		return "loading…" // no size yet: the first WindowSizeMsg is on its way
	case m.tooSmall():
		return m.tooSmallView()
	case m.top() == nil:
		return m.frame(m.c.Styles.Message.Render("loading profiles…"))
	}
	body := m.top().view()
	pad := max(m.c.Height-m.c.Styles.App.GetVerticalFrameSize()-lipgloss.Height(body)-lipgloss.Height(m.helpView), helpGap)
	return m.frame(body + strings.Repeat("\n", pad+1) + m.helpView)
}

// frame puts the app's padding around a screen. It is what App.Render
// would draw, without measuring and re-padding every line of a full
// screen on every frame: lines are already no wider than innerWidth.
func (m Model) frame(s string) string {
	app := m.c.Styles.App
	left := strings.Repeat(" ", app.GetPaddingLeft())
	var b strings.Builder
	b.Grow(len(s) + (len(left)+1)*m.c.Height)
	b.WriteString(strings.Repeat("\n", app.GetPaddingTop()))
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(left)
		b.WriteString(line)
	}
	b.WriteString(strings.Repeat("\n", app.GetPaddingBottom()))
	return b.String()
}

// tooSmallView asks politely for a larger terminal, keeping every state.
func (m Model) tooSmallView() string {
	msg := fmt.Sprintf("vitae needs a terminal of at least %d×%d; this one is %d×%d. "+
		"Please make the window larger (or the font smaller) — nothing is lost meanwhile. Press q to quit.",
		common.MinWidth, common.MinHeight, m.c.Width, m.c.Height)
	room := max(min(m.c.Width-m.c.Styles.App.GetHorizontalFrameSize(), tooSmallMeasure), 1)
	text := richtext.PlainBlock(msg, room, m.c.Styles.Message, "", "")
	if lines := strings.Split(text, "\n"); len(lines) > m.c.Height { // 20×5: the start says it all
		text = strings.Join(lines[:max(m.c.Height, 1)], "\n")
	}
	return m.c.Renderer.Place(max(m.c.Width, 1), max(m.c.Height, 1), lipgloss.Center, lipgloss.Center, text)
}
