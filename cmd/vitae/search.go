package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"

	"github.com/vitae-cli/vitae/model/search"
)

func init() {
	register(&command{
		name:    "search",
		args:    "QUERY [PATH ...] [--json] [--limit N] [--profile NAME]",
		summary: "fuzzy-search every bullet, summary and description",
		help: `Fuzzy-searches every experience bullet and sub-bullet, role summary, project
description and publication summary of the profiles, ranked as sahilm/fuzzy
ranks them (the letters of QUERY in order, case-insensitive; ties go to the
most recent role). A QUERY that starts with ' must appear literally
('kafka finds "Kafka" but not "k… a… f… k… a…" scattered through a
sentence), still ranked by sahilm/fuzzy's score. One line per result:

  person · employer · years  text

On a terminal the text is cut to the width around the match and matched
letters are highlighted; otherwise lines are whole and plain. Exits 1 when
nothing matches.

Profiles come from PATHs (files or folders), or the embedded ones.

Flags:
  --json           print the results as a JSON array: profile, person, employer,
                   position, section, entry, field, index, depth, start, end,
                   text, score, matched (byte offsets) and matchedRunes
  --limit N        at most N results, best first (default 50; 0 for all)
  --profile NAME   search only one profile (name, handle, ID or file name)

Examples:
  vitae search kafka
  vitae search "'kafka"                  # literal matches only
  vitae search "zero downtime" ~/candidates --limit 10
  vitae search k8s --profile medda --json | jq '.[].text'`,
		run: runSearch,
	})
}

// defaultSearchLimit is how many results vitae search prints by default.
const defaultSearchLimit = 50

func runSearch(e *env, args []string) int {
	c := registry["search"]
	fs := newFlags(c, e.stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", defaultSearchLimit, "at most N results; 0 for all")
	profile := fs.String("profile", "", "search only this profile")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(e, c, err)
	}
	if len(pos) == 0 || pos[0] == "" {
		return flagError(e, c, fmt.Errorf("QUERY is required"))
	}
	if *limit < 0 {
		return flagError(e, c, fmt.Errorf("--limit must be 0 or more, not %d", *limit))
	}
	res := loadProfiles(pos[1:])
	reportLoadErrors(e, res)
	query, exact := search.ParseQuery(pos[0])
	opts := search.Options{Limit: *limit, Exact: exact}
	if *profile != "" {
		p, err := findOne(res.Profiles, *profile)
		if err != nil {
			fmt.Fprintf(e.stderr, "vitae search: %v\n", err)
			return 1
		}
		opts.ProfileID = p.ID
	}
	results, err := search.NewIndex(res.Profiles).Search(context.Background(), query, opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "vitae search: %v\n", err)
		return 1
	}
	if *asJSON {
		if err := writeSearchJSON(e.stdout, results); err != nil {
			fmt.Fprintf(e.stderr, "vitae search: %v\n", err)
			return 1
		}
	} else {
		style := searchStyle{}
		if e.isTTY(e.stdout) {
			style = newSearchStyle(lipgloss.NewRenderer(e.stdout), terminalWidth(e))
		}
		writeSearchText(e.stdout, results, style)
	}
	if len(results) == 0 {
		fmt.Fprintf(e.stderr, "vitae search: nothing matches %q\n", pos[0])
		return 1
	}
	return 0
}

// searchStyle is how result lines are drawn: Width 0 means whole lines
// without styles (pipes and files).
type searchStyle struct {
	Width               int
	Person, Meta, Match lipgloss.Style
	styled              bool
}

// newSearchStyle builds the terminal styles from the renderer of stdout.
func newSearchStyle(r *lipgloss.Renderer, width int) searchStyle {
	return searchStyle{
		Width:  width,
		Person: r.NewStyle().Bold(true),
		Meta:   r.NewStyle().Faint(true),
		Match:  r.NewStyle().Bold(true).Reverse(true),
		styled: true,
	}
}

// writeSearchText prints one line per result.
func writeSearchText(w io.Writer, results []search.Result, st searchStyle) {
	for _, r := range results {
		if !st.styled {
			l := search.LayoutLine(r, math.MaxInt/2) // whole
			fmt.Fprintln(w, l.Person+l.Meta+search.LineGap+r.Doc.Text)
			continue
		}
		l := search.LayoutLine(r, st.Width)
		var b strings.Builder
		b.WriteString(st.Person.Render(l.Person) + st.Meta.Render(l.Meta) + search.LineGap)
		for _, seg := range l.Text {
			if seg.Match {
				b.WriteString(st.Match.Render(seg.Text))
			} else {
				b.WriteString(seg.Text)
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

// searchJSON is one result of vitae search --json.
type searchJSON struct {
	Profile      string `json:"profile"`
	Person       string `json:"person"`
	Employer     string `json:"employer,omitempty"` // or organization, project entity, publisher
	Position     string `json:"position,omitempty"` // or project or publication name
	Section      string `json:"section"`            // work, volunteer, projects or publications
	Entry        int    `json:"entry"`              // index in that section
	Field        string `json:"field"`              // highlights, summary or description
	Index        *int   `json:"index,omitempty"`    // index in highlights
	Depth        int    `json:"depth,omitempty"`    // nesting of a sub-bullet
	Start        string `json:"start,omitempty"`
	End          string `json:"end,omitempty"`
	Text         string `json:"text"`
	Score        int    `json:"score"`
	Matched      []int  `json:"matched"`      // byte offsets in text
	MatchedRunes []int  `json:"matchedRunes"` // rune offsets in text
}

// writeSearchJSON prints the results as an indented JSON array.
func writeSearchJSON(w io.Writer, results []search.Result) error {
	out := make([]searchJSON, len(results))
	for i, r := range results {
		d, e := r.Doc, r.Doc.Entry
		out[i] = searchJSON{
			Profile: d.ProfileID(), Person: e.Person, Employer: e.Org, Position: e.Title,
			Section: e.Section.String(), Entry: e.Index, Field: d.Field.String(), Depth: int(d.Depth),
			Start: e.Dates.Start.String(), End: e.Dates.End.String(),
			Text: d.Text, Score: r.Score, Matched: r.MatchedIndexes, MatchedRunes: runeOffsets(d.Text, r.MatchedIndexes),
		}
		if d.Highlight >= 0 {
			h := int(d.Highlight)
			out[i].Index = &h
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// runeOffsets converts ascending byte offsets in s to rune offsets.
func runeOffsets(s string, offsets []int) []int {
	out := make([]int, len(offsets))
	prev, runes := 0, 0
	for i, o := range offsets {
		runes += utf8.RuneCountInString(s[prev:o])
		out[i], prev = runes, o
	}
	return out
}

// terminalWidth is stdout's width in cells: $COLUMNS when set, else the
// terminal's, else 80.
func terminalWidth(e *env) int {
	if n, err := strconv.Atoi(e.getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f, ok := e.stdout.(*os.File); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return w
		}
	}
	return 80
}
