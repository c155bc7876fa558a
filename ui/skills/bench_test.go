package skills

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// BenchmarkView draws the matrix and the evidence list of the seed with
// the most skills at 200×60 in true color:
//
//	go test ./ui/skills -run '^$' -bench View -benchmem
func BenchmarkView(b *testing.B) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	c := common.New(r, model.FixedClock(uitest.Now), nil)
	c.SetSize(200, 60)
	tx, err := taxonomy.Default()
	if err != nil {
		b.Fatal(err)
	}
	var p *model.Profile
	for _, q := range uitest.Profiles(b) {
		if n := len(tx.Analyze(q, c.Now()).Skills); p == nil || n > len(tx.Analyze(p, c.Now()).Skills) {
			p = q
		}
	}
	m := New(c, p, tx, nil)
	m.SetSize(200, 60)
	b.Run("matrix", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("matrix-uncached", func(b *testing.B) {
		// The baseline: every visible row drawn on every frame.
		for b.Loop() {
			u := m
			u.drawn = nil
			_ = u.View()
		}
	})
	ev, _ := press(m, "enter")
	b.Run("evidence", func(b *testing.B) {
		for b.Loop() {
			_ = ev.View()
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			_ = New(c, p, tx, nil)
		}
	})
}
