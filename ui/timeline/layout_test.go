package timeline

import "testing"

func TestLayout(t *testing.T) {
	const border = 2
	tests := []struct {
		name                 string
		w, h, rows, undated  int
		dated, career        bool
		lanes, detail, undLn int
		legend               bool
	}{
		{"roomy: everything whole", 120, 40, 5, 2, true, true, 5, tallDetail, 3, true},
		{"80x17: lanes first, then a small panel", 80, 17, 8, 0, true, true, 8, 3, 0, true},
		{"tight: lanes scroll", 80, 12, 8, 0, true, true, 4, 2, 0, true},
		{"undated only", 80, 20, 0, 8, false, false, 0, 8, 9, false},
		{"too small for a panel", 80, 5, 4, 3, true, true, 2, 0, 0, false},
		{"narrow: no panel", 15, 30, 3, 1, true, true, 3, 0, 2, true},
		{"no career row", 100, 30, 2, 0, true, false, 2, tallDetail, 0, true},
	}
	for _, tt := range tests {
		f := layout(tt.w, tt.h, 10, tt.rows, tt.undated, border, tt.dated, tt.career)
		if f.lanes != tt.lanes || f.detail != tt.detail || f.undated != tt.undLn || f.legend != tt.legend {
			t.Errorf("%s: lanes %d detail %d undated %d legend %v; want %d %d %d %v", tt.name,
				f.lanes, f.detail, f.undated, f.legend, tt.lanes, tt.detail, tt.undLn, tt.legend)
		}
		used := f.top + f.lanes + f.panelHeight() + f.undated
		if f.legend {
			used++
		}
		if used > tt.h {
			t.Errorf("%s: %d lines used of %d", tt.name, used, tt.h)
		}
		if f.gutter+f.plot != tt.w {
			t.Errorf("%s: gutter %d + plot %d != width %d", tt.name, f.gutter, f.plot, tt.w)
		}
	}
}

func TestGutterWidth(t *testing.T) {
	tests := []struct{ longest, width, want int }{
		{6, 200, 9},         // "Google" and its prefix and blank
		{2, 200, minGutter}, // never narrower than useful
		{40, 200, maxGutter},
		{40, 60, 15}, // at most a quarter of the width
		{10, 3, 0},
	}
	for _, tt := range tests {
		if got := gutterWidth(tt.longest, tt.width); got != tt.want {
			t.Errorf("gutterWidth(%d, %d) = %d, want %d", tt.longest, tt.width, got, tt.want)
		}
	}
}

func TestScrollTo(t *testing.T) {
	tests := []struct{ top, sel, size, total, want int }{
		{0, 3, 5, 10, 0},  // visible: stays
		{0, 7, 5, 10, 3},  // below: just enough
		{4, 2, 5, 10, 2},  // above: to it
		{8, 9, 5, 10, 5},  // never past the end
		{3, 0, 0, 10, 0},  // no room
		{6, 1, 5, 3, 0},   // fewer lines than room
		{2, 4, 3, 10, 2},  // last visible line
		{2, 5, 3, 10, 3},  // one past it
		{0, 0, 1, 1, 0},   // a single line
		{5, 5, 10, 20, 5}, // top line
	}
	for _, tt := range tests {
		if got := scrollTo(tt.top, tt.sel, tt.size, tt.total); got != tt.want {
			t.Errorf("scrollTo(%d, %d, %d, %d) = %d, want %d", tt.top, tt.sel, tt.size, tt.total, got, tt.want)
		}
	}
}
