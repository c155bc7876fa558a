package common

// MinWidth and MinHeight are the smallest terminal vitae lays out in; below
// them the root shows a message saying the size needed.
const (
	MinWidth  = 80
	MinHeight = 24
)

// MaxTextWidth caps the width of prose and lists: lines much longer than
// this are hard to read, and right-aligned dates drift too far from what
// they date. Charts (the timeline) use the full width.
const MaxTextWidth = 120

// Sizer is a view whose parent decides its size.
type Sizer interface {
	SetSize(width, height int)
}

// Clamp returns v limited to [lo, hi]; when hi < lo it returns lo.
func Clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}
