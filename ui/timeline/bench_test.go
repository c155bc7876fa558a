package timeline

import (
	"testing"

	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// BenchmarkView measures View at 200×60 for each seed: "cached" is a View
// with nothing changed (what Bubble Tea calls after most messages), "moved"
// a View after a cursor move (a full redraw), "build" New plus the first
// frame.
func BenchmarkView(b *testing.B) {
	for _, p := range uitest.Profiles(b) {
		b.Run(p.ID+"/cached", func(b *testing.B) {
			m := newSized(p, 200, 60)
			_ = m.View()
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
		b.Run(p.ID+"/moved", func(b *testing.B) {
			m := newSized(p, 200, 60)
			left, right := keyMsg("left"), keyMsg("right")
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if i%2 == 0 {
					m, _ = m.Update(left)
				} else {
					m, _ = m.Update(right)
				}
				m.cache.ok = false // a move to the same item must still redraw
				_ = m.View()
				i++
			}
		})
		b.Run(p.ID+"/build", func(b *testing.B) {
			c := uitest.Common(200, 60)
			b.ReportAllocs()
			for b.Loop() {
				m := New(c, p)
				m.SetSize(200, 60)
				_ = m.View()
			}
		})
	}
}
