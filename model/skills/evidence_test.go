package skills_test

import (
	"fmt"
	"testing"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
)

// testNow is the month ongoing roles run to in these tests.
var testNow = model.MonthOf(2026, 11)

// seedMatrix analyses the embedded profile whose ID starts with prefix.
func seedMatrix(t *testing.T, prefix string) (skills.Matrix, *model.Profile) {
	t.Helper()
	res := data.LoadEmbedded()
	for _, p := range res.Profiles {
		if len(p.ID) >= len(prefix) && p.ID[:len(prefix)] == prefix {
			return builtin(t).Analyze(p, testNow), p
		}
	}
	t.Fatalf("no embedded profile %s*: %v", prefix, res.Problems)
	return skills.Matrix{}, nil
}

// mustFind returns the evidence for a skill or fails.
func mustFind(t *testing.T, m skills.Matrix, name string) skills.Evidence {
	t.Helper()
	e, ok := m.Find(name)
	if !ok {
		t.Fatalf("%s: no %s", m.Profile, name)
	}
	return e
}

// employerRoles lists the work entries of an employer that evidence e.
func employerRoles(p *model.Profile, e skills.Evidence, employer string) []skills.RoleEvidence {
	var out []skills.RoleEvidence
	for _, r := range e.Roles {
		if r.Section == skills.SectionWork && p.Resume.Work[r.Index].Name == employer {
			out = append(out, r)
		}
	}
	return out
}

func TestSeedAcceptance(t *testing.T) {
	m1, p1 := seedMatrix(t, "001")
	kafka := mustFind(t, m1, "Kafka")
	shop := employerRoles(p1, kafka, "Shopify")
	if len(shop) != 2 {
		t.Fatalf("Kafka in %d Shopify roles, want both", len(shop))
	}
	from, to := shop[0].Span.From, shop[0].Span.To
	for _, r := range shop[1:] {
		from, to = min(from, r.Span.From), max(to, r.Span.To)
	}
	if from != model.MonthOf(2021, 6) || to != model.MonthOf(2024, 8) || !kafka.Status.Shown() {
		t.Errorf("Kafka at Shopify %d-%d, want 2021-06 to 2024-08", from.Year(), to.Year())
	}
	air := mustFind(t, m1, "Apache Airflow")
	if len(employerRoles(p1, air, "Spotahome")) == 0 || air.FirstYear() != 2017 {
		t.Errorf("Airflow: first year %d, Spotahome roles %v; want from 2017 at Spotahome", air.FirstYear(), air.Roles)
	}

	m0, p0 := seedMatrix(t, "000")
	for _, name := range []string{"Terraform", "Go"} {
		e := mustFind(t, m0, name)
		fly := employerRoles(p0, e, "Flywire")
		if len(fly) != 1 || fly[0].Span.From != model.MonthOf(2018, 8) || fly[0].Span.To != testNow || e.LastYear() != 2026 {
			t.Errorf("%s at Flywire: %+v, want 2018-08 to now", name, fly)
		}
	}
	viaGolang := false
	for _, mm := range mustFind(t, m0, "Go").Mentions {
		viaGolang = viaGolang || mm.Alias == "Golang" && !mm.Claim()
	}
	if !viaGolang {
		t.Errorf("Go at Flywire is not matched through its alias Golang")
	}
	for _, m := range []skills.Matrix{m0, m1} {
		if _, ok := m.Find("Catalan"); ok {
			t.Errorf("%s: Catalan is a skill", m.Profile)
		}
	}
	if _, ok := builtin(t).Lookup("Catalan"); ok {
		t.Errorf("Catalan is in the taxonomy")
	}
}

func TestSeedComparison(t *testing.T) {
	m0, _ := seedMatrix(t, "000")
	m3, _ := seedMatrix(t, "003")
	shown := func(m skills.Matrix, n string) bool { e, ok := m.Find(n); return ok && e.Status.Shown() }
	for _, n := range []string{"Go", "Terraform"} {
		if !shown(m0, n) || !shown(m3, n) {
			t.Errorf("%s: want evidenced for both 000 and 003", n)
		}
	}
	if !shown(m0, "Ruby") || shown(m3, "Ruby") {
		t.Errorf("Ruby: want evidenced for 000 only")
	}
	for _, n := range []string{"Kafka", "PHP"} {
		if shown(m0, n) || !shown(m3, n) {
			t.Errorf("%s: want evidenced for 003 only", n)
		}
	}
	for _, n := range []string{"Chef", "Redis"} {
		if e := mustFind(t, m0, n); e.Status != skills.StatusClaimed || e.Dated() || e.Cell(2020) != skills.CellClaimed {
			t.Errorf("%s for 000: status %v, want claimed only", n, e.Status)
		}
	}
}

// TestConcurrentSessions analyses every seed from many goroutines sharing
// one Taxonomy, as ssh sessions do; run with -race.
func TestConcurrentSessions(t *testing.T) {
	tx := builtin(t)
	res := data.LoadEmbedded()
	want := map[string]int{}
	for _, p := range res.Profiles {
		m := tx.Analyze(p, testNow)
		want[p.ID] = len(m.Skills)
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for _, p := range res.Profiles {
				if n := len(tx.Analyze(p, testNow).Skills); n != want[p.ID] {
					done <- fmt.Errorf("%s: %d skills, want %d", p.ID, n, want[p.ID])
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
