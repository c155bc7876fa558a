package compare

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/model"
	cmpmodel "github.com/vitae-cli/vitae/model/compare"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
	"github.com/vitae-cli/vitae/ui/timeline"
)

// Separators of the timelines' text lines.
const (
	itemSep    = " · "
	undatedSep = "  "
)

// careerLines draws the timelines: a heading, the shared axis, each
// person's lane group (name, career row, lanes, undated roles), the legend
// and the selected item.
func (m Model) careerLines(f frame) []string {
	if f.careers == 0 {
		return nil
	}
	l := &m.lanes
	facts := "one axis for everyone"
	if l.dated {
		facts = fmt.Sprintf("%s – %s", monthName(l.vp.From), monthName(l.vp.To))
	}
	if m.hasEvents() && !l.events {
		facts += " · e: show events"
	}
	out := []string{m.heading("Careers", facts, m.focus == sectionCareers)}
	g := f.cols.gutterAtWidth
	it, undated, hasSel := l.selected(m.cmp)
	if l.dated {
		axis := m.chart.Axis(l.vp, g, m.width, it.Span.From, hasSel && !undated)
		out = append(out, axis[0], axis[1])
	}
	collided := false
	for i := l.top; i < len(l.lines) && i < l.top+f.lanes; i++ {
		line, c := m.laneLine(l.lines[i], g)
		out = append(out, line)
		collided = collided || c
	}
	if f.legend {
		prefix := ""
		if f.lanes < len(l.lines) {
			prefix = fmt.Sprintf("lines %d–%d of %d  ", l.top+1, min(l.top+f.lanes, len(l.lines)), len(l.lines))
		}
		ts := make([]*tlmodel.Timeline, len(m.cmp.People))
		for i := range m.cmp.People {
			ts[i] = drawn(&m.cmp.People[i].Timeline, l.events)
		}
		text := prefix + timeline.Legend(max(m.width-ansi.StringWidth(prefix), 0), collided, ts...)
		out = append(out, m.st.Info.Render(ansi.Truncate(text, m.width, "…")))
	}
	out = append(out, m.details())
	return out[:min(len(out), f.careers)]
}

// laneLine draws one line of a person's lane group.
func (m Model) laneLine(ln laneLine, gutter int) (line string, collided bool) {
	l := &m.lanes
	p := &m.cmp.People[ln.person]
	t := &p.Timeline
	sel := -1
	if ln.person == l.person {
		sel = l.sel
	}
	switch ln.kind {
	case lineName:
		name := m.st.Person.Render(ansi.Truncate(p.Summary.Name, m.width, "…"))
		facts := itemSep + p.Summary.Value(cmpmodel.FactExperience)
		return name + m.st.Info.Render(ansi.Truncate(facts, max(m.width-ansi.StringWidth(p.Summary.Name), 0), "…")), false
	case lineCareer:
		return m.chart.CareerRow(t, l.vp, gutter, m.width), false
	case lineRow:
		return m.chart.Row(t, ln.row, l.vp, gutter, m.width, sel)
	}
	return m.undatedLine(t, sel-len(t.Items), gutter), false
}

// undatedLine is a person's undated roles side by side after the gutter,
// the selected one (index sel in Undated, or out of range) in brackets.
func (m Model) undatedLine(t *tlmodel.Timeline, sel, gutter int) string {
	on := sel >= 0 && sel < len(t.Undated)
	var b strings.Builder
	b.WriteString(m.chart.Gutter(undatedLabel, on, min(gutter, m.width)))
	room := m.width - gutter
	for i, it := range t.Undated {
		text := itemTitle(it)
		if i == sel {
			text = "[" + text + "]"
		}
		if i > 0 {
			text = undatedSep + text
		}
		if ansi.StringWidth(text) > room {
			b.WriteString(m.st.Info.Render(ansi.Truncate(text, max(room, 0), "…")))
			break
		}
		st := m.st.Value
		if i == sel {
			st = m.st.SkillSelected
		}
		b.WriteString(st.Render(text))
		room -= ansi.StringWidth(text)
	}
	return b.String()
}

// details is the line about the selected item: whose, what, where, when.
func (m Model) details() string {
	it, undated, ok := m.lanes.selected(m.cmp)
	if !ok {
		return m.st.Info.Render(ansi.Truncate("Nobody has a role to show.", m.width, "…"))
	}
	parts := []string{itemTitle(it)}
	if it.Org != "" {
		parts = append(parts, it.Org)
	}
	if undated {
		parts = append(parts, "undated: not on the axis")
	} else {
		parts = append(parts, it.Dates())
		if d := it.Duration(); d != "" {
			parts = append(parts, d)
		}
	}
	name := m.cmp.People[m.lanes.person].Summary.Name
	line := m.st.Person.Render(name) + m.st.Info.Render(" ▸ ") + m.st.Details.Render(strings.Join(parts, itemSep))
	return ansi.Truncate(line, m.width, "…")
}

// itemTitle is an item's title, or what it is when it has none.
func itemTitle(it tlmodel.Item) string {
	if it.Title != "" {
		return it.Title
	}
	if it.Org != "" {
		return it.Org
	}
	return "(untitled " + it.Kind.String() + ")"
}

// monthName writes a month for the heading: "Jan 2015".
func monthName(mo model.Month) string { return model.YearMonth(mo.Year(), mo.Num()).Human() }

// drawn is t as far as it is drawn, for the legend: without its events
// when they are hidden.
func drawn(t *tlmodel.Timeline, events bool) *tlmodel.Timeline {
	if events {
		return t
	}
	c := *t
	c.Items = nil
	for _, it := range t.Items {
		if !it.Kind.Event() {
			c.Items = append(c.Items, it)
		}
	}
	return &c
}
