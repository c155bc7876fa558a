package model

import "time"

// Clock tells the time. It is injected wherever "now" matters (ongoing
// roles, "years ago"), so logic and views are deterministic under test.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real wall clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always returns the same instant; tests and goldens use it.
type FixedClock time.Time

// Now returns the fixed instant.
func (c FixedClock) Now() time.Time { return time.Time(c) }

// MonthAt returns the absolute Month containing t.
func MonthAt(t time.Time) Month { return MonthOf(t.Year(), int(t.Month())) }
