package importer

import "testing"

func TestFindRanges(t *testing.T) {
	tests := []struct {
		in         string
		dayFirst   bool
		start, end string
		ongoing    bool
		duration   int
	}{
		{"Aug. 2018 - PRESENT", false, "2018-08", "", true, -1},
		{"Q3 2019 – Q1 2021", false, "2019-07", "2021-03", false, -1},
		{"Jan 17 – Mar 19", false, "2017-01", "2019-03", false, -1},
		{"vanaf 2019", false, "2019", "", true, -1},
		{"Jan 2019 bis dato", false, "2019-01", "", true, -1},
		{"H1 2020 – H2 2021", false, "2020-01", "2021-12", false, -1},
		{"March 2018 onwards", false, "2018-03", "", true, -1},
		{"Oct 2019 – up to now", false, "2019-10", "", true, -1},
		{"03/19 – 06/21", false, "2019-03", "2021-06", false, -1},
		{"PayPal — 11/20 - present", false, "2020-11", "", true, -1},
		{"Sept. 18 to present", false, "2018-09", "", true, -1},
		{"2017 - 72%", false, "2017", "2017", false, -1},
		{"2017 - 72", false, "2017", "2017", false, -1},
		{"q4/2020 - Q2-2022", false, "2020-10", "2022-06", false, -1},
		{"Q1 '19 – present", false, "2019-01", "", true, -1},
		{"Q5 2019 - 2020", false, "2019", "2020", false, -1},
		{"Mar/2021 – Present", false, "2021-03", "", true, -1},
		{"Jan 2019 - Till now", false, "2019-01", "", true, -1},
		{"2019 - To Present", false, "2019", "", true, -1},
		{"févr. 2019 – juil. 2021", false, "2019-02", "2021-07", false, -1},
		{"março 2018 – dezembro 2020", false, "2018-03", "2020-12", false, -1},
		{"maart 2017 – heden", false, "2017-03", "", true, -1},
		{"Septembre 2019 – aujourd’hui", false, "2019-09", "", true, -1},
		{"jan 2020 – atual", false, "2020-01", "", true, -1},
		{"Jan/2019 – Feb/2021", false, "2019-01", "2021-02", false, -1},
		{"Sep-2016 - Dec-2018", false, "2016-09", "2018-12", false, -1},
		{"Oct 2020 - Current", false, "2020-10", "", true, -1},
		{"2019–present", false, "2019", "", true, -1},
		{"2021 - now", false, "2021", "", true, -1},
		{"2021 – today", false, "2021", "", true, -1},
		{"2020 – to date", false, "2020", "", true, -1},
		{"since 04.2023", true, "2023-04", "", true, -1},
		{"since March 2021", false, "2021-03", "", true, -1},
		{"06.2021 – 08.2024 (3y, 3m)", true, "2021-06", "2024-08", false, 39},
		{"Jan 2019 - Present · 3 yrs 2 mos", false, "2019-01", "", true, 38},
		{"January 2023 - Present (1 year 11 months)", false, "2023-01", "", true, 23},
		{"03/2019 – 11/2021", false, "2019-03", "2021-11", false, -1},
		{"3/2019-11/2021", false, "2019-03", "2021-11", false, -1},
		{"15/09/2017 – 30/04/2020", true, "2017-09", "2020-04", false, -1},
		{"01/02/2018 – 01/03/2019", true, "2018-02", "2019-03", false, -1},
		{"01/02/2018 – 01/03/2019", false, "2018-01", "2019-01", false, -1},
		{"2019/03 - 2020/04", false, "2019-03", "2020-04", false, -1},
		{"06.2023 – 2024.08 (1y 3m)", true, "2023-06", "2024-08", false, 15},
		{"Sept. 2013 - June. 2017", false, "2013-09", "2017-06", false, -1},
		{"Feb. 2016 – Nov. 2019", false, "2016-02", "2019-11", false, -1},
		{"Jan '20 – Jun '21", false, "2020-01", "2021-06", false, -1},
		{"Spring 2020", false, "2020", "2020", false, -1},
		{"Fall 2018 – Spring 2020", false, "2018", "2020", false, -1},
		{"(2014–2016)", false, "2014", "2016", false, -1},
		{"Jun 2015 – Sep 2015", false, "2015-06", "2015-09", false, -1},
		{"May, 2017 - PRESENT", false, "2017-05", "", true, -1},
		{"2024.08 – heute", true, "2024-08", "", true, -1},
		{"ene. 2022 – actualidad", false, "2022-01", "", true, -1},
		{"sept. 2018 – dic. 2021", false, "2018-09", "2021-12", false, -1},
		{"März 2019 bis Juni 2020", true, "2019-03", "2020-06", false, -1},
		{"2021 –", false, "2021", "", true, -1},
		{"Oct 2015 through Feb 2018", false, "2015-10", "2018-02", false, -1},
		{"Jun – Sep 2015", false, "2015-06", "2015-09", false, -1},
		{"Jan. - Mar. 2020", false, "2020-01", "2020-03", false, -1},
		{"2018–20", false, "2018", "2020", false, -1},
		{"Sunday, September 22, 2019", false, "2019-09-22", "2019-09-22", false, -1},
		{"22 September 2019 – 3 March 2020", false, "2019-09-22", "2020-03-03", false, -1},
		{"Sept 1st, 2019 - present", false, "2019-09-01", "", true, -1},
		{"(2019-21)", false, "2019", "2021", false, -1},
	}
	for _, tt := range tests {
		rs := findRanges(tt.in, tt.dayFirst)
		if len(rs) == 0 {
			t.Errorf("%q: no date found", tt.in)
			continue
		}
		r := rs[0]
		end := r.End.String()
		if r.Ongoing {
			end = ""
		}
		if r.Start.String() != tt.start || end != tt.end || r.Ongoing != tt.ongoing || r.Duration != tt.duration {
			t.Errorf("%q: got %s→%s ongoing=%v duration=%d, want %s→%s ongoing=%v duration=%d",
				tt.in, r.Start, end, r.Ongoing, r.Duration, tt.start, tt.end, tt.ongoing, tt.duration)
		}
	}
}

// TestNotDates checks text that must not become a date.
func TestNotDates(t *testing.T) {
	for _, in := range []string{
		"Head of Marketing", "ORCID 0000-0002-1825-0097", "+34 600 123 456", "Symfony 2.7",
		"99.95% availability", "110/110 (1st Class)", "12-factor principles", "v1.10 release",
	} {
		if rs := findRanges(in, false); len(rs) != 0 {
			t.Errorf("%q: found date %q", in, rs[0].Text)
		}
	}
}

func TestDayFirstDoc(t *testing.T) {
	tests := []struct {
		lines []string
		want  bool
	}{
		{[]string{"15/09/2017 – 30/04/2020", "01/02/2018"}, true},
		{[]string{"09/15/2017 – 04/30/2020", "01/02/2018"}, false},
		{[]string{"01.02.2018 – 01.03.2019"}, true},
		{[]string{"01/02/2018 – 01/03/2019"}, false},
	}
	for _, tt := range tests {
		if got := dayFirstDoc(tt.lines); got != tt.want {
			t.Errorf("%q: dayFirst %v, want %v", tt.lines, got, tt.want)
		}
	}
}
