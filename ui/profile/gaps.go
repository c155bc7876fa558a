package profile

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
)

// minGapMonths is the shortest pause between roles the Experience tab
// points out; shorter ones are notice periods and holidays.
const minGapMonths = 2

// gapNotes finds the gaps between consecutive employers as listed: for
// each employer index i > 0, the note for the pause between employer i-1
// and employer i, when the career has one right there.
func gapNotes(emps []model.Employer, r *model.Resume, now model.Month) map[int]string {
	employerOf := map[int]int{} // work index → employer index
	for i, e := range emps {
		for _, ro := range e.Roles {
			employerOf[ro.Index] = i
		}
	}
	notes := map[int]string{}
	for _, g := range model.Gaps(model.Roles(r), now, minGapMonths) {
		if g.After < 0 || g.Before < 0 {
			continue
		}
		a, b := employerOf[g.After], employerOf[g.Before]
		if a-b != 1 && b-a != 1 { // not next to each other in the list
			continue
		}
		notes[max(a, b)] = gapNote(g)
	}
	return notes
}

// gapNote says how long a gap lasted and when: "gap of 10m · Sep 2015 –
// Jun 2016".
func gapNote(g model.Gap) string {
	from := model.YearMonth(g.From.Year(), g.From.Num())
	to := model.YearMonth(g.To.Year(), g.To.Num())
	dates := from.Human()
	if g.To != g.From {
		dates += " – " + to.Human()
	}
	if g.Approx {
		dates = "around " + dates
	}
	return "gap of " + model.FormatMonths(g.Months(), g.Approx) + " · " + dates
}

// gapLine draws a gap note between two employers: "── gap of 10m ·
// Jul 2015 – Apr 2016 ──", cut to the width.
func gapLine(d *doc, note string) string {
	const rule = "──"
	return d.st.Timeline.Gap.Render(ansi.Truncate(rule+" "+note+" "+rule, d.room(0), "…"))
}
