package roster

import (
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// TestRoleLine checks that the roster names a current or last role only
// from dates, and counts the roles when no date tells which is the latest.
func TestRoleLine(t *testing.T) {
	w := func(pos, name string, start, end model.Date, ended bool) model.Work {
		return model.Work{Position: pos, Name: name, StartDate: start, EndDate: end, Ended: ended}
	}
	none := model.Date{}
	tests := []struct {
		name string
		work []model.Work
		want string
	}{
		{"no work", nil, ""},
		{"current wins", []model.Work{
			w("Intern", "A", model.YearOnly(2010), model.YearOnly(2011), false),
			w("SRE", "B", model.YearMonth(2020, 1), none, false),
		}, "SRE at B"},
		{"latest ended", []model.Work{
			w("Dev", "A", model.YearOnly(2010), model.YearOnly(2015), false),
			w("Lead", "B", model.YearOnly(2015), model.YearMonth(2019, 3), false),
			w("Undated", "C", none, none, false),
		}, "was Lead at B until Mar 2019"},
		{"all undated: count, no guess", []model.Work{
			w("Cluster admin", "", none, none, false),
			w("SRE", "X", none, none, false),
			w("SRE", "Y", none, none, false),
		}, "3 roles, undated"},
		{"one dated, ended unknown, rest undated", []model.Work{
			w("Cluster admin", "", none, none, false),
			w("SRE", "Google", model.YearOnly(2006), none, true),
			w("SRE", "Z", none, none, false),
		}, "3 roles, 2 undated"},
		{"one undated role", []model.Work{w("Teacher", "School", none, none, false)}, "Teacher at School, undated"},
		{"one role ended at an unknown time", []model.Work{w("SRE", "Google", model.YearOnly(2006), none, true)}, "was SRE at Google"},
		{"roles without title or employer skipped", []model.Work{{}, w("Dev", "A", none, none, false)}, "Dev at A, undated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roleLine(&model.Resume{Work: tt.work}); got != tt.want {
				t.Errorf("roleLine = %q, want %q", got, tt.want)
			}
		})
	}
}
