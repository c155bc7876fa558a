package importer

import (
	"strings"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/model"
)

// FuzzFindRanges feeds arbitrary lines to the importer's date scanner: it
// never panics, finishes quickly, and every range it returns lies inside
// the line, quotes it exactly, and holds valid dates.
func FuzzFindRanges(f *testing.F) {
	for _, s := range []string{
		"Acme Inc — Senior Engineer — Jan 2019 – Present",
		"2018–20", "06/2015 - 09/2017", "12.03.2016 – 01.02.2018", "since March 2020",
		"Jun – Sep 2015 (3 mos)", "2010 - 2013 (3y, 2m)", "Q3 2019", "2019 –", "Mai 2017 bis heute",
		"01/02/2018 – 03/04/2019", "1999-2001, 2003-2005", "9999 – 0000", "(3y, 3m)",
		"Q3 2019 – Q1 2021", "Jan 17 – Mar 19", "Sept. 18 to present", "03/19 – 06/21", "11/20 - present", "2017 - 72%",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, dayFirst bool) {
		start := time.Now()
		rs := findRanges(s, dayFirst)
		if d := time.Since(start); d > time.Second {
			t.Fatalf("findRanges took %v on %d bytes", d, len(s))
		}
		line := s[:min(len(s), 4096)]
		for _, r := range rs {
			if r.Lo < 0 || r.Lo > r.Hi || r.Hi > len(line) {
				t.Fatalf("findRanges(%q): span [%d,%d) outside the line", s, r.Lo, r.Hi)
			}
			if r.Text != strings.TrimSpace(line[r.Lo:r.Hi]) {
				t.Fatalf("findRanges(%q): text %q is not the span %q", s, r.Text, line[r.Lo:r.Hi])
			}
			for _, d := range []model.Date{r.Start, r.End} {
				if d.IsZero() {
					continue
				}
				if back, err := model.ParseDate(d.String()); err != nil || back != d {
					t.Fatalf("findRanges(%q): invalid date %+v (%v)", s, d, err)
				}
			}
			if r.Start.IsZero() {
				t.Fatalf("findRanges(%q): a range without a start: %+v", s, r)
			}
		}
	})
}
