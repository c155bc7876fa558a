package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Precision says how much of a Date is known.
type Precision uint8

// The precisions a JSON Resume date can have.
const (
	PrecisionNone  Precision = iota // no date at all
	PrecisionYear                   // "2018": some time in 2018
	PrecisionMonth                  // "2018-07": some time in July 2018
	PrecisionDay                    // "2018-07-02"
)

// Date is a calendar date known to a Precision. The zero Date is "no date".
// A Date covers a period: all of its year, all of its month, or one day.
type Date struct {
	Year  int
	Month int // 1–12 when Precision >= PrecisionMonth
	Day   int // 1–31 when Precision == PrecisionDay
	Prec  Precision
}

// Year, month and day constructors.

// YearOnly returns the Date "some time in year y".
func YearOnly(y int) Date { return Date{Year: y, Prec: PrecisionYear} }

// YearMonth returns the Date "some time in month m of year y".
func YearMonth(y, m int) Date { return Date{Year: y, Month: m, Prec: PrecisionMonth} }

// YearMonthDay returns the exact day y-m-d.
func YearMonthDay(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Prec: PrecisionDay} }

// IsZero reports whether the Date is absent.
func (d Date) IsZero() bool { return d.Prec == PrecisionNone }

// Approximate reports whether the Date is known only to the year.
func (d Date) Approximate() bool { return d.Prec == PrecisionYear }

