package sshserver

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The input-idle timer ends a session whose screen keeps changing: the
// ssh library's IdleTimeout would not, since the server's own writes reset
// it. Key presses keep the session alive. Client and server share this
// process, so a machine that freezes it for longer than the idle time
// between two keys makes the run prove nothing: it is run again (twice at
// most) when the test saw such a gap.
func TestIdleTimeoutWhileAnimating(t *testing.T) {
	const idle = 800 * time.Millisecond
	for attempt := 1; ; attempt++ {
		gap, err := idleScenario(t, idle)
		if err == nil {
			return
		}
		if gap > idle/2 && attempt < 3 {
			t.Logf("attempt %d: the process stalled %v between two keys (%v); again", attempt, gap, err)
			continue
		}
		t.Fatal(err)
	}
}

// idleScenario types for twice the idle time, then stops; it returns the
// longest gap between two keys and what went wrong, if anything.
func idleScenario(t *testing.T, idle time.Duration) (time.Duration, error) {
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	c := ts.mustDial(t)
	defer c.conn.Close()
	c.send(t, "a") // start animating
	c.waitFor(t, "key=[a]", 5*time.Second)
	var gap time.Duration
	prev := time.Now()
	for range 16 { // 16 × 100 ms of typing: twice the idle time
		time.Sleep(100 * time.Millisecond)
		gap, prev = max(gap, time.Since(prev)), time.Now()
		if _, err := c.in.Write([]byte("x")); err != nil {
			return gap, fmt.Errorf("session ended while the user was typing: %q", c.errs.String())
		}
	}
	last := time.Now()
	before := len(c.out.String())
	select {
	case <-c.done:
	case <-time.After(idle + 3*time.Second):
		return gap, fmt.Errorf("session did not end %v after the last key", idle+3*time.Second)
	}
	if d := time.Since(last); d < idle {
		return gap, fmt.Errorf("session ended %v after the last key, before the idle timeout %v", d, idle)
	}
	if len(c.out.String()) <= before+200 {
		return gap, fmt.Errorf("the screen did not animate while idle; the test proves nothing")
	}
	if !strings.Contains(c.errs.String(), "without input") {
		return gap, fmt.Errorf("no goodbye on stderr: %q", c.errs.String())
	}
	return gap, nil
}

func TestMaxSessionLength(t *testing.T) {
	const maxLen = 500 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.MaxSession = maxLen })
	c := ts.mustDial(t)
	start := time.Now()
	c.send(t, "a")
	stop := time.After(5 * time.Second)
typing:
	for {
		select {
		case <-c.done:
			break typing
		case <-stop:
			t.Fatal("session outlived its maximum length")
		case <-time.After(50 * time.Millisecond):
			_, _ = c.in.Write([]byte("x"))
		}
	}
	if d := time.Since(start); d < maxLen {
		t.Errorf("session ended after %v, before its maximum %v", d, maxLen)
	}
	if !strings.Contains(c.errs.String(), "longest a session may last") {
		t.Errorf("no goodbye on stderr: %q", c.errs.String())
	}
}

// ctrl+z must never suspend: Bubble Tea v1 would signal the process group,
// stopping the server. (If it did, this test process would stop.)
func TestNoSuspend(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t)
	c.waitFor(t, "probe frame=0", 5*time.Second)
	c.send(t, "\x1a") // ctrl+z: the probe answers with tea.Suspend
	c.waitFor(t, "key=[ctrl+z]", 5*time.Second)
	c.send(t, "y")
	c.waitFor(t, "key=[y]", 5*time.Second)
}

// When the client's input ends the program quits, instead of running on.
func TestEndOfInputEndsSession(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t)
	c.waitFor(t, "probe frame=0", 5*time.Second)
	c.send(t, "a")
	if err := c.in.Close(); err != nil { // EOF on the channel
		t.Fatal(err)
	}
	c.waitEnd(t, 3*time.Second)
}
