package compare_test

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/compare"
	"github.com/vitae-cli/vitae/model/skills"
)

// gridTaxonomy is a small taxonomy for grid tests.
func gridTaxonomy(t testing.TB) *skills.Taxonomy {
	t.Helper()
	tx, err := skills.New([]skills.Entry{
		{Name: "Go", Category: "language", Cased: []string{"Go"}, Aliases: []string{"Golang"}},
		{Name: "PHP", Category: "language"},
		{Name: "Rust", Category: "language"},
		{Name: "Kafka", Category: "messaging"},
		{Name: "Chef", Category: "infrastructure"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// gridPeople: Ann uses Go and Kafka recently and claims Chef; Bob used Go
// long ago and PHP now; Cid writes Go and Rust in an undated role.
func gridPeople(t testing.TB) []*model.Profile {
	return []*model.Profile{
		profile(t, "ann", `{"basics":{"name":"Ann"},"work":[{"name":"A","startDate":"2024-01",
		  "highlights":["Built Kafka consumers in Golang"]}],"skills":[{"name":"Ops","keywords":["Chef"]}]}`),
		profile(t, "bob", `{"basics":{"name":"Bob"},"work":[
		  {"name":"B","startDate":"2025-01","highlights":["PHP services"]},
		  {"name":"B0","startDate":"2010-01","endDate":"2016-12","highlights":["Go tools"]}]}`),
		profile(t, "cid", `{"basics":{"name":"Cid"},"work":[{"name":"C","highlights":["Golang and Rust"]}]}`),
	}
}

// names lists the grid's skills in order, by category.
func names(g *compare.Grid) string {
	var parts []string
	for _, gr := range g.Groups() {
		var ns []string
		for _, r := range gr.Rows {
			ns = append(ns, r.Skill.Name)
		}
		parts = append(parts, gr.Category+": "+strings.Join(ns, " "))
	}
	return strings.Join(parts, "; ")
}

func TestGridOrders(t *testing.T) {
	c := compare.New(gridPeople(t), gridTaxonomy(t), now)
	tests := []struct {
		o    compare.Order
		want string
	}{
		{compare.ByShared, "language: Go PHP Rust; infrastructure: Chef; messaging: Kafka"},
		{compare.ByDistinct, "language: PHP Rust Go; infrastructure: Chef; messaging: Kafka"},
		{compare.ByYears, "language: Go PHP Rust; infrastructure: Chef; messaging: Kafka"},
		{compare.ByRecency, "language: Go PHP Rust; infrastructure: Chef; messaging: Kafka"},
	}
	for _, tt := range tests {
		c.Grid.Sort(tt.o)
		if got := names(&c.Grid); got != tt.want {
			t.Errorf("%s: %s\n want %s", tt.o, got, tt.want)
		}
		if c.Grid.Order != tt.o {
			t.Errorf("order %v after Sort(%v)", c.Grid.Order, tt.o)
		}
	}
}

func TestGridCells(t *testing.T) {
	c := compare.New(gridPeople(t), gridTaxonomy(t), now)
	tests := []struct {
		skill string
		want  []string
	}{
		{"Go", []string{"2y 11m · 2026", "7y · 2016", compare.CellUndated}},
		{"PHP", []string{"", "1y 11m · 2026", ""}},
		{"Chef", []string{compare.CellClaimed, "", ""}},
		{"Kafka", []string{"2y 11m · 2026", "", ""}},
	}
	for _, tt := range tests {
		r, ok := c.Grid.Find(tt.skill)
		if !ok {
			t.Fatalf("no %s row", tt.skill)
		}
		for i, w := range tt.want {
			if got := r.Cells[i].Text(); got != w {
				t.Errorf("%s for %s = %q, want %q", tt.skill, c.People[i].Summary.Name, got, w)
			}
		}
	}
	if r, _ := c.Grid.Find("go"); r.Holders() != 3 || r.Mentioned() != 3 || r.Most() != 84 {
		t.Errorf("Go: holders %d, mentioned %d, most %d", r.Holders(), r.Mentioned(), r.Most())
	}
	if e, ok := c.Evidence(1, "Go"); !ok || e.Status != skills.StatusEvidenced {
		t.Errorf("Bob's Go evidence: %v %v", ok, e.Status)
	}
	if _, ok := c.Evidence(5, "Go"); ok {
		t.Error("evidence for a person out of range")
	}
}

func TestParseOrder(t *testing.T) {
	for o := compare.ByShared; o <= compare.ByRecency; o++ {
		if got, ok := compare.ParseOrder(" " + strings.ToUpper(o.String())); !ok || got != o {
			t.Errorf("ParseOrder(%s) = %v, %v", o, got, ok)
		}
		if o.Next() == o || o.Describe() == "" {
			t.Errorf("%s: Next %v, Describe %q", o, o.Next(), o.Describe())
		}
	}
	if _, ok := compare.ParseOrder("alphabetical"); ok {
		t.Error("ParseOrder accepted an unknown order")
	}
	if compare.ByRecency.Next() != compare.ByShared {
		t.Error("the toggle does not wrap")
	}
}
