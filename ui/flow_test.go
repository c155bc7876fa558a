package ui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/vitae-cli/vitae/ui/profile"
	"github.com/vitae-cli/vitae/ui/roster"
	"github.com/vitae-cli/vitae/ui/timeline"
)

// Flow timing: every wait is bounded.
const (
	flowWait  = 3 * time.Second
	flowCheck = 10 * time.Millisecond
)

// waitFor waits until the program has drawn all of want.
func waitFor(t *testing.T, tm *teatest.TestModel, want ...string) {
	t.Helper()
	var seen bytes.Buffer
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		seen.Write(b)
		for _, w := range want {
			if !bytes.Contains(seen.Bytes(), []byte(w)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(flowWait), teatest.WithCheckInterval(flowCheck))
}

func sendKeys(tm *teatest.TestModel, ks ...string) {
	for _, k := range ks {
		tm.Send(keyMsg(k))
	}
}

// finish quits and returns the final model.
func finish(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	sendKeys(tm, "q")
	return tm.FinalModel(t, teatest.WithFinalTimeout(flowWait)).(Model)
}

func TestFlowProfileTabsHelpResizeBackQuit(t *testing.T) {
	tm := teatest.NewTestModel(t, New(options(t)), teatest.WithInitialTermSize(100, 30))
	waitFor(t, tm, "5 profiles", "Alejandro Colomina")
	sendKeys(tm, "enter")
	waitFor(t, tm, "Experience", "Flywire")
	sendKeys(tm, "tab")
	waitFor(t, tm, timeline.CareerLabel)
	sendKeys(tm, "?")
	waitFor(t, tm, "go to tab", "zoom")
	tm.Send(tea.WindowSizeMsg{Width: 120, Height: 40})
	sendKeys(tm, "esc")
	waitFor(t, tm, "5 profiles")
	m := finish(t, tm)
	if m.Depth() != 1 || !m.ShowingFullHelp() {
		t.Fatalf("final depth %d, full help %v", m.Depth(), m.ShowingFullHelp())
	}
	if c := m.Common(); c.Width != 120 || c.Height != 40 {
		t.Fatalf("final size %dx%d", c.Width, c.Height)
	}
	if _, ok := m.Screen().(roster.Model); !ok {
		t.Fatalf("final screen %T", m.Screen())
	}
}

func TestFlowTimelineCursorZoomAndOpen(t *testing.T) {
	tm := teatest.NewTestModel(t, New(options(t)), teatest.WithInitialTermSize(120, 40))
	waitFor(t, tm, "dsaiztc")
	sendKeys(tm, "down", "enter") // opening is a message: wait for it before the next key
	waitFor(t, tm, "Experience", "Shopify")
	sendKeys(tm, "tab")
	waitFor(t, tm, timeline.CareerLabel)
	sendKeys(tm, "h", "+", "enter")
	waitFor(t, tm, "┃ ")
	m := finish(t, tm)
	p, ok := m.Screen().(profile.Model)
	if !ok || p.ActiveTab() != profile.Experience {
		t.Fatalf("final screen %T", m.Screen())
	}
	tl, _ := p.Timeline()
	sel, _, _ := tl.Selected()
	if work, _, ok := p.Focused(); !ok || work != sel.Index {
		t.Fatalf("focused role %d (ok %v), timeline selected %d", work, ok, sel.Index)
	}
}

// TestTimelineTabCursorAndZoom drives the timeline tab through the root:
// the cursor moves, + narrows the axis, 0 fits the career again.
func TestTimelineTabCursorAndZoom(t *testing.T) {
	m := press(t, started(t, 120, 40), "down", "enter", "tab")
	tlOf := func(m Model) timeline.Model {
		tl, ok := m.Screen().(profile.Model).Timeline()
		if !ok {
			t.Fatal("no timeline tab")
		}
		return tl
	}
	start := tlOf(m)
	first, _, _ := start.Selected()
	m = press(t, m, "h")
	if moved, _, _ := tlOf(m).Selected(); moved == first {
		t.Errorf("h did not move the cursor from %q", first.Title)
	}
	m = press(t, m, "+")
	if z := tlOf(m).Viewport(); z.Months() >= start.Viewport().Months() {
		t.Errorf("+ did not zoom: %d months, was %d", z.Months(), start.Viewport().Months())
	}
	m = press(t, m, "0")
	if f := tlOf(m).Viewport(); f != start.Viewport() {
		t.Errorf("0 did not fit the career: %+v, want %+v", f, start.Viewport())
	}
}

func TestFlowFilterAndOpen(t *testing.T) {
	tm := teatest.NewTestModel(t, New(options(t)), teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "5 profiles")
	sendKeys(tm, "/", "m", "e", "d", "d", "a")
	waitFor(t, tm, "“medda”")
	sendKeys(tm, "enter")
	waitFor(t, tm, "clear filter")
	sendKeys(tm, "enter")
	waitFor(t, tm, "Cloudflare")
	m := finish(t, tm)
	p, ok := m.Screen().(profile.Model)
	if !ok || p.Profile().Name() != "Andrea Medda" {
		t.Fatalf("final screen %T", m.Screen())
	}
}
