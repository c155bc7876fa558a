package skills

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Format is an output format of Render.
type Format string

// The formats `vitae show --skills --format` accepts.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "md"
	FormatJSON     Format = "json"
)

// EntryTitle names the entry a section and index point at, for people:
// "Site Reliability Engineer, Flywire", a project's name, a group's name.
// The text is sanitized for one line.
func EntryTitle(r *model.Resume, sec Section, i int) string {
	var parts []string
	switch sec {
	case SectionWork:
		if i < len(r.Work) {
			parts = []string{r.Work[i].Position, r.Work[i].Name}
			if strings.TrimSpace(parts[0]+parts[1]) == "" {
				parts = []string{shortLine(r.Work[i].Description)}
			}
		}
	case SectionProjects:
		if i < len(r.Projects) {
			parts = []string{r.Projects[i].Name}
		}
	case SectionVolunteer:
		if i < len(r.Volunteer) {
			parts = []string{r.Volunteer[i].Position, r.Volunteer[i].Organization}
		}
	case SectionPublication:
		if i < len(r.Publications) {
			parts = []string{r.Publications[i].Name}
		}
	case SectionSkills:
		if i < len(r.Skills) {
			parts = []string{r.Skills[i].Name}
		}
	}
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(model.SanitizeLine(p)); p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return fmt.Sprintf("%s entry %d", sec, i+1)
	}
	return strings.Join(keep, ", ")
}

// YearsText is the years a skill was evidenced, for people: "2018–2026",
// "2021", or "" when undated.
func (e *Evidence) YearsText() string {
	switch {
	case !e.Dated():
		return ""
	case e.FirstYear() == e.LastYear():
		return fmt.Sprint(e.FirstYear())
	}
	return fmt.Sprintf("%d–%d", e.FirstYear(), e.LastYear())
}

// Duration is Months for people ("3y 2m", "~1y"), or "" when undated.
func (e *Evidence) Duration() string {
	if !e.Dated() {
		return ""
	}
	return model.FormatMonths(e.Months, e.Approx)
}

// Strip is the heat strip of a skill over the years from..to as text, one
// rune per year: evidenced, claimed-only and none are the runes given.
func (e *Evidence) Strip(from, to int, evidenced, claimed, none rune) string {
	var b strings.Builder
	for y := from; y <= to && from > 0; y++ {
		switch e.Cell(y) {
		case CellEvidenced:
			b.WriteRune(evidenced)
		case CellClaimed:
			b.WriteRune(claimed)
		default:
			b.WriteRune(none)
		}
	}
	return b.String()
}

// Render writes the matrix of a profile in the format: text for people
// (one line per skill, grouped by category, with an ASCII heat strip),
// Markdown (a table per category) or JSON (every field and every mention,
// for scripts). Text from the taxonomy and the profile is sanitized.
func Render(w io.Writer, m *Matrix, r *model.Resume, f Format) error {
	switch f {
	case FormatJSON:
		return renderJSON(w, m, r)
	case FormatMarkdown:
		return renderMarkdown(w, m)
	case FormatText, "":
		return renderText(w, m)
	}
	return fmt.Errorf("unknown format %q: use text, md or json", f)
}

