package sshserver

import (
	"strings"
	"testing"
	"time"
)

// The input-idle timer ends a session whose screen keeps changing: the
// ssh library's IdleTimeout would not, since the server's own writes reset
// it. Key presses keep the session alive.
func TestIdleTimeoutWhileAnimating(t *testing.T) {
	const idle = 800 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	c := ts.mustDial(t)
	c.send(t, "a") // start animating
	c.waitFor(t, "key=[a]", 5*time.Second)
	for range 16 { // 16 × 100 ms of typing: twice the idle time
		time.Sleep(100 * time.Millisecond)
		c.send(t, "x")
	}
	select {
	case <-c.done:
		t.Fatal("session ended while the user was typing")
	default:
	}
	last := time.Now()
	before := len(c.out.String())
	c.waitEnd(t, idle+2*time.Second)
	if len(c.out.String()) <= before+200 {
		t.Error("the screen did not animate while idle; the test proves nothing")
	}
	if d := time.Since(last); d < idle {
		t.Errorf("session ended %v after the last key, before the idle timeout %v", d, idle)
	}
	if !strings.Contains(c.errs.String(), "without input") {
		t.Errorf("no goodbye on stderr: %q", c.errs.String())
	}
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
