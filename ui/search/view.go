package search

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	msearch "github.com/vitae-cli/vitae/model/search"
)

// Layout, in lines and cells.
const (
	inputHeight  = 1
	statusHeight = 1
	headerGap    = 1 // between the status line and the results
	statusGap    = 2 // least space between the status and the scope hint
)

// rows is how many results fit on screen.
func (m Model) rows() int {
	return max(m.height-inputHeight-statusHeight-headerGap, 1)
}

// View draws the query box, a status line and the results on screen.
func (m Model) View() string {
	lines := []string{m.input.View(), m.status(), ""}
	switch {
	case m.input.Value() == "":
		lines = append(lines, m.c.Styles.Message.Render("Type to search every bullet, summary and description ('word: exact)."))
	case len(m.results) == 0 && !m.pending:
		lines = append(lines, m.c.Styles.Message.Render(
			fmt.Sprintf("Nothing matches %q.", model.SanitizeLine(m.query))))
	default:
		end := min(len(m.results), m.offset+m.rows())
		for i := m.offset; i < end; i++ {
			lines = append(lines, m.row(i))
		}
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, "")
	}
	return strings.Join(lines, "\n")
}

// status says how many results there are, where the search looks, and
// what tab does.
func (m Model) status() string {
	st := m.c.Styles
	var left string
	switch n := len(m.results); {
	case m.input.Value() == "":
		left = ""
	case m.pending && n == 0:
		left = "searching…"
	case n >= ResultLimit:
		left = fmt.Sprintf("best %d results", n)
	case n == 1:
		left = "1 result"
	default:
		left = fmt.Sprintf("%d results", n)
	}
	where := "all profiles"
	hint := ""
	if m.current != nil {
		name := model.SanitizeLine(m.current.Name())
		if m.scoped {
			where, hint = "in "+name, "tab: all profiles"
		} else {
			hint = "tab: only " + name
		}
	}
	if left != "" {
		left += " · "
	}
	left = st.Muted.Render(left + where)
	if hint == "" {
		return left
	}
	hint = st.Faint.Render(hint)
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(hint)
	if gap < statusGap {
		return left
	}
	return left + strings.Repeat(" ", gap) + hint
}

// row draws result i: a bar when selected, then person · heading · years
// and the text cut around the match, matched letters highlighted.
func (m Model) row(i int) string {
	st := m.c.Styles.Roster
	item, name := st.Item, st.Name
	if i == m.sel {
		item, name = st.SelectedItem, st.SelectedName
	}
	inner := max(m.width-item.GetHorizontalFrameSize(), 1)
	l := msearch.LayoutLine(m.results[i], inner)
	var b strings.Builder
	b.WriteString(name.Render(l.Person) + st.Detail.Render(l.Meta) + msearch.LineGap)
	for _, seg := range l.Text {
		if seg.Match {
			b.WriteString(st.Match.Render(seg.Text))
		} else {
			b.WriteString(seg.Text)
		}
	}
	return item.Render(b.String())
}