// renderText writes aligned columns per category.
func renderText(w io.Writer, m *Matrix) error {
	width := 5
	for _, e := range m.Skills {
		width = max(width, len([]rune(model.SanitizeLine(e.Skill.Name))))
	}
	var b strings.Builder
	if m.From > 0 {
		fmt.Fprintf(&b, "years %d–%d: # evidenced by work, ~ claimed only, . none\n", m.From, m.To)
	}
	for _, g := range m.Groups() {
		fmt.Fprintf(&b, "\n%s\n", model.SanitizeLine(g.Category))
		for _, e := range g.Skills {
			fmt.Fprintf(&b, "  %-*s  %s  %-8s %-9s %3d %-7s  %s\n", width, model.SanitizeLine(e.Skill.Name),
				e.Strip(m.From, m.To, '#', '~', '.'), e.Duration(), e.YearsText(), e.Bullets, plural(e.Bullets, "bullet"), e.Status)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell escapes text for a Markdown table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`").Replace(model.SanitizeLine(s))
}

// renderMarkdown writes one table per category.
func renderMarkdown(w io.Writer, m *Matrix) error {
	var b strings.Builder
	for _, g := range m.Groups() {
		fmt.Fprintf(&b, "### %s\n\n| Skill | Years evidenced | Span | Bullets | Status |\n|---|---|---|---:|---|\n", mdCell(g.Category))
		for _, e := range g.Skills {
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %s |\n", mdCell(e.Skill.Name), e.Duration(), e.YearsText(), e.Bullets, e.Status)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// jsonSkill is one skill in the JSON output.
type jsonSkill struct {
	Name      string        `json:"name"`
	Category  string        `json:"category"`
	Status    string        `json:"status"`
	Months    int           `json:"months"`
	Approx    bool          `json:"approximate,omitempty"`
	FirstYear int           `json:"firstYear,omitempty"`
	LastYear  int           `json:"lastYear,omitempty"`
	Years     []int         `json:"years,omitempty"`
	Bullets   int           `json:"bullets"`
	Roles     []jsonRole    `json:"roles,omitempty"`
	Mentions  []jsonMention `json:"mentions"`
}

type jsonRole struct {
	Section string `json:"section"`
	Index   int    `json:"index"`
	Title   string `json:"title"`
	Start   string `json:"startDate,omitempty"`
	End     string `json:"endDate,omitempty"`
	Bullets int    `json:"bullets"`
}

type jsonMention struct {
	Section string `json:"section"`
	Index   int    `json:"index"`
	Field   string `json:"field"`
	Item    int    `json:"item"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Alias   string `json:"alias"`
	Implied bool   `json:"implied,omitempty"`
	Match   string `json:"match"` // the matched words, sanitized
	Text    string `json:"text"`  // the whole text, sanitized; start and end index the stored text
}

// renderJSON writes {"profile":…, "skills":[…]}.
func renderJSON(w io.Writer, m *Matrix, r *model.Resume) error {
	out := struct {
		Profile string      `json:"profile"`
		From    int         `json:"fromYear,omitempty"`
		To      int         `json:"toYear,omitempty"`
		Skills  []jsonSkill `json:"skills"`
	}{Profile: model.SanitizeLine(m.Profile), From: m.From, To: m.To, Skills: []jsonSkill{}}
	for _, e := range m.Skills {
		js := jsonSkill{Name: model.SanitizeLine(e.Skill.Name), Category: model.SanitizeLine(e.Skill.Category),
			Status: e.Status.String(), Months: e.Months, Approx: e.Approx, FirstYear: e.FirstYear(),
			LastYear: e.LastYear(), Bullets: e.Bullets, Mentions: []jsonMention{}}
		for y := e.FirstYear(); y > 0 && y <= e.LastYear(); y++ {
			if e.Heat(y) > 0 {
				js.Years = append(js.Years, y)
			}
		}
		for _, ro := range e.Roles {
			js.Roles = append(js.Roles, jsonRole{Section: string(ro.Section), Index: ro.Index,
				Title: EntryTitle(r, ro.Section, ro.Index), Start: ro.Range.Start.String(), End: ro.Range.End.String(), Bullets: ro.Bullets})
		}
		for _, mn := range e.Mentions {
			text := Text(r, mn.Source)
			matched := ""
			if mn.End <= len(text) {
				matched = model.SanitizeLine(text[mn.Start:mn.End])
			}
			js.Mentions = append(js.Mentions, jsonMention{Section: string(mn.Section), Index: mn.Index, Field: string(mn.Field),
				Item: mn.Item, Start: mn.Start, End: mn.End, Alias: model.SanitizeLine(mn.Alias), Implied: mn.Implied,
				Match: matched, Text: model.SanitizeLine(text)})
		}
		out.Skills = append(out.Skills, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// plural returns word, with an "s" unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// shortLine is the first line of s, cut to a title's length.
func shortLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if r := []rune(s); len(r) > titleMax {
		return string(r[:titleMax-1]) + "…"
	}
	return s
}

// titleMax caps a title made from a description, in runes.
const titleMax = 40
