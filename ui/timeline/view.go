package timeline

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
)

// noDatesMessage stands in for the chart when nothing can be placed on the
// axis.
const noDatesMessage = "Nothing here has a date, so nothing can be placed on the time axis."

// frameKey is everything a frame depends on besides the profile: when it
// is unchanged, View returns the cached frame.
type frameKey struct {
	width, height       int
	vp                  tlmodel.Viewport
	sel                 int
	laneTop, undatedTop int
}

// frameCache holds the last frame drawn. It is shared by the copies of one
// Model (Bubble Tea passes models by value), which all draw the same
// profile.
type frameCache struct {
	key  frameKey
	ok   bool
	view string
	// The details panel, kept apart: it depends on the selection and width
	// only, so zooming and scrolling reuse it.
	panelKey panelKey
	panelOK  bool
	panel    []string
}

// View draws the timeline in exactly the view's height, no line wider than
// its width. It is cached: only a change of size, viewport or cursor
// redraws.
func (m Model) View() string {
	k := frameKey{m.width, m.height, m.vp, m.sel, m.laneTop, m.undatedTop}
	if m.cache.ok && m.cache.key == k {
		return m.cache.view
	}
	v := m.render()
	m.cache.key, m.cache.ok, m.cache.view = k, true, v
	return v
}

// layout shares the view's size for this profile.
func (m Model) layout() frame {
	labels := []string{CareerLabel}
	rows := m.t.Rows()
	for _, r := range rows {
		labels = append(labels, m.t.RowLabel(r))
	}
	career := false
	for _, it := range m.t.Items {
		career = career || it.Kind == tlmodel.KindRole
	}
	return layout(m.width, m.height, longestLabel(labels), len(rows), len(m.t.Undated),
		m.c.Styles.Timeline.Panel.GetVerticalFrameSize(), len(m.t.Items) > 0, career)
}

// scroll keeps the selected lane row and undated line in view.
func (m *Model) scroll() {
	f := m.layout()
	rows := m.t.Rows()
	if it, ok := m.dated(); ok {
		for r, ref := range rows {
			if ref == (tlmodel.RowRef{Lane: it.Lane, Row: it.Row}) {
				m.laneTop = scrollTo(m.laneTop, r, f.lanes, len(rows))
			}
		}
	}
	if _, undated, ok := m.Selected(); ok && undated {
		m.undatedTop = scrollTo(m.undatedTop, m.sel-len(m.t.Items), f.undated-undatedHeader, len(m.t.Undated))
	} else {
		m.undatedTop = scrollTo(m.undatedTop, 0, f.undated-undatedHeader, len(m.t.Undated))
	}
}

// render draws a frame.
func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	f := m.layout()
	lines := make([]string, 0, m.height)
	if len(m.t.Items) > 0 {
		lines = append(lines, m.chartLines(f)...)
	} else if f.top > 0 {
		lines = append(lines, m.chart.ink.muted.paint(ansi.Truncate(noDatesMessage, m.width, "…")))
	}
	lines = append(lines, m.undatedLines(f)...)
	lines = append(lines, m.panel(f)...)
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// chartLines draws the axis, the career row, the visible lane rows and the
// legend.
func (m Model) chartLines(f frame) []string {
	it, hasCursor := m.dated()
	axis := m.chart.Axis(m.vp, f.gutter, m.width, it.Span.From, hasCursor)
	out := []string{axis[0], axis[1]}
	if f.top > axisRows {
		out = append(out, m.chart.CareerRow(m.t, m.vp, f.gutter, m.width))
	}
	out = out[:min(len(out), f.top)]
	rows := m.t.Rows()
	collided := false
	for r := m.laneTop; r < len(rows) && r < m.laneTop+f.lanes; r++ {
		line, c := m.chart.Row(m.t, rows[r], m.vp, f.gutter, m.width, m.sel)
		out = append(out, line)
		collided = collided || c
	}
	if f.legend {
		prefix := ""
		if f.lanes < len(rows) {
			prefix = fmt.Sprintf("rows %d–%d of %d  ", m.laneTop+1, min(m.laneTop+f.lanes, len(rows)), len(rows))
		}
		text := prefix + Legend(max(m.width-ansi.StringWidth(prefix), 0), collided, m.t)
		out = append(out, m.chart.ink.legend.paint(ansi.Truncate(text, m.width, "…")))
	}
	return out
}

// undatedLines draws the undated section: a heading, then the undated
// roles in file order, the selected one marked.
func (m Model) undatedLines(f frame) []string {
	if f.undated == 0 {
		return nil
	}
	n := len(m.t.Undated)
	shown := min(f.undated-undatedHeader, n)
	head := fmt.Sprintf("Undated · %d not on the axis", n)
	switch {
	case shown < n && shown == 1:
		head += fmt.Sprintf(" · showing %d", m.undatedTop+1)
	case shown < n:
		head += fmt.Sprintf(" · showing %d–%d", m.undatedTop+1, m.undatedTop+shown)
	}
	out := []string{m.chart.ink.undated.paint(ansi.Truncate(head, m.width, "…"))}
	for i := m.undatedTop; i < m.undatedTop+shown && i < n; i++ {
		it := m.t.Undated[i]
		sel := m.sel == len(m.t.Items)+i
		prefix, style := unselectedPrefx, m.chart.ink.text[0]
		if sel {
			prefix, style = selectedPrefix, m.chart.ink.laneSel
		}
		text := title(it)
		if it.Org != "" {
			text += " · " + it.Org
		}
		if it.Kind == tlmodel.KindVolunteer {
			text += " (volunteer)"
		}
		out = append(out, style.paint(ansi.Truncate(prefix+text, m.width, "…")))
	}
	return out
}
