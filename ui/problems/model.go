// Package problems is the view listing what went wrong while loading
// profiles, one problem per entry as "file:line:col: severity: message",
// errors first, so a person can open the file and fix it.
package problems

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/keys"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// Layout, in lines and cells.
const (
	titleHeight   = 1
	titleGap      = 1
	messageIndent = 4 // a wrapped message under its location
)

// KeyMap are the problems view's bindings.
type KeyMap struct {
	Scroll keys.Scroll
}

// DefaultKeyMap returns the problems view's bindings.
func DefaultKeyMap() KeyMap { return KeyMap{Scroll: keys.DefaultScroll()} }

// Model is the problems view.
type Model struct {
	c        *common.Common
	keys     KeyMap
	problems []model.Problem
	width    int
	lines    []string
	vp       viewport.Model
}

// New builds the view of problems, sorted errors first, then by file and
// position.
func New(c *common.Common, problems []model.Problem) Model {
	ps := append([]model.Problem(nil), problems...)
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	m := Model{c: c, keys: DefaultKeyMap(), problems: ps, vp: viewport.New(0, 0)}
	m.SetSize(c.Width, c.Height)
	return m
}

// Problems are the problems shown, in order.
func (m Model) Problems() []model.Problem { return m.problems }

// ScrollOffset is the first line on screen.
func (m Model) ScrollOffset() int { return m.vp.YOffset }

// SetSize lays the view out in width×height cells.
func (m *Model) SetSize(width, height int) {
	m.vp.Height = max(height-titleHeight-titleGap, 1)
	m.vp.Width = width
	if width != m.width || m.lines == nil {
		m.width = width
		m.lines = m.render()
		m.vp.SetContent(strings.Join(m.lines, "\n"))
	}
}

// render draws each problem: its location and severity, then the message
// wrapped under it.
func (m Model) render() []string {
	st := m.c.Styles.Problems
	if len(m.problems) == 0 {
		return []string{m.c.Styles.Message.Render("No problems: every file loaded cleanly.")}
	}
	pad := strings.Repeat(" ", messageIndent)
	var out []string
	for _, p := range m.problems {
		loc, sev, msg := split(p)
		sevStyle := st.Error
		switch p.Severity {
		case model.Warning:
			sevStyle = st.Warning
		case model.Notice:
			sevStyle = st.Notice
		}
		// The whole "file:line:col: severity: message" wrapped under a
		// hanging indent, its head styled when it is on the first line.
		head := loc + ": " + sev + ":"
		lines := richtext.Wrap([]richtext.Run{{Text: head + " " + msg}}, m.width-messageIndent)
		for i, l := range lines {
			text := l.Render(st.Message)
			if i == 0 {
				if rest, ok := strings.CutPrefix(l.String(), head); ok {
					text = st.Location.Render(loc+":") + " " + sevStyle.Render(sev+":") + st.Message.Render(rest)
				}
				out = append(out, text)
				continue
			}
			out = append(out, pad+text)
		}
	}
	return out
}

// split cuts a problem's text ("file:line:col: severity: message") into
// its location, severity and message, all sanitized by Problem.String.
func split(p model.Problem) (loc, sev, msg string) {
	s := p.String()
	sev = p.Severity.String()
	if i := strings.Index(s, ": "+sev+": "); i >= 0 {
		return s[:i], sev, s[i+len(": "+sev+": "):]
	}
	return s, sev, ""
}

// Update scrolls.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		m.keys.Scroll.Apply(&m.vp, msg)
	case tea.MouseMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

// View draws the title and the visible problems.
func (m Model) View() string {
	st := m.c.Styles
	title := st.Title.Render("Loading problems") + st.Status.Render("  "+m.summary())
	from := common.Clamp(m.vp.YOffset, 0, max(len(m.lines)-1, 0))
	to := min(from+m.vp.Height, len(m.lines))
	return ansi.Truncate(title, max(m.width, 1), "…") + strings.Repeat("\n", titleGap+1) +
		strings.Join(m.lines[from:to], "\n")
}

// summary counts the problems by severity: "2 errors, 1 warning".
func (m Model) summary() string {
	var counts [3]int
	for _, p := range m.problems {
		counts[min(int(p.Severity), 2)]++
	}
	var parts []string
	for _, sv := range []model.Severity{model.Error, model.Warning, model.Notice} {
		if n := counts[sv]; n > 0 {
			word := sv.String()
			if n > 1 {
				word += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, word))
		}
	}
	return strings.Join(parts, ", ")
}

// ShortHelp lists the main bindings.
func (m Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Scroll.Up, m.keys.Scroll.Down}
}

// FullHelp lists every binding, in columns.
func (m Model) FullHelp() [][]key.Binding {
	s := m.keys.Scroll
	return [][]key.Binding{{s.Up, s.Down, s.PageUp, s.PageDown}, {s.HalfUp, s.HalfDown, s.Top, s.Bottom}}
}
