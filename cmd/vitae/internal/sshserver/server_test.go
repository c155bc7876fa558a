package sshserver

import (
	"strings"
	"testing"
	"time"
)

func TestSessionShowsFrameAndTakesKeys(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t)
	c.waitFor(t, "probe frame=0 size=80x24", 2*time.Second)
	c.send(t, "x")
	c.waitFor(t, "key=[x]", 2*time.Second)
	if err := c.sess.WindowChange(30, 100); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, "size=100x30", 2*time.Second)
	c.send(t, "q")
	c.waitEnd(t, 3*time.Second)
}

// A client that never answers terminal queries (this one answers nothing)
// sees the first frame at once, and its first key is not swallowed.
// wish's MakeRenderer waits up to a second or more for answers.
func TestNoTerminalQueries(t *testing.T) {
	ts := startServer(t, nil)
	start := time.Now()
	c := ts.mustDial(t)
	c.send(t, "k")
	c.waitFor(t, "key=[k]", 2*time.Second)
	if d := time.Since(start); d > 700*time.Millisecond {
		t.Errorf("first key shown after %v; the renderer must not wait on the terminal", d)
	}
	for _, q := range []string{"\x1b]11;?", "\x1b[c", "\x1b[6n"} {
		if strings.Contains(c.out.String(), q) {
			t.Errorf("the server queried the terminal with %q", q)
		}
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
