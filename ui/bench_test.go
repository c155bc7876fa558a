package ui

import (
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/roster"
)

// Benchmark size: a large terminal, where drawing costs the most.
const (
	benchWidth  = 200
	benchHeight = 60
)

// benchRoot is the root at 200×60 drawing in true color (the costliest
// profile), its profiles loaded, after keys.
func benchRoot(b *testing.B, keys ...string) Model {
	ps := uitest.Profiles(b)
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	probs := []model.Problem{{File: "a.json", Line: 1, Col: 1, Severity: model.Error, Message: "bad"}}
	m := New(Options{Renderer: r, Clock: model.FixedClock(uitest.Now),
		Load: func() ([]*model.Profile, []model.Problem) { return ps, probs }})
	m = step(b, m, tea.WindowSizeMsg{Width: benchWidth, Height: benchHeight})
	m = step(b, m, m.Init()())
	return press(b, m, keys...)
}

// BenchmarkView draws the whole frame of each screen at 200×60, as Bubble
// Tea does after every message.
func BenchmarkView(b *testing.B) {
	for _, bc := range []struct {
		name string
		keys []string
	}{
		{"roster", nil},
		{"roster-filtering", []string{"/", "s"}},
		{"problems", []string{"p"}},
		{"experience", []string{"down", "enter"}},
		{"experience-scrolled", []string{"down", "enter", "pgdown", "pgdown"}},
		{"timeline", []string{"down", "enter", "tab"}},
		{"writing", []string{"enter", "3"}},
		{"education", []string{"enter", "4"}},
		{"full-help", []string{"down", "enter", "?"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			m := benchRoot(b, bc.keys...)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				_ = m.View()
			}
		})
	}
}

// BenchmarkScrollAndView is a key press that scrolls, then the frame: what
// a person holding ↓ costs.
func BenchmarkScrollAndView(b *testing.B) {
	m := benchRoot(b, "down", "enter")
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		msg := down
		if i%64 >= 32 {
			msg = up
		}
		next, _ := m.Update(msg)
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkFilterKeystroke types into the roster's filter and draws the
// frame: what every key costs while filtering (nothing can be reused).
func BenchmarkFilterKeystroke(b *testing.B) {
	m := benchRoot(b, "/")
	keys := []tea.KeyMsg{keyMsg("s"), keyMsg("r"), {Type: tea.KeyBackspace}, {Type: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		next, cmd := m.Update(keys[i%len(keys)])
		m = next.(Model)
		_ = m.View() // the key on screen
		// The matching runs in a Cmd, off the event loop: not timed. The
		// cursor blink it batches is dropped after a short wait.
		b.StopTimer()
		msgs := uitest.RunWithin(cmd, filterWait)
		b.StartTimer()
		for _, msg := range msgs {
			next, _ = m.Update(msg)
			m = next.(Model)
		}
		_ = m.View() // the matches on screen
	}
}

// filterWait bounds the wait for the filter's matches in a benchmark.
const filterWait = 20 * time.Millisecond

// BenchmarkResize re-lays out a profile for a new size: the cost of a
// window resize.
func BenchmarkResize(b *testing.B) {
	m := benchRoot(b, "down", "enter")
	sizes := []tea.WindowSizeMsg{{Width: benchWidth, Height: benchHeight}, {Width: 120, Height: 40}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		next, _ := m.Update(sizes[i%2])
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkBaselineLipglossFrame is the naive way to draw the Experience
// frame: the app style's Render over the whole screen, every frame. It is
// the baseline the cached View is compared with in the same run.
func BenchmarkBaselineLipglossFrame(b *testing.B) {
	m := benchRoot(b, "down", "enter")
	body := m.top().view() + "\n\n" + m.helpView
	app := m.c.Styles.App
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = app.Render(body)
	}
}

// BenchmarkStartup is the UI's part of start to first frame: New, the
// first size, the loaded profiles (already parsed) and the roster frame.
func BenchmarkStartup(b *testing.B) {
	ps := uitest.Profiles(b)
	load := func() ([]*model.Profile, []model.Problem) { return ps, nil }
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(termenv.TrueColor)
		r.SetHasDarkBackground(true)
		m := New(Options{Renderer: r, Clock: model.FixedClock(uitest.Now), Load: load})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		next, _ = next.Update(m.Init()())
		_ = next.View()
	}
}

// BenchmarkOpenProfile is Enter on the roster: the profile view built
// (header, Experience text, timeline, skills matrix) and its first frame.
func BenchmarkOpenProfile(b *testing.B) {
	m := benchRoot(b)
	open := roster.OpenMsg{Profile: m.Profiles()[1]}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		next, _ := m.Update(open)
		_ = next.View()
	}
}
