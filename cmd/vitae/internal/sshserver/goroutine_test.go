package sshserver

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// After 100 sessions close, half by quitting and half by the client
// dropping the connection, the goroutine count is back to where it was.
func TestNoGoroutinesLeft(t *testing.T) {
	ts := startServer(t, nil)
	warm := ts.mustDial(t) // let lazily started runtime goroutines start
	warm.waitFor(t, "probe frame=0", 5*time.Second)
	warm.send(t, "q")
	warm.waitEnd(t, 3*time.Second)
	warm.conn.Close()
	base := settle(t, -1)

	const n, batch = 100, 10
	for i := 0; i < n; i += batch {
		var wg sync.WaitGroup
		for j := range batch {
			wg.Go(func() {
				c, err := ts.dial(ts.clientConfig(), 80, 24)
				if err != nil {
					t.Error(err)
					return
				}
				defer c.conn.Close()
				_, _ = c.in.Write([]byte("a")) // animating, to close mid-frame
				if err := c.await("key=[a]", 3*time.Second); err != nil {
					t.Error(err)
					return
				}
				if (i+j)%2 == 0 {
					_, _ = c.in.Write([]byte("q"))
					select {
					case <-c.done:
					case <-time.After(3 * time.Second):
						t.Error("session did not end after q")
					}
				}
				// else: the deferred Close drops the connection abruptly
			})
		}
		wg.Wait()
	}
	if got := settle(t, base); got > base {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after %d sessions, %d before:\n%s", got, n, base, buf[:runtime.Stack(buf, true)])
	}
}

// settle waits (up to 5 s) for the goroutine count to stop changing, or to
// reach want when want ≥ 0, and returns it.
func settle(t *testing.T, want int) int {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	last, stable := runtime.NumGoroutine(), 0
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		n := runtime.NumGoroutine()
		if want >= 0 && n <= want {
			return n
		}
		if n == last {
			stable++
		} else {
			stable, last = 0, n
		}
		if want < 0 && stable >= 25 {
			return n
		}
	}
	return runtime.NumGoroutine()
}

// A session whose handler ended early (here a panic in a middleware) still
// has its window changes read: otherwise the ssh library's request loop
// blocks on the second one for ever, and its goroutine outlives the
// connection.
func TestEarlyEndLeavesNoGoroutine(t *testing.T) {
	var fired atomic.Int32
	ts := startServer(t, nil, hooks{at: func(s site) {
		if s == siteMiddleware && fired.Add(1) <= 20 {
			panic("refuse this session")
		}
	}})
	base := settle(t, -1)
	for n := range 20 {
		c, err := ts.handshake(t, "")
		if err != nil {
			t.Fatal(err)
		}
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		// Resize once the handler is over: the library's window-change
		// handler and its Pty() race (a data race in charmbracelet/ssh).
		for deadline := time.Now().Add(5 * time.Second); strings.Count(ts.logs.String(), "panic contained") <= n &&
			time.Now().Before(deadline); {
			time.Sleep(2 * time.Millisecond)
		}
		for i := range 3 {
			_ = sess.WindowChange(24+i, 80+i)
		}
		c.Close()
	}
	if got := settle(t, base); got > base {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after 20 sessions that ended early, %d before:\n%s", got, base, buf[:runtime.Stack(buf, true)])
	}
}
