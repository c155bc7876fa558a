package skills_test

import (
	"slices"
	"testing"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
)

// career is a small résumé exercising dates of every precision.
func career() *model.Profile {
	return &model.Profile{ID: "p", Resume: model.Resume{
		Work: []model.Work{
			{Name: "A", StartDate: model.YearMonth(2018, 1), EndDate: model.YearMonth(2021, 6),
				Summary:    "Platform team, Go and Kafka.",
				Highlights: []string{"Built Go services", "  Tuned Kafka consumers in Go", "Wrote Terraform"}},
			{Name: "B", StartDate: model.YearMonth(2020, 1), EndDate: model.YearMonth(2022, 12),
				Highlights: []string{"More Go on Kubernetes"}},
			{Name: "C", StartDate: model.YearOnly(2024), Highlights: []string{"Wrote Go again, and Rust"}},
			{Name: "D", Highlights: []string{"Undated Python work"}},
		},
		Projects:  []model.Project{{Name: "P", Description: "A Rust CLI", StartDate: model.YearMonth(2016, 3), EndDate: model.YearMonth(2016, 4)}},
		Skills:    []model.Skill{{Name: "Languages", Keywords: []string{"Go", "Haskell", "Python"}}},
		Languages: []model.Language{{Language: "Catalan"}},
	}}
}

func TestAggregate(t *testing.T) {
	tx := builtin(t)
	now := model.MonthOf(2025, 3)
	m := tx.Analyze(career(), now)
	tests := []struct {
		name               string
		status             skills.Status
		months, bullets    int
		first, last        int
		approx             bool
		roles              int
		heat2020, heat2023 int
	}{
		// A (2018-01..2021-06) ∪ B (2020-01..2022-12) ∪ C (2024-01..now): 60 + 15 months.
		{"Go", skills.StatusBoth, 60 + 15, 5, 2018, 2025, true, 3, 4, 0},
		{"Kafka", skills.StatusEvidenced, 42, 2, 2018, 2021, false, 1, 2, 0},
		{"Rust", skills.StatusEvidenced, 2 + 15, 2, 2016, 2025, true, 2, 0, 0},
		{"Python", skills.StatusBoth, 0, 1, 0, 0, false, 1, 0, 0},
		{"Haskell", skills.StatusClaimed, 0, 0, 0, 0, false, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := m.Find(tt.name)
			if !ok {
				t.Fatalf("no %s", tt.name)
			}
			if e.Status != tt.status || e.Months != tt.months || e.Bullets != tt.bullets || e.FirstYear() != tt.first ||
				e.LastYear() != tt.last || e.Approx != tt.approx || len(e.Roles) != tt.roles ||
				e.Heat(2020) != tt.heat2020 || e.Heat(2023) != tt.heat2023 {
				t.Errorf("%s = status %v months %d bullets %d years %d-%d approx %v roles %d heat %d/%d; want %+v",
					tt.name, e.Status, e.Months, e.Bullets, e.FirstYear(), e.LastYear(), e.Approx, len(e.Roles), e.Heat(2020), e.Heat(2023), tt)
			}
		})
	}
	if m.From != 2016 || m.To != 2025 {
		t.Errorf("career years %d-%d, want 2016-2025", m.From, m.To)
	}
	if _, ok := m.Find("Catalan"); ok {
		t.Error("a spoken language became a skill")
	}
	gox, _ := m.Find("Go")
	if d := gox.Mentions[2]; d.Field != skills.FieldHighlight || d.Item != 1 || d.Depth != 1 || d.Index != 0 {
		t.Errorf("nested bullet provenance = %+v", d.Source)
	}
	if gox.Cell(2019) != skills.CellEvidenced || gox.Cell(2023) != skills.CellNone {
		t.Error("heat strip cells wrong for Go")
	}
}

func TestOrders(t *testing.T) {
	m := builtin(t).Analyze(career(), model.MonthOf(2025, 3))
	langs := func() []string {
		for _, g := range m.Groups() {
			if g.Category == "language" {
				var out []string
				for _, e := range g.Skills {
					out = append(out, e.Skill.Name)
				}
				return out
			}
		}
		return nil
	}
	cases := []struct {
		o    skills.Order
		want []string
	}{
		{skills.ByYears, []string{"Go", "Rust", "Python", "Haskell"}},
		{skills.ByRecency, []string{"Go", "Rust", "Python", "Haskell"}},
		{skills.ByName, []string{"Go", "Haskell", "Python", "Rust"}},
	}
	for _, c := range cases {
		m.Sort(c.o)
		if got := langs(); !slices.Equal(got, c.want) {
			t.Errorf("order %v: %v, want %v", c.o, got, c.want)
		}
	}
	if skills.ByName.Next() != skills.ByYears {
		t.Error("Order.Next does not wrap")
	}
	top := m.Top(2)
	if len(top) != 2 || top[0].Skill.Name != "Go" {
		t.Errorf("Top(2) = %v", top)
	}
	for _, e := range m.Top(100) {
		if !e.Status.Shown() {
			t.Errorf("Top lists claimed-only %s", e.Skill.Name)
		}
	}
}

func TestRoleSkillsetIsAClaim(t *testing.T) {
	p := career()
	p.Resume.Work[3].Extra = model.Extra{skills.ExtraSkillset: []byte(`["Python", "Erlang"]`)}
	p.Resume.Work[2].Extra = model.Extra{skills.ExtraSkillset: []byte(`"Elixir"`)}
	m := builtin(t).Analyze(p, model.MonthOf(2025, 3))
	for name, want := range map[string]skills.Status{"Erlang": skills.StatusClaimed, "Elixir": skills.StatusClaimed, "Python": skills.StatusBoth} {
		e, ok := m.Find(name)
		if !ok || e.Status != want || e.Dated() { // Python's evidence is an undated role
			t.Errorf("%s: %v %v, want %v and no years", name, ok, e.Status, want)
		}
	}
	e, _ := m.Find("Erlang")
	if src := e.Mentions[0].Source; src.Field != skills.FieldSkillset || src.Index != 3 || skills.Text(&p.Resume, src) != "Erlang" {
		t.Errorf("skillset provenance %+v", src)
	}
}
