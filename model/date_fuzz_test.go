package model

import (
	"strings"
	"testing"
)

// FuzzParseDate checks the strict parser: it never panics, an accepted
// input is exactly the canonical form of the Date it returns (so String
// round-trips), and a refusal always says why.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2018", "2018-07", "2018-07-02", "2016-02-29", "2013-02-30", "2018-19",
		"2018-7", "0999", "3000", "2018-00", "2018-07-00", "20180702", "", "-", "2018--07", "present"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if err.Error() == "" || !d.IsZero() {
				t.Fatalf("ParseDate(%q): bad refusal %v, %+v", s, err, d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		again, err := ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %+v, again %+v, %v", s, d, again, err)
		}
		if d.Human() == "" || d.First() > d.Last() {
			t.Fatalf("ParseDate(%q): Human %q, First %d, Last %d", s, d.Human(), d.First(), d.Last())
		}
	})
}

// FuzzParseDateLenient checks the lenient parser: it never panics, what
// it reads is a valid strict Date (or ongoing, with no Date), strict input
// is read with no leniency, and a refusal always says why.
func FuzzParseDateLenient(f *testing.F) {
	for _, s := range []string{"2018", "2018-7", "2018-7-2", " 2018-07 ", "Present", "current", "now",
		"2013-02-30", "2018-19", "July 2018", "2018-07-021", "", "\u00a02018"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ongoing, how, err := ParseDateLenient(s)
		if err != nil {
			if err.Error() == "" || ongoing || !d.IsZero() {
				t.Fatalf("ParseDateLenient(%q): bad refusal %v", s, err)
			}
			return
		}
		if ongoing {
			if !d.IsZero() || how != LenientOngoing {
				t.Fatalf("ParseDateLenient(%q): ongoing with %+v, %q", s, d, how)
			}
			return
		}
		strict, err := ParseDate(d.String())
		if err != nil || strict != d {
			t.Fatalf("ParseDateLenient(%q) = %+v, not a strict date: %v", s, d, err)
		}
		if _, serr := ParseDate(s); serr == nil && how != LenientNone {
			t.Fatalf("ParseDateLenient(%q): strict input read with leniency %q", s, how)
		}
		if how == LenientSurrounding && strings.TrimSpace(s) == s {
			t.Fatalf("ParseDateLenient(%q): surrounding leniency without spaces", s)
		}
	})
}
