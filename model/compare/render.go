package compare

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
)

// Format is an output format of Render.
type Format string

// The formats `vitae compare --format` accepts.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "md"
	FormatJSON     Format = "json"
)

// Render writes the comparison in a format: text for people (aligned
// columns), Markdown for a hiring document (tables), JSON for scripts
// (every fact, as numbers and as text). All three say the same things:
// the summary with the best of each row marked, each career on one shared
// axis with its roles, and the skill grid in its current order. Text from
// profiles and the taxonomy is sanitized.
func Render(w io.Writer, c *Comparison, f Format) error {
	switch f {
	case FormatJSON:
		return renderJSON(w, c)
	case FormatMarkdown:
		return renderMarkdown(w, c)
	case FormatText, "":
		return renderText(w, c)
	}
	return fmt.Errorf("unknown format %q: use text, md or json", f)
}

// Text columns: the widest a value column grows before its values are cut
// with "…", and the blanks between columns.
const (
	textColumnMax = 36
	textColumnGap = 2
)

// BestMark follows the best value of a summary row in text output.
const BestMark = " ↑"

// Legends shared by the formats.
const (
	bestLegend  = "the best in its row: longest experience and median tenure, most recent activity"
	stripLegend = "one column a year: # a dated role ran, ~ only year-only dates say so, . none"
	cellLegend  = "years that work evidences the skill · last year used; claimed: listed in skills but never shown in work; empty: not shown"
)

// title is the heading of a report: "Alejandro Colomina and Andrea Medda".
func (c *Comparison) title() string {
	names := c.Names()
	switch len(names) {
	case 0:
		return "nobody"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// asOf is the month the comparison is worked out at, for people.
func (c *Comparison) asOf() string { return model.YearMonth(c.Now.Year(), c.Now.Num()).Human() }

// renderText writes the comparison as aligned columns.
func renderText(w io.Writer, c *Comparison) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Comparing %s, as of %s\n\n", c.title(), c.asOf())
	rows := [][]string{append([]string{""}, c.Names()...)}
	for _, f := range Facts() {
		row := []string{f.Label()}
		best := c.Best(f)
		for i := range c.People {
			v := c.People[i].Summary.Value(f)
			if best[i] {
				v += BestMark
			}
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	writeColumns(&b, rows, "", true)
	fmt.Fprintf(&b, "%s marks %s.\n", strings.TrimSpace(BestMark), bestLegend)
	if from, to, ok := c.YearRange(); ok {
		fmt.Fprintf(&b, "\nCareers on one axis, %d–%d (%s)\n", from, to, stripLegend)
		strips := [][]string{{"", StripLabels(from, to)}}
		for i := range c.People {
			strips = append(strips, []string{c.People[i].Summary.Name, c.People[i].Summary.Strip(from, to)})
		}
		writeColumns(&b, strips, "  ", false)
	}
	for i := range c.People {
		fmt.Fprintf(&b, "\n%s\n", c.People[i].Summary.Name)
		var lines [][]string
		for _, r := range c.People[i].Roles() {
			lines = append(lines, []string{r.Dates, r.Length, roleText(r)})
		}
		if len(lines) == 0 {
			b.WriteString("  no roles\n")
		}
		writeColumns(&b, lines, "  ", false)
	}
	if c.HasSkills {
		fmt.Fprintf(&b, "\nSkills, %s (%s)\n", c.Grid.Order.Describe(), cellLegend)
		for _, g := range c.Grid.Groups() {
			rows := [][]string{append([]string{model.SanitizeLine(g.Category)}, c.Names()...)}
			for _, r := range g.Rows {
				row := []string{"  " + model.SanitizeLine(r.Skill.Name)}
				for _, cell := range r.Cells {
					row = append(row, cell.Text())
				}
				rows = append(rows, row)
			}
			b.WriteString("\n")
			writeColumns(&b, rows, "", true)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// roleText is "Title at Employer" for a report line.
func roleText(r RoleLine) string {
	switch {
	case r.Title != "" && r.Employer != "":
		return r.Title + " at " + r.Employer
	case r.Title != "":
		return r.Title
	case r.Employer != "":
		return r.Employer
	}
	return "(untitled role)"
}

// writeColumns writes rows as left-aligned columns after indent, each
// column as wide as its widest cell, with trailing blanks removed. With
// cut, columns after the first are at most textColumnMax wide, their
// longer values cut with "…".
func writeColumns(b *strings.Builder, rows [][]string, indent string, cut bool) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			w := ansi.StringWidth(cell)
			if i > 0 && cut {
				w = min(w, textColumnMax)
			}
			widths[i] = max(widths[i], w)
		}
	}
	for _, row := range rows {
		var line strings.Builder
		line.WriteString(indent)
		for i, cell := range row {
			if i > 0 && cut {
				cell = ansi.Truncate(cell, textColumnMax, "…")
			}
			if i > 0 {
				line.WriteString(strings.Repeat(" ", textColumnGap))
			}
			line.WriteString(cell + strings.Repeat(" ", max(widths[i]-ansi.StringWidth(cell), 0)))
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}
