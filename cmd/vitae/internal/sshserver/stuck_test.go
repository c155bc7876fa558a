package sshserver

import (
	"io"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// stuckClient opens a session whose output is never read and asks for
// big frames: once the channel's 2 MB window is full, the server's frame
// writes block. It returns when the program has stopped drawing (no frame
// for 300 ms), or skips the test if that takes longer than within.
func stuckClient(t *testing.T, ts *testServer, within time.Duration) {
	t.Helper()
	c, err := ts.handshake(t, "")
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe() // never read
	t.Cleanup(func() { pr.Close() })
	sess.Stdout = pw
	in, _ := sess.StdinPipe()
	if err := sess.RequestPty("xterm", 200, 500, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	_, _ = in.Write([]byte("B"))
	deadline := time.After(within)
	for {
		select {
		case <-ts.events:
		case <-time.After(300 * time.Millisecond):
			return // no frame for 300 ms: stuck writing
		case <-deadline:
			t.Skipf("the program still drew after %v: this machine is too slow to fill the window", within)
		}
	}
}

// A client that stops reading blocks its program mid-frame; the idle
// timeout still ends the session, by closing the channel under the
// program when it cannot quit within quitGrace.
func TestStuckClientTimesOut(t *testing.T) {
	const idle, grace = 1500 * time.Millisecond, 500 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.IdleTimeout, c.FPS = idle, 120 }, hooks{quitGrace: grace})
	start := time.Now()
	stuckClient(t, ts, idle-300*time.Millisecond)
	ts.waitLog(t, `msg="session end"`, idle+grace+3*time.Second)
	if d := time.Since(start); d < idle+grace-200*time.Millisecond {
		t.Errorf("session ended after %v: the program was not stuck, the test proves nothing", d)
	}
}

// Shutdown keeps its deadline even with a program stuck writing.
func TestShutdownDeadlineWithStuckClient(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.ShutdownTimeout, c.FPS = 500*time.Millisecond, 120 })
	stuckClient(t, ts, 3*time.Second)
	start := time.Now()
	ts.cancel()
	select {
	case <-ts.served:
		ts.served <- nil // for the cleanup
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return within 5s of shutdown")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("shutdown took %v with a 500ms deadline", d)
	}
}
