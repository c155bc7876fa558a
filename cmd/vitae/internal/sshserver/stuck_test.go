package sshserver

import (
	"io"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// stuckClient opens a session whose output is never read: once the
// channel's window is full, the server's frame writes block.
func stuckClient(t *testing.T, ts *testServer) {
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
	_, _ = in.Write([]byte("B")) // 100 KB frames, up to 120 a second
	time.Sleep(time.Second)      // the 2 MB window fills in 20 frames
}

// A client that stops reading blocks its program mid-frame; the maximum
// session length still ends the session, by closing the channel under the
// program when it cannot quit within quitGrace.
func TestStuckClientTimesOut(t *testing.T) {
	const maxLen = 1500 * time.Millisecond
	ts := startServer(t, func(c *Config) { c.MaxSession, c.FPS = maxLen, 120 })
	start := time.Now()
	stuckClient(t, ts)
	ts.waitLog(t, `msg="session end"`, maxLen+quitGrace+3*time.Second)
	if d := time.Since(start); d < maxLen+quitGrace-200*time.Millisecond {
		t.Errorf("session ended after %v: the program was not stuck, the test proves nothing", d)
	}
}

// Shutdown keeps its deadline even with a program stuck writing.
func TestShutdownDeadlineWithStuckClient(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.ShutdownTimeout, c.FPS = 500*time.Millisecond, 120 })
	stuckClient(t, ts)
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
