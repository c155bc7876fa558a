package timeline

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// BenchmarkView measures View at 200×60 in true color for each seed:
// "cached" is a View with nothing changed (what Bubble Tea calls after most
// messages), "moved" a View after a cursor move (a full redraw), "build"
// New plus the first frame.
func BenchmarkView(b *testing.B) {
	for _, p := range uitest.Profiles(b) {
		b.Run(p.ID+"/cached", func(b *testing.B) {
			m := newColor(p, 200, 60)
			_ = m.View()
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
		b.Run(p.ID+"/moved", func(b *testing.B) {
			m := newColor(p, 200, 60)
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
			c := colorCommon(200, 60)
			b.ReportAllocs()
			for b.Loop() {
				m := New(c, p)
				m.SetSize(200, 60)
				_ = m.View()
			}
		})
	}
}

// BenchmarkReferenceFrame is the yardstick the timeline is compared with in
// the same run: a plain lipgloss frame of 200×60 (a bordered box of text)
// drawn with the same kind of true-color session renderer.
func BenchmarkReferenceFrame(b *testing.B) {
	c := colorCommon(200, 60)
	line := strings.Repeat("lorem ipsum ", 16)
	text := strings.TrimSpace(strings.Repeat(line+"\n", 58))
	box := c.Styles.Timeline.Panel.Width(198)
	b.ReportAllocs()
	for b.Loop() {
		_ = box.Render(text)
	}
}

// newColor builds the timeline of p in a true-color session of
// width×height.
func newColor(p *model.Profile, width, height int) Model {
	m := New(colorCommon(width, height), p)
	m.SetSize(width, height)
	return m
}