// String is the canonical JSON Resume form: "2018", "2018-07" or
// "2018-07-02"; "" for the zero Date.
func (d Date) String() string {
	switch d.Prec {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// monthNames are the short English month names used for display.
var monthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Human is the Date for people: "2018", "Jul 2018", "2 Jul 2018".
func (d Date) Human() string {
	switch d.Prec {
	case PrecisionYear:
		return strconv.Itoa(d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%s %d", monthNames[d.Month-1], d.Year)
	case PrecisionDay:
		return fmt.Sprintf("%d %s %d", d.Day, monthNames[d.Month-1], d.Year)
	}
	return ""
}

// Month is an absolute month count (year*12 + month-1), the unit in which
// vitae measures careers. Month(0) is January of year 0.
type Month int

// MonthOf returns the absolute Month of year y, month m (1–12).
func MonthOf(y, m int) Month { return Month(y*12 + m - 1) }

// Year returns the calendar year of the month.
func (m Month) Year() int { return int(m) / 12 }

// Num returns the month of the year, 1–12.
func (m Month) Num() int { return int(m)%12 + 1 }

// First is the first month the Date covers (January for a year-only date).
func (d Date) First() Month {
	if d.Prec >= PrecisionMonth {
		return MonthOf(d.Year, d.Month)
	}
	return MonthOf(d.Year, 1)
}

// Last is the last month the Date covers (December for a year-only date).
func (d Date) Last() Month {
	if d.Prec >= PrecisionMonth {
		return MonthOf(d.Year, d.Month)
	}
	return MonthOf(d.Year, 12)
}

// Before reports whether d certainly starts before e's period ends, compared
// at the coarser of the two precisions: 2018 is not before 2018-03.
func (d Date) Before(e Date) bool { return compareCoarse(d, e) < 0 }

// compareCoarse compares two dates at the coarser of their precisions.
func compareCoarse(a, b Date) int {
	p := min(a.Prec, b.Prec)
	av := []int{a.Year, a.Month, a.Day}
	bv := []int{b.Year, b.Month, b.Day}
	for i := 0; i < int(p); i++ {
		if av[i] != bv[i] {
			if av[i] < bv[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// DaysIn returns the number of days in month m (1–12) of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DateError says why a date string is not a date, in words a user can act on.
type DateError struct {
	Input  string
	Reason string
}

func (e *DateError) Error() string {
	return fmt.Sprintf("%q is not a valid date: %s", e.Input, e.Reason)
}

// maxDateLen bounds the input the date parsers look at.
const maxDateLen = 64

// ParseDate parses a strict JSON Resume date: YYYY, YYYY-MM or YYYY-MM-DD,
// calendar-valid (no month 13, no February 30th), year 1000–2999.
func ParseDate(s string) (Date, error) {
	if len(s) > maxDateLen {
		return Date{}, &DateError{s[:maxDateLen] + "…", "too long; write YYYY, YYYY-MM or YYYY-MM-DD"}
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || s == "" {
		return Date{}, &DateError{s, "write YYYY, YYYY-MM or YYYY-MM-DD"}
	}
	widths := []int{4, 2, 2}
	for i, p := range parts {
		if len(p) != widths[i] || !allDigits(p) {
			return Date{}, &DateError{s, "write YYYY, YYYY-MM or YYYY-MM-DD"}
		}
	}
	return buildDate(s, parts)
}

// buildDate checks ranges and builds a Date from digit-only parts.
func buildDate(s string, parts []string) (Date, error) {
	n := make([]int, len(parts))
	for i, p := range parts {
		n[i], _ = strconv.Atoi(p)
	}
	if n[0] < 1000 || n[0] > 2999 {
		return Date{}, &DateError{s, "the year must be between 1000 and 2999"}
	}
	d := Date{Year: n[0], Prec: Precision(len(n))}
	if len(n) > 1 {
		if n[1] < 1 || n[1] > 12 {
			return Date{}, &DateError{s, fmt.Sprintf("month %d does not exist (use 01–12)", n[1])}
		}
		d.Month = n[1]
	}
	if len(n) > 2 {
		if n[2] < 1 || n[2] > DaysIn(n[0], n[1]) {
			return Date{}, &DateError{s, fmt.Sprintf("%s %d has %d days", monthNames[n[1]-1], n[0], DaysIn(n[0], n[1]))}
		}
		d.Day = n[2]
	}
	return d, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ongoingWords are end dates people write for "still doing it".
var ongoingWords = map[string]bool{
	"present": true, "current": true, "now": true, "ongoing": true, "today": true,
}

// Leniency describes how a non-standard date string was read.
type Leniency string

// The leniencies ParseDateLenient accepts, each reported as a warning.
const (
	LenientNone        Leniency = ""
	LenientOngoing     Leniency = "ongoing"     // "present", "current"…: no end date
	LenientUnpadded    Leniency = "unpadded"    // "2018-7" for "2018-07"
	LenientSurrounding Leniency = "surrounding" // " 2018 " with spaces around it
)

// ParseDateLenient accepts what ParseDate accepts plus the forms people
// write by hand: ongoing words ("present", "Current"; the returned Date is
// zero and ongoing is true), unpadded months and days ("2018-7"), and
// surrounding spaces. The Leniency says which liberty was taken, so callers
// can warn.
func ParseDateLenient(s string) (d Date, ongoing bool, how Leniency, err error) {
	if d, err := ParseDate(s); err == nil {
		return d, false, LenientNone, nil
	}
	if len(s) > maxDateLen {
		return Date{}, false, LenientNone, &DateError{s[:maxDateLen] + "…", "too long; write YYYY, YYYY-MM or YYYY-MM-DD"}
	}
	t := strings.TrimSpace(s)
	if ongoingWords[strings.ToLower(t)] {
		return Date{}, true, LenientOngoing, nil
	}
	if t != s {
		d, err := ParseDate(t)
		if err == nil {
			return d, false, LenientSurrounding, nil
		}
	}
	parts := strings.Split(t, "-")
	if len(parts) <= 3 && len(parts[0]) == 4 && allDigits(parts[0]) {
		ok := true
		for _, p := range parts[1:] {
			if len(p) < 1 || len(p) > 2 || !allDigits(p) {
				ok = false
			}
		}
		if ok {
			d, err := buildDate(s, parts)
			if err != nil {
				return Date{}, false, LenientNone, err
			}
			return d, false, LenientUnpadded, nil
		}
	}
	_, err = ParseDate(t)
	return Date{}, false, LenientNone, err
}

// MarshalJSON writes the canonical string, or null for the zero Date
// (fields holding dates are tagged omitzero, so null is rarely written).
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a date string leniently; ongoing words ("present")
// become the zero Date, which for an end date means "ongoing". Problems
// with the text are reported, with positions, by the data package before
// decoding: here an unreadable date is an error.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, _, _, err := ParseDateLenient(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
