package timeline

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/richtext"
	"github.com/vitae-cli/vitae/ui/styles"
)

// colorCommon is a session drawing in true color on a dark background.
func colorCommon(w, h int) *common.Common {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	c := common.New(r, model.FixedClock(uitest.Now), nil)
	c.SetSize(w, h)
	return c
}

func TestInkMatchesRender(t *testing.T) {
	s := colorCommon(80, 24).Styles
	x := styles.TimelineChart(s)
	all := []lipgloss.Style{s.Timeline.Axis, s.Timeline.AxisLabel, s.Timeline.Lane, s.Timeline.Bar,
		s.Timeline.BarAlt, s.Timeline.BarCurrent, s.Timeline.Selected, s.Timeline.Gap, s.Timeline.Overlap,
		s.Timeline.Event, s.Timeline.Approximate, s.Timeline.Undated, s.Timeline.PanelTitle, s.Muted,
		x.SelectedBar, x.Cursor, x.LaneSelected, x.Employed, x.Legend, x.Dates, x.Note, x.Text, x.Bullet,
		x.PanelBorder, x.Text.Bold(true).Italic(true)}
	for i, st := range all {
		for _, text := range []string{"━━ Senior ━━┃", "株式会社 · 😀", "a b  c"} {
			if got, want := newInk(st).paint(text), st.Render(text); got != want {
				t.Errorf("style %d: ink %q, Render %q", i, got, want)
			}
		}
	}
	inks := newTextInks(x.Text)
	line := richtext.Wrap(richtext.Parse("plain **bold** *it* ***both***"), 80)[0]
	if got, want := inks.line(line), line.Render(x.Text); got != want {
		t.Errorf("emphasis: inks %q, richtext %q", got, want)
	}
}

// TestColorViewMatchesASCII draws every seed in true color and checks that,
// escape sequences aside, it is the ASCII frame, cell for cell.
func TestColorViewMatchesASCII(t *testing.T) {
	for _, p := range uitest.Profiles(t) {
		for _, keys := range [][]string{nil, {"left", "up"}, {"+", "down", "down"}} {
			color := New(colorCommon(120, 40), p)
			color.SetSize(120, 40)
			color, _ = press(color, keys...)
			plain, _ := press(newSized(p, 120, 40), keys...)
			cv, pv := color.View(), plain.View()
			if !strings.Contains(cv, "\x1b[") {
				t.Fatalf("%s: the color view has no color", p.ID)
			}
			if got := ansi.Strip(cv); got != pv {
				t.Errorf("%s %v: the color view's text differs from the ASCII view:\n%s\n---\n%s", p.ID, keys, got, pv)
			}
		}
	}
}
