package compare

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
)

// mdCell escapes text for a Markdown table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;").
		Replace(model.SanitizeLine(s))
}

// mdRow writes one table row.
func mdRow(b *strings.Builder, cells []string) {
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

// mdHeader writes a table's header and its rule.
func mdHeader(b *strings.Builder, cells []string) {
	mdRow(b, cells)
	rule := make([]string, len(cells))
	for i := range rule {
		rule[i] = "---"
	}
	b.WriteString("|" + strings.Join(rule, "|") + "|\n")
}

// mdNames are the people's names as table header cells.
func (c *Comparison) mdNames(first string) []string {
	out := []string{first}
	for _, n := range c.Names() {
		out = append(out, mdCell(n))
	}
	return out
}

// renderMarkdown writes the comparison as a document to paste: the
// summary table (best values in bold), the careers on one axis with each
// person's roles, and a skills table per category.
func renderMarkdown(w io.Writer, c *Comparison) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Comparing %s\n\nAs of %s. **Bold** marks %s.\n\n", mdCell(c.title()), c.asOf(), bestLegend)
	mdHeader(&b, c.mdNames(""))
	for _, f := range Facts() {
		row := []string{f.Label()}
		best := c.Best(f)
		for i := range c.People {
			v := mdCell(c.People[i].Summary.Value(f))
			if best[i] {
				v = "**" + v + "**"
			}
			row = append(row, v)
		}
		mdRow(&b, row)
	}
	b.WriteString("\n## Careers\n\n")
	if from, to, ok := c.YearRange(); ok {
		fmt.Fprintf(&b, "On one axis, %d–%d: %s.\n\n```text\n", from, to, stripLegend)
		width := 0
		for _, n := range c.Names() {
			width = max(width, ansi.StringWidth(n))
		}
		pad := func(s string) string { return s + strings.Repeat(" ", width-ansi.StringWidth(s)+2) }
		b.WriteString(pad("") + StripLabels(from, to) + "\n")
		for i := range c.People {
			b.WriteString(pad(c.People[i].Summary.Name) + c.People[i].Summary.Strip(from, to) + "\n")
		}
		b.WriteString("```\n\n")
	}
	for i := range c.People {
		fmt.Fprintf(&b, "### %s\n\n", mdCell(c.People[i].Summary.Name))
		roles := c.People[i].Roles()
		if len(roles) == 0 {
			b.WriteString("No roles.\n\n")
			continue
		}
		mdHeader(&b, []string{"Dates", "Length", "Role", "Employer"})
		for _, r := range roles {
			mdRow(&b, []string{r.Dates, r.Length, mdCell(r.Title), mdCell(r.Employer)})
		}
		b.WriteString("\n")
	}
	if c.HasSkills {
		fmt.Fprintf(&b, "## Skills\n\nSorted %s. Cells: %s.\n\n", c.Grid.Order.Describe(), cellLegend)
		for _, g := range c.Grid.Groups() {
			fmt.Fprintf(&b, "### %s\n\n", mdCell(g.Category))
			mdHeader(&b, c.mdNames("Skill"))
			for _, r := range g.Rows {
				row := []string{mdCell(r.Skill.Name)}
				for _, cell := range r.Cells {
					t := cell.Text()
					if cell.Claimed() {
						t = "*" + t + "*"
					}
					row = append(row, t)
				}
				mdRow(&b, row)
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}
