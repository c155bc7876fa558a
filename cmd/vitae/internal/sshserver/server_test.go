package sshserver

import (
	"github.com/charmbracelet/lipgloss"
	"strings"
	"testing"
	"time"
)

func TestSessionShowsFrameAndTakesKeys(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t)
	c.waitFor(t, "probe frame=0 size=80x24", 5*time.Second)
	c.send(t, "x")
	c.waitFor(t, "key=[x]", 5*time.Second)
	if err := c.sess.WindowChange(30, 100); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, "size=100x30", 5*time.Second)
	c.send(t, "q")
	c.waitEnd(t, 3*time.Second)
}

// A client that never answers terminal queries (this one answers nothing)
// sees the first frame, and its first key is not swallowed: the server
// sends no query at all. (wish's MakeRenderer sends OSC 11 and DA1 and
// waits a second or more for answers, reading the client's input.)
func TestNoTerminalQueries(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t)
	start := time.Now()
	c.send(t, "k")
	c.waitFor(t, "key=[k]", 5*time.Second)
	t.Logf("first key drawn %v after the shell started", time.Since(start))
	for _, q := range []string{"\x1b]11;?", "\x1b]10;?", "\x1b[c", "\x1b[6n", "\x1b[>"} {
		if strings.Contains(c.out.String(), q) {
			t.Errorf("the server queried the terminal with %q", q)
		}
	}
}

// The renderer settles its color profile and background from the
// environment without writing a byte to the terminal.
func TestRendererWritesNothing(t *testing.T) {
	out := &syncBuf{}
	r := newRenderer(out, []string{"TERM=xterm-256color"})
	_ = r.ColorProfile()
	_ = r.HasDarkBackground()
	_ = r.NewStyle().Foreground(lipgloss.AdaptiveColor{Light: "#000", Dark: "#fff"}).Render("x")
	if out.String() != "" {
		t.Fatalf("the renderer wrote %q to the terminal", out.String())
	}
}

func TestRendererColorsFromEnvironment(t *testing.T) {
	for _, tc := range []struct {
		env  []string
		want string
	}{
		{[]string{"TERM=xterm-256color"}, "ANSI256"},
		{[]string{"COLORTERM=truecolor", "TERM=xterm-256color"}, "TrueColor"},
		{[]string{"NO_COLOR=1", "TERM=xterm-256color"}, "Ascii"},
		{[]string{"TERM=dumb"}, "Ascii"},
		{nil, "Ascii"},
		{[]string{"TERM=xterm"}, "ANSI"},
	} {
		r := newRenderer(&syncBuf{}, tc.env)
		got := [...]string{"TrueColor", "ANSI256", "ANSI", "Ascii"}[r.ColorProfile()]
		if got != tc.want || !r.HasDarkBackground() {
			t.Errorf("%v: profile %s dark %v, want %s dark", tc.env, got, r.HasDarkBackground(), tc.want)
		}
	}
}
