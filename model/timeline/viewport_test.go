package timeline

import (
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func ym(y, m int) model.Month { return model.MonthOf(y, m) }

func TestCols(t *testing.T) {
	v := Viewport{From: ym(2020, 1), To: ym(2021, 12)} // 24 months
	tests := []struct {
		name   string
		s      model.Span
		w      int
		c0, c1 int
		ok     bool
	}{
		{"first month, 2 cols each", model.Span{From: ym(2020, 1), To: ym(2020, 1)}, 48, 0, 1, true},
		{"whole view", model.Span{From: ym(2020, 1), To: ym(2021, 12)}, 48, 0, 47, true},
		{"clipped both sides", model.Span{From: ym(2010, 1), To: ym(2030, 1)}, 10, 0, 9, true},
		{"three months share a column", model.Span{From: ym(2020, 4), To: ym(2020, 4)}, 8, 1, 1, true},
		{"before", model.Span{From: ym(2019, 1), To: ym(2019, 12)}, 48, 0, 0, false},
		{"after", model.Span{From: ym(2022, 1), To: ym(2022, 1)}, 48, 0, 0, false},
		{"width one", model.Span{From: ym(2021, 6), To: ym(2021, 6)}, 1, 0, 0, true},
		{"width zero", model.Span{From: ym(2021, 6), To: ym(2021, 6)}, 0, 0, 0, false},
	}
	for _, tt := range tests {
		c0, c1, ok := v.Cols(tt.s, tt.w)
		if c0 != tt.c0 || c1 != tt.c1 || ok != tt.ok {
			t.Errorf("%s: Cols = %d,%d,%v; want %d,%d,%v", tt.name, c0, c1, ok, tt.c0, tt.c1, tt.ok)
		}
	}
}

func TestMonthAtInvertsCol(t *testing.T) {
	v := Viewport{From: ym(2015, 3), To: ym(2026, 12)}
	for _, w := range []int{1, 7, 60, 141, 500} {
		for m := v.From; m <= v.To; m++ {
			c, ok := v.Col(m, w)
			if !ok {
				t.Fatalf("month %v not in view", m)
			}
			got := v.MonthAt(c, w)
			c2, _ := v.Col(got, w)
			if c2 != c || got > m {
				t.Fatalf("w=%d m=%v: col %d, MonthAt %v (col %d)", w, m, c, got, c2)
			}
			if w >= v.Months() && got != m {
				t.Fatalf("w=%d: MonthAt(Col(%v)) = %v", w, m, got)
			}
		}
	}
}

func TestFitSpans(t *testing.T) {
	a := model.Span{From: ym(2016, 10), To: ym(2026, 11)}
	b := model.Span{From: ym(2015, 3), To: ym(2024, 8)}
	v := FitSpans(a, b)
	if v.From != ym(2015, 1) || v.To != ym(2026, 12) {
		t.Errorf("FitSpans = %v–%v", v.From, v.To)
	}
	if v := FitSpans(model.Span{From: ym(2020, 5), To: ym(2020, 5)}); v.Months() != MinMonths {
		t.Errorf("a one-month career fits in %d months, want %d", v.Months(), MinMonths)
	}
	if v := FitSpans(); v != (Viewport{}) {
		t.Errorf("FitSpans() = %+v", v)
	}
}

func TestZoom(t *testing.T) {
	fit := Viewport{From: ym(2010, 1), To: ym(2026, 12)} // 204 months
	const w = 120
	tests := []struct {
		name   string
		v      Viewport
		center model.Month
		in     bool
		months int
	}{
		{"in halves", fit, ym(2018, 6), true, 102},
		{"out doubles", fit, ym(2018, 6), false, 408},
		{"in stops at a year", Viewport{From: ym(2018, 1), To: ym(2019, 3)}, ym(2018, 6), true, MinMonths},
		{"out stops at a century", Viewport{From: ym(1950, 1), To: ym(2030, 12)}, ym(2000, 1), false, MaxMonths},
	}
	for _, tt := range tests {
		z := tt.v.ZoomOut(tt.center)
		if tt.in {
			z = tt.v.ZoomIn(tt.center)
		}
		if z.Months() != tt.months {
			t.Errorf("%s: %d months, want %d", tt.name, z.Months(), tt.months)
		}
		before, _ := tt.v.Col(tt.center, w)
		after, ok := z.Col(tt.center, w)
		if !ok || abs(after-before) > 1+w/z.Months() {
			t.Errorf("%s: center moved from column %d to %d (visible %v)", tt.name, before, after, ok)
		}
	}
	if z := fit.Zoom(ym(2018, 1), 0); z != fit {
		t.Error("a zero factor must not change the viewport")
	}
}

func TestFollow(t *testing.T) {
	v := Viewport{From: ym(2018, 1), To: ym(2019, 12)}
	tests := []struct {
		name     string
		s        model.Span
		from, to model.Month
	}{
		{"inside", model.Span{From: ym(2018, 5), To: ym(2019, 1)}, v.From, v.To},
		{"left", model.Span{From: ym(2016, 1), To: ym(2016, 6)}, ym(2016, 1), ym(2017, 12)},
		{"right", model.Span{From: ym(2020, 1), To: ym(2020, 3)}, ym(2018, 4), ym(2020, 3)},
		{"longer, start in view", model.Span{From: ym(2019, 1), To: ym(2025, 1)}, v.From, v.To},
		{"longer, start outside", model.Span{From: ym(2010, 1), To: ym(2025, 1)}, ym(2010, 1), ym(2011, 12)},
	}
	for _, tt := range tests {
		got := v.Follow(tt.s)
		if got.From != tt.from || got.To != tt.to {
			t.Errorf("%s: Follow = %v–%v, want %v–%v", tt.name, got.From, got.To, tt.from, tt.to)
		}
	}
}

func TestTicks(t *testing.T) {
	tests := []struct {
		name   string
		v      Viewport
		w      int
		labels []string
	}{
		{"every year", Viewport{From: ym(2020, 1), To: ym(2024, 12)}, 60, []string{"2020", "2021", "2022", "2023", "2024"}},
		{"every two", Viewport{From: ym(2010, 1), To: ym(2026, 12)}, 60, []string{"2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024", "2026"}},
		{"every five", Viewport{From: ym(2000, 1), To: ym(2026, 12)}, 60, []string{"2000", "2005", "2010", "2015", "2020", "2025"}},
		{"every ten", Viewport{From: ym(1950, 1), To: ym(2026, 12)}, 60, []string{"1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020"}},
		{"partial year first", Viewport{From: ym(2018, 7), To: ym(2020, 6)}, 30, []string{"2018", "2019", "2020"}},
		{"partial year, then months", Viewport{From: ym(2018, 7), To: ym(2020, 6)}, 60, []string{"2018", "Oct", "2019", "Apr", "Jul", "Oct", "2020", "Apr"}},
		{"quarters when zoomed in", Viewport{From: ym(2019, 1), To: ym(2020, 12)}, 60, []string{"2019", "Apr", "Jul", "Oct", "2020", "Apr", "Jul", "Oct"}},
		{"no months below 1.5 columns each", Viewport{From: ym(2019, 1), To: ym(2020, 12)}, 35, []string{"2019", "2020"}},
		{"every month", Viewport{From: ym(2019, 3), To: ym(2020, 2)}, 120, []string{"2019", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "2020", "Feb"}},
		{"too narrow", Viewport{From: ym(2020, 1), To: ym(2024, 12)}, 3, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tt.v.Ticks(tt.w) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if len(got) != len(tt.labels) {
			t.Errorf("%s: labels %q, want %q", tt.name, got, tt.labels)
			continue
		}
		for i := range got {
			if got[i] != tt.labels[i] {
				t.Errorf("%s: labels %q, want %q", tt.name, got, tt.labels)
				break
			}
		}
	}
}

// checkTicks fails when labels collide, run past the width or go backwards.
func checkTicks(t *testing.T, v Viewport, w int) {
	t.Helper()
	end, prev := 0, -1
	for _, tk := range v.Ticks(w) {
		if tk.Col < 0 || tk.Col >= w || tk.Col <= prev {
			t.Fatalf("%+v w=%d: tick %+v out of place (prev col %d)", v, w, tk, prev)
		}
		prev = tk.Col
		if tk.Label == "" {
			continue
		}
		if tk.Col < end || tk.Col+len(tk.Label) > w {
			t.Fatalf("%+v w=%d: label %+v collides or overflows (free from %d)", v, w, tk, end)
		}
		end = tk.Col + len(tk.Label) + LabelGap
	}
}

// checkCols fails when a span maps outside [0, w) or columns go backwards.
func checkCols(t *testing.T, v Viewport, w int, s model.Span) {
	t.Helper()
	c0, c1, ok := v.Cols(s, w)
	if !ok {
		if s.To >= v.From && s.From <= v.To && w >= 1 {
			t.Fatalf("%+v w=%d: visible span %+v reported invisible", v, w, s)
		}
		return
	}
	if c0 < 0 || c1 >= w || c0 > c1 {
		t.Fatalf("%+v w=%d: span %+v at columns %d–%d", v, w, s, c0, c1)
	}
}

func FuzzViewport(f *testing.F) {
	f.Add(24000, 204, 80, 24100, 30, 3)
	f.Add(24000, 12, 1, 23990, 500, 0)
	f.Add(12000, 1200, 7, 12000, 1, 1)
	f.Fuzz(func(t *testing.T, from, months, w, sFrom, sLen, zooms int) {
		if from < 0 || from > 36000 || months < 1 || months > 4*MaxMonths || w < 1 || w > 2000 ||
			sLen < 0 || sLen > 5000 || zooms < 0 || zooms > 12 {
			t.Skip()
		}
		v := Viewport{From: model.Month(from), To: model.Month(from + months - 1)}
		s := model.Span{From: model.Month(sFrom), To: model.Month(sFrom + sLen)}
		for i := 0; i <= zooms; i++ {
			checkCols(t, v, w, s)
			checkTicks(t, v, w)
			if c := v.MonthAt(w-1, w); !v.Contains(c) {
				t.Fatalf("MonthAt outside the viewport: %v", c)
			}
			if i%2 == 0 {
				v = v.ZoomIn(s.From)
			} else {
				v = v.ZoomOut(s.To).Follow(s)
			}
		}
	})
}

// TestSharedAxis lays two careers on one viewport, as the compare view does.
func TestSharedAxis(t *testing.T) {
	a := Build(mustResume(t, `{"work":[{"name":"A","startDate":"2016-10"}]}`), now)
	b := Build(mustResume(t, `{"work":[{"name":"B","startDate":"2015-03","endDate":"2018-01"}]}`), now)
	sa, _ := a.Span()
	sb, _ := b.Span()
	v := FitSpans(sa, sb)
	if v.From != ym(2015, 1) || !v.Contains(now) {
		t.Fatalf("shared viewport %v–%v", v.From, v.To)
	}
	for _, tl := range []Timeline{a, b} {
		for _, it := range tl.Items {
			if _, _, ok := v.Cols(it.Span, 100); !ok {
				t.Errorf("%q is off the shared axis", it.Org)
			}
		}
	}
	ca, _, _ := v.Cols(a.Items[0].Span, 100)
	cb, _, _ := v.Cols(b.Items[0].Span, 100)
	if ca <= cb {
		t.Errorf("2016 drawn at column %d, not after 2015 at %d", ca, cb)
	}
}
