package skills

import (
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// TestEndedRoleIsNotOngoing checks that a role marked x-ended (over, end
// unknown) evidences its skills for its start's period only, not to now.
func TestEndedRoleIsNotOngoing(t *testing.T) {
	tx, err := New([]Entry{{Name: "Kafka", Category: "data", Aliases: []string{"kafka"}}})
	if err != nil {
		t.Fatal(err)
	}
	p := &model.Profile{ID: "x", Resume: model.Resume{Work: []model.Work{{
		Name: "Twitter", StartDate: model.YearOnly(2010), Ended: true,
		Highlights: []string{"Ran Kafka in production"},
	}}}}
	m := tx.Analyze(p, model.MonthOf(2026, 11))
	s, ok := m.Find("Kafka")
	if !ok {
		t.Fatal("Kafka not found")
	}
	if s.LastYear() != 2010 || s.Months != 12 {
		t.Errorf("ended role: last year %d, %d months; want 2010 and 12", s.LastYear(), s.Months)
	}
}
