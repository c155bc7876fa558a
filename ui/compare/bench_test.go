package compare

import "testing"

// BenchmarkView draws the screen of four people at 200x60 after each move
// of the grid's cursor: cached, the parts the move leaves alone are
// reused; uncached, the whole screen is drawn, as before the cache.
func BenchmarkView(b *testing.B) {
	for _, cached := range []bool{true, false} {
		name := map[bool]string{true: "cached", false: "uncached"}[cached]
		b.Run(name, func(b *testing.B) {
			m := newReady(b, 200, 60, "000", "001", "003", "004")
			m, _ = press(m, "tab")
			down, up := keyMsg("down"), keyMsg("up")
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				k := down
				if i%2 == 1 {
					k = up
				}
				m, _ = m.Update(k)
				if !cached {
					m.cache = &viewCache{}
				}
				_ = m.View()
			}
		})
	}
}

// BenchmarkCompare works out the comparison of four people: what Init's
// command does off the event loop.
func BenchmarkCompare(b *testing.B) {
	m := newReady(b, 200, 60, "000", "001", "003", "004")
	init := m.Init()
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := init().(readyMsg); !ok {
			b.Fatal("no readyMsg")
		}
	}
}
