package profile

import (
	"reflect"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestGapNotes(t *testing.T) {
	now := model.MonthOf(2026, 11)
	ym := model.YearMonth
	tests := []struct {
		name string
		work []model.Work
		want map[int]string
	}{
		{"newest first, a pause between two employers", []model.Work{
			{Name: "B", StartDate: ym(2016, 5)},
			{Name: "A", StartDate: ym(2015, 3), EndDate: ym(2015, 6)},
		}, map[int]string{1: "gap of 10m · Jul 2015 – Apr 2016"}},
		{"oldest first", []model.Work{
			{Name: "A", StartDate: ym(2015, 3), EndDate: ym(2015, 6)},
			{Name: "B", StartDate: ym(2016, 5)},
		}, map[int]string{1: "gap of 10m · Jul 2015 – Apr 2016"}},
		{"a one-month hand-over is no gap", []model.Work{
			{Name: "B", StartDate: ym(2015, 8)},
			{Name: "A", StartDate: ym(2015, 3), EndDate: ym(2015, 6)},
		}, map[int]string{}},
		{"year-only ends are approximate", []model.Work{
			{Name: "B", StartDate: model.YearOnly(2019)},
			{Name: "A", StartDate: model.YearOnly(2015), EndDate: model.YearOnly(2016)},
		}, map[int]string{1: "gap of ~2y · around Jan 2017 – Dec 2018"}},
		{"employers not next to each other in the list", []model.Work{
			{Name: "C", StartDate: ym(2016, 5)},
			{Name: "U"},
			{Name: "A", StartDate: ym(2015, 3), EndDate: ym(2015, 6)},
		}, map[int]string{}},
	}
	for _, tt := range tests {
		r := &model.Resume{Work: tt.work}
		if got := gapNotes(model.Employers(r), r, now); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
