package compare_test

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/compare"
)

// now is the month the tests resolve ongoing roles against.
var now = model.MonthOf(2026, 11)

// seeds returns the embedded profiles whose IDs start with the prefixes,
// in that order.
func seeds(t testing.TB, prefixes ...string) []*model.Profile {
	t.Helper()
	res := data.LoadEmbedded()
	var out []*model.Profile
	for _, pre := range prefixes {
		found := false
		for _, p := range res.Profiles {
			if strings.HasPrefix(p.ID, pre) {
				out = append(out, p)
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("no embedded profile %s*", pre)
		}
	}
	return out
}

// seedComparison compares embedded profiles with the built-in taxonomy.
func seedComparison(t testing.TB, prefixes ...string) compare.Comparison {
	t.Helper()
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	return compare.New(seeds(t, prefixes...), tx, now)
}

// cellOf is person i's cell of a skill, failing when the grid lacks it.
func cellOf(t *testing.T, c *compare.Comparison, skill string, i int) compare.Cell {
	t.Helper()
	r, ok := c.Grid.Find(skill)
	if !ok {
		return compare.Cell{}
	}
	return r.Cells[i]
}

// TestAcceptanceSeeds000And003 is the acceptance: one axis from
// 2015, Go and Terraform evidenced for both, Ruby only for 000, Kafka and
// PHP only for 003, Chef and Redis claimed only by 000.
func TestAcceptanceSeeds000And003(t *testing.T) {
	c := seedComparison(t, "000", "003")
	vp, ok := c.Viewport()
	if !ok || vp.From != model.MonthOf(2015, 1) || !vp.Contains(now) {
		t.Fatalf("shared axis %v–%v, want from Jan 2015 through now", vp.From, vp.To)
	}
	first := func(i int) model.Month { return c.People[i].Summary.Spans[0].From }
	if first(0).Year() != 2016 || first(1).Year() != 2015 {
		t.Errorf("careers start %d and %d, want 2016 and 2015", first(0).Year(), first(1).Year())
	}
	tests := []struct {
		skill      string
		held, only []bool // per person: work evidences it; it is only claimed
	}{
		{"Go", []bool{true, true}, []bool{false, false}},
		{"Terraform", []bool{true, true}, []bool{false, false}},
		{"Ruby", []bool{true, false}, []bool{false, false}},
		{"Kafka", []bool{false, true}, []bool{false, false}},
		{"PHP", []bool{false, true}, []bool{false, false}},
		{"Chef", []bool{false, false}, []bool{true, false}},
		{"Redis", []bool{false, false}, []bool{true, false}},
	}
	for _, tt := range tests {
		for i := range 2 {
			cell := cellOf(t, &c, tt.skill, i)
			if cell.Held() != tt.held[i] || cell.Claimed() != tt.only[i] {
				t.Errorf("%s for %s: status %v, want held %v, claimed only %v", tt.skill, c.People[i].Profile.ID,
					cell.Status, tt.held[i], tt.only[i])
			}
			if tt.held[i] && (cell.Months == 0 || cell.Last == 0 || !strings.Contains(cell.Text(), "·")) {
				t.Errorf("%s for %s: no years in %q", tt.skill, c.People[i].Profile.ID, cell.Text())
			}
		}
	}
	if got := cellOf(t, &c, "Chef", 0).Text(); got != compare.CellClaimed {
		t.Errorf("Chef cell %q", got)
	}
}

func TestNoTaxonomyNoGrid(t *testing.T) {
	c := compare.New(seeds(t, "000", "003"), nil, now)
	if c.HasSkills || len(c.Grid.Rows) != 0 || len(c.People) != 2 {
		t.Fatalf("without a taxonomy: skills %v, %d rows, %d people", c.HasSkills, len(c.Grid.Rows), len(c.People))
	}
	if _, ok := c.Evidence(0, "Go"); ok {
		t.Error("evidence without a taxonomy")
	}
}
