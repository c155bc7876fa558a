package roster

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/ui/common"
)

// Item layout.
const (
	itemHeight  = 2 // name and headline; role and skills
	itemSpacing = 1
	sep         = " · "
	badgeText   = "imported"
	minGap      = 2 // between left and right aligned text
)

// delegate draws roster items from the session's styles, remembering
// each drawing: while a filter is typed the list redraws every item on
// every key, and an item only changes with its selection, width and
// matched characters.
type delegate struct {
	c     *common.Common
	drawn map[itemKey]string
}

// itemKey is what an item's drawing depends on.
type itemKey struct {
	id       string
	version  int // of the items: a new skills list redraws
	selected bool
	width    int
	matches  string
}

// maxDrawn bounds the drawings kept; past it they are dropped and redrawn.
const maxDrawn = 512

func newDelegate(c *common.Common) delegate {
	return delegate{c: c, drawn: map[itemKey]string{}}
}

// The list.ItemDelegate contract: fixed height, one blank line between
// items, no keys of its own.
func (d delegate) Height() int                         { return itemHeight }
func (d delegate) Spacing() int                        { return itemSpacing }
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }
func (d delegate) ShortHelp() []key.Binding            { return nil }
func (d delegate) FullHelp() [][]key.Binding           { return nil }

// Render draws one item: name · headline with the experience (and an
// "imported" badge) on the right; the current role with the strongest
// skills on the right. The selected item has a bar on its left.
func (d delegate) Render(w io.Writer, m list.Model, index int, li list.Item) {
	it, ok := li.(Item)
	if !ok {
		return
	}
	k := itemKey{id: it.Profile.ID, version: it.version, selected: index == m.Index(), width: m.Width(),
		matches: fmt.Sprint(m.MatchesForItem(index))}
	if s, ok := d.drawn[k]; ok {
		fmt.Fprint(w, s)
		return
	}
	if len(d.drawn) >= maxDrawn {
		clear(d.drawn)
	}
	s := d.draw(it, m, index)
	d.drawn[k] = s
	fmt.Fprint(w, s)
}

// draw draws one item.
func (d delegate) draw(it Item, m list.Model, index int) string {
	st := d.c.Styles.Roster
	box, nameStyle := st.Item, st.Name
	if index == m.Index() {
		box, nameStyle = st.SelectedItem, st.SelectedName
	}
	width := max(m.Width()-box.GetHorizontalFrameSize(), 1)

	var right []string
	if it.Experience != "" {
		right = append(right, st.Detail.Render(it.Experience))
	}
	if it.Profile.Source.Imported {
		right = append(right, st.Badge.Render(badgeText))
	}
	name := d.name(it, m, index, nameStyle)
	left := name
	if it.Mark > 0 { // its column in the comparison
		left = st.Badge.Render(fmt.Sprintf("[%d] ", it.Mark)) + left
	}
	if it.Headline != "" {
		left += st.Detail.Render(sep) + st.Headline.Render(it.Headline)
	}
	top := justify(left, strings.Join(right, st.Detail.Render(sep)), width)
	bottom := justify(st.Detail.Render(it.Role), st.Detail.Render(fitSkills(it.Skills, width/2)), width)
	return box.Render(top + "\n" + bottom)
}

// name draws the name with the characters the filter matched underlined.
func (d delegate) name(it Item, m list.Model, index int, base lipgloss.Style) string {
	matches := m.MatchesForItem(index)
	if len(matches) == 0 {
		return base.Render(it.Name)
	}
	n := len([]rune(it.Name))
	var in []int
	for _, i := range matches {
		if i < n {
			in = append(in, i)
		}
	}
	return lipgloss.StyleRunes(it.Name, in, base.Inherit(d.c.Styles.Roster.Match), base)
}

// fitSkills joins as many whole skills as fit in width cells, strongest
// first; a lone skill too long is cut.
func fitSkills(skills []string, width int) string {
	out := ""
	for _, sk := range skills {
		next := sk
		if out != "" {
			next = out + sep + sk
		}
		if lipgloss.Width(next) > width {
			break
		}
		out = next
	}
	if out == "" && len(skills) > 0 {
		out = ansi.Truncate(skills[0], width, "…")
	}
	return out
}

// justify puts right at the right edge of a line of width cells, after
// left. When both do not fit, left is cut first (keeping room for a short
// right side), then right.
func justify(left, right string, width int) string {
	rw := lipgloss.Width(right)
	if rw > width/2 {
		right = ansi.Truncate(right, width/2, "…")
		rw = lipgloss.Width(right)
	}
	room := width - rw
	if rw > 0 {
		room -= minGap
	}
	if lipgloss.Width(left) > room {
		left = ansi.Truncate(left, max(room, 0), "…")
	}
	gap := width - lipgloss.Width(left) - rw
	return left + strings.Repeat(" ", max(gap, 0)) + right
}
