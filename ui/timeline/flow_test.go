package timeline

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// host is the smallest parent of a timeline: it sizes it, quits on q and
// records the roles Enter asked to open.
type host struct {
	tl     Model
	opened []int
}

func (h host) Init() tea.Cmd { return nil }

func (h host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.tl.SetSize(msg.Width, msg.Height-1) // a line for the opened roles
		return h, nil
	case OpenRoleMsg:
		h.opened = append(h.opened, msg.WorkIndex)
		return h, nil
	case tea.KeyMsg:
		if msg.String() == "q" {
			return h, tea.Quit
		}
	}
	var cmd tea.Cmd
	h.tl, cmd = h.tl.Update(msg)
	return h, cmd
}

func (h host) View() string { return h.tl.View() + fmt.Sprintf("\nopened %v", h.opened) }

func TestFlow(t *testing.T) {
	const w, ht = 100, 30
	tm := teatest.NewTestModel(t, host{tl: New(uitest.Common(w, ht), profile(t, progression))},
		teatest.WithInitialTermSize(w, ht+1))
	wait := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	wait("Lead · Beta")
	tm.Send(keyMsg("left"))
	wait("A talk")
	tm.Send(keyMsg("left"))
	wait("Senior · Alpha")
	tm.Send(keyMsg("enter"))
	wait("opened [2]")
	tm.Send(keyMsg("+"))
	tm.Send(keyMsg("+"))
	tm.Send(keyMsg("0"))
	tm.Send(keyMsg("down"))
	tm.Send(keyMsg("down"))
	tm.Send(keyMsg("down"))
	wait("▸ Undated job")
	tm.Send(keyMsg("enter"))
	wait("opened [2 1]")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(host)
	if len(final.opened) != 2 || final.opened[0] != 2 || final.opened[1] != 1 {
		t.Errorf("opened work entries %v, want [2 1] (Senior, then the undated job)", final.opened)
	}
	if got := selected(final.tl); got != "Undated job" {
		t.Errorf("ended on %q", got)
	}
	if final.tl.Viewport() != final.tl.Timeline().Fit() {
		t.Error("0 did not fit the whole career")
	}
}
