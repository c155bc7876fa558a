package compare_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/vitae-cli/vitae/model/compare"
)

// TestRenderGolden pins the text report; cmd/vitae pins the Markdown one.
func TestRenderGolden(t *testing.T) {
	sets := map[string][]string{"000-003": {"000", "003"}, "001-002-004": {"001", "002", "004"}}
	for name, set := range sets {
		c := seedComparison(t, set...)
		t.Run(name+"-text", func(t *testing.T) {
			var b bytes.Buffer
			if err := compare.Render(&b, &c, compare.FormatText); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}

// mdRow finds the table row of a skill in a Markdown report.
func mdRow(t *testing.T, md, skill string) []string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\| ` + regexp.QuoteMeta(skill) + ` \|(.*)\|$`).FindStringSubmatch(md)
	if m == nil {
		t.Fatalf("no row for %s", skill)
	}
	cells := strings.Split(m[1], "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// TestMarkdownAcceptance checks that the report says what the screen
// says for seeds 000 and 003.
func TestMarkdownAcceptance(t *testing.T) {
	c := seedComparison(t, "000", "003")
	var b bytes.Buffer
	if err := compare.Render(&b, &c, compare.FormatMarkdown); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"On one axis, 2015–2026", "| Mar 2015 – Jun 2015 |", "| Oct 2016 – Mar 2017 |",
		"| Alejandro Colomina | Andrea Medda |"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	held := func(s string) bool { return strings.Contains(s, " · 20") }
	tests := []struct {
		skill     string
		ann, andr func(string) bool
	}{
		{"Go", held, held},
		{"Terraform", held, held},
		{"Ruby", held, func(s string) bool { return s == "" }},
		{"Kafka", func(s string) bool { return s == "" }, held},
		{"PHP", func(s string) bool { return s == "" }, held},
		{"Chef", func(s string) bool { return s == "*claimed*" }, func(s string) bool { return s == "" }},
		{"Redis", func(s string) bool { return s == "*claimed*" }, func(s string) bool { return s == "" }},
	}
	for _, tt := range tests {
		cells := mdRow(t, md, tt.skill)
		if !tt.ann(cells[0]) || !tt.andr(cells[1]) {
			t.Errorf("%s row: %q", tt.skill, cells)
		}
	}
}

func TestRenderJSON(t *testing.T) {
	c := seedComparison(t, "000", "003")
	c.Grid.Sort(compare.ByDistinct)
	var b bytes.Buffer
	if err := compare.Render(&b, &c, compare.FormatJSON); err != nil {
		t.Fatal(err)
	}
	var out struct {
		AsOf     string
		FromYear int
		People   []struct {
			ID         string
			Experience struct{ Months int }
			Years      string
			Roles      []struct{ Dates string }
		}
		Summary []struct {
			Fact   string
			Values []string
			Best   []bool
		}
		SkillOrder string
		Skills     []struct {
			Name   string
			HeldBy int
			Cells  []struct {
				Status   string
				LastYear int
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.AsOf != "2026-11" || out.FromYear != 2015 || len(out.People) != 2 || out.SkillOrder != "distinguishing" {
		t.Fatalf("header: %+v", out)
	}
	if out.People[0].Experience.Months != 120 || len(out.People[1].Roles) != 4 || len(out.People[1].Years) != 12 {
		t.Errorf("people: %+v", out.People)
	}
	if len(out.Summary) != len(compare.Facts()) || len(out.Summary[0].Values) != 2 {
		t.Errorf("summary: %+v", out.Summary)
	}
	found := false
	for _, s := range out.Skills {
		if s.Name == "Chef" {
			found = s.HeldBy == 0 && s.Cells[0].Status == "claimed only" && s.Cells[1].Status == "none"
		}
	}
	if !found {
		t.Error("Chef is not claimed only by 000 in the JSON")
	}
	if err := compare.Render(&b, &c, "xml"); err == nil || !strings.Contains(err.Error(), "text, md or json") {
		t.Errorf("unknown format: %v", err)
	}
}

// TestRenderSanitizes: names and titles from profiles never carry control
// sequences into a report, and cannot break a Markdown table.
func TestRenderSanitizes(t *testing.T) {
	p := profile(t, "evil", "{\"basics\":{\"name\":\"Eve\\u001b[31m | x\"},\"work\":[{\"name\":\"Co\\u0007\",\"position\":\"*Dev*\",\"startDate\":\"2020-01\"}]}")
	c := compare.New(append(seeds(t, "000"), p), gridTaxonomy(t), now)
	for _, f := range []compare.Format{compare.FormatText, compare.FormatMarkdown, compare.FormatJSON} {
		var b bytes.Buffer
		if err := compare.Render(&b, &c, f); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(b.String(), "\x1b\x07") {
			t.Errorf("%s: control bytes in output", f)
		}
		if f == compare.FormatMarkdown && !strings.Contains(b.String(), `Eve \| x`) {
			t.Errorf("md: the pipe in a name is not escaped")
		}
	}
}
