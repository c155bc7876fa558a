package common

import (
	"testing"
	"time"

	"github.com/vitae-cli/vitae/model"
)

func TestNewDefaultsAndNow(t *testing.T) {
	c := New(nil, model.FixedClock(time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)), nil)
	if c.Renderer == nil || c.Styles == nil || c.Logger == nil {
		t.Fatalf("New left a nil field: %+v", c)
	}
	if got, want := c.Now(), model.MonthOf(2026, 11); got != want {
		t.Fatalf("Now = %v, want %v", got, want)
	}
	c.SetSize(100, 30)
	if c.Width != 100 || c.Height != 30 {
		t.Fatalf("SetSize: %dx%d", c.Width, c.Height)
	}
}

func TestClamp(t *testing.T) {
	tests := []struct{ v, lo, hi, want int }{
		{5, 0, 10, 5}, {-1, 0, 10, 0}, {11, 0, 10, 10}, {5, 3, 1, 3},
	}
	for _, tt := range tests {
		if got := Clamp(tt.v, tt.lo, tt.hi); got != tt.want {
			t.Errorf("Clamp(%d,%d,%d) = %d, want %d", tt.v, tt.lo, tt.hi, got, tt.want)
		}
	}
}
