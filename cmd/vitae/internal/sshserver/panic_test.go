package sshserver

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A panic anywhere in a session ends that session (or connection) only:
// the next client is served. Without the recovers, the test binary dies.
func TestPanicContainment(t *testing.T) {
	for _, tc := range []struct {
		name string
		site site   // a hook site that panics once, or -1
		key  string // a key that makes the program panic
	}{
		{"Update", -1, "P"},
		{"View", -1, "V"},
		{"Cmd", -1, "C"},
		{"middleware", siteMiddleware, ""},
		{"auth callback (handshake)", siteAuth, ""},
		{"conn callback (before handshake)", siteConn, ""},
		{"session channel", siteChannel, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fired atomic.Bool
			h := hooks{at: func(s site) {
				if s == tc.site && fired.CompareAndSwap(false, true) {
					panic("injected panic \x1b[2J\x1b]0;pwned\x07")
				}
			}}
			ts := startServer(t, nil, h)
			c, err := ts.dial(ts.clientConfig(newSigner(t)), 80, 24)
			if tc.key != "" {
				if err != nil {
					t.Fatal(err)
				}
				c.waitFor(t, "probe frame=0", 5*time.Second)
				c.send(t, tc.key)
			}
			if err == nil {
				c.waitEnd(t, 3*time.Second)
				c.conn.Close()
			}
			if tc.key == "" && !fired.Load() {
				t.Fatal("the hook never ran")
			}
			ts.waitLog(t, "panic contained", 5*time.Second)
			if tc.key == "" {
				ts.waitLog(t, "pwned", time.Second)
				if logs := ts.logs.String(); strings.ContainsAny(logs, "\x1b\x07") {
					t.Errorf("raw control bytes in the logs: %q", logs)
				}
			}
			next := ts.mustDial(t, newSigner(t))
			next.send(t, "k")
			next.waitFor(t, "key=[k]", 5*time.Second)
		})
	}
}
