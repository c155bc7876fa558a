package sshserver

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// handshake opens an authenticated connection without a session.
func (ts *testServer) handshake(t *testing.T, local string) (*gossh.Client, error) {
	t.Helper()
	d := net.Dialer{Timeout: 3 * time.Second}
	if local != "" {
		d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(local)}
	}
	nc, err := d.Dial("tcp", ts.addr)
	if err != nil {
		if local != "" {
			t.Skipf("cannot dial from %s: %v", local, err)
		}
		return nil, err
	}
	_ = nc.SetDeadline(time.Now().Add(3 * time.Second))
	cc, chans, reqs, err := gossh.NewClientConn(nc, ts.addr, ts.clientConfig())
	if err != nil {
		nc.Close()
		return nil, err
	}
	_ = nc.SetDeadline(time.Time{})
	c := gossh.NewClient(cc, chans, reqs)
	t.Cleanup(func() { c.Close() })
	return c, nil
}

func TestConnectionCaps(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxConns, c.MaxConnsPerAddr = 3, 2 })
	for i := range 2 {
		if _, err := ts.handshake(t, "127.0.0.1"); err != nil {
			t.Fatalf("connection %d: %v", i, err)
		}
	}
	if _, err := ts.handshake(t, "127.0.0.1"); err == nil {
		t.Fatal("third connection from one address got in (per-address cap 2)")
	}
	// Another loopback address still gets in, up to the total cap of 3.
	if _, err := ts.handshake(t, "127.0.0.2"); err != nil {
		t.Fatalf("other address: %v", err)
	}
	if _, err := ts.handshake(t, "127.0.0.3"); err == nil {
		t.Fatal("fourth connection got in (total cap 3)")
	}
	ts.waitLog(t, `reason="`+refuseAddr+`"`, 5*time.Second)
	ts.waitLog(t, `reason="`+refuseTotal+`"`, 5*time.Second)
}

func TestCapSlotsAreReleased(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxConns, c.MaxConnsPerAddr = 2, 2 })
	for i := range 6 { // three times the cap, one after the other
		c, err := ts.handshake(t, "")
		if err != nil {
			t.Fatalf("connection %d: %v", i, err)
		}
		c.Close()
		deadline := time.Now().Add(2 * time.Second)
		for ts.openConns() > 0 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
}

func (ts *testServer) openConns() int {
	ts.limits.mu.Lock()
	defer ts.limits.mu.Unlock()
	return ts.limits.total
}

func TestRateLimitPerAddress(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.RatePerAddr, c.RateBurst = 4, 2 })
	for i := range 2 {
		c, err := ts.handshake(t, "")
		if err != nil {
			t.Fatalf("connection %d within the burst: %v", i, err)
		}
		c.Close()
	}
	if _, err := ts.handshake(t, ""); err == nil {
		t.Fatal("third immediate connection got in (burst 2)")
	}
	ts.waitLog(t, `reason="`+refuseRate+`"`, 5*time.Second)
	time.Sleep(300 * time.Millisecond) // 4/s refills a token in 250 ms
	if _, err := ts.handshake(t, ""); err != nil {
		t.Fatalf("after the bucket refilled: %v", err)
	}
}

func TestLimiterTokenBucket(t *testing.T) {
	now := time.Unix(0, 0)
	l := newLimiter(Config{MaxConns: 100, MaxConnsPerAddr: 100, RatePerAddr: 1, RateBurst: 3})
	l.now = func() time.Time { return now }
	admitN := func() (n int) {
		for range 10 {
			if ok, _ := l.admit("a"); ok {
				n++
				l.release("a")
			}
		}
		return n
	}
	for _, tc := range []struct {
		wait time.Duration
		want int
	}{{0, 3}, {500 * time.Millisecond, 0}, {time.Second, 1}, {time.Hour, 3}} {
		now = now.Add(tc.wait)
		if got := admitN(); got != tc.want {
			t.Errorf("after %v: %d admitted, want %d", tc.wait, got, tc.want)
		}
	}
}

func TestAddrKey(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7:22":              "192.0.2.7",
		"[2001:db8:1:2:3:4:5:6]:22": "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::1]:9":  "2001:db8:1:2::/64",
		"[::ffff:192.0.2.7]:22":     "192.0.2.7",
	} {
		a, _ := net.ResolveTCPAddr("tcp", in)
		if got := addrKey(a); got != want {
			t.Errorf("addrKey(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestSessionsPerConnection(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessionsPerConn = 2 })
	c := ts.mustDial(t)
	c.waitFor(t, "probe frame=0", 5*time.Second)
	c2, err := openSession(c.conn, 80, 24)
	if err != nil {
		t.Fatalf("second session: %v", err)
	}
	c2.waitFor(t, "probe frame=0", 5*time.Second)
	c2.send(t, "q")
	c2.waitEnd(t, 3*time.Second)
	// The cap counts over the connection's life, so closing one session
	// does not make room: a client cannot open sessions forever on one
	// connection to dodge the per-connection rate limit.
	if _, err := openSession(c.conn, 80, 24); err == nil {
		t.Fatal("third session on one connection was opened")
	}
}

func TestHandshakeDeadline(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.HandshakeTimeout = 300 * time.Millisecond })
	t.Run("silent client", func(t *testing.T) {
		nc, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer nc.Close()
		_ = nc.SetReadDeadline(time.Now().Add(3 * time.Second))
		start := time.Now()
		buf := make([]byte, 512)
		for { // the server's banner, then EOF when it gives up on us
			if _, err := nc.Read(buf); err != nil {
				break
			}
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("silent connection held for %v", d)
		}
	})
	t.Run("authenticated but no session", func(t *testing.T) {
		c, err := ts.handshake(t, "")
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { c.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			t.Fatal("connection without a session held past the handshake deadline")
		}
	})
	t.Run("a session lifts it", func(t *testing.T) {
		c := ts.mustDial(t)
		c.waitFor(t, "probe frame=0", 5*time.Second)
		time.Sleep(500 * time.Millisecond)
		c.send(t, "x")
		c.waitFor(t, "key=[x]", 5*time.Second)
	})
}

func TestWindowSizesClamped(t *testing.T) {
	ts := startServer(t, nil)
	c, err := ts.dial(ts.clientConfig(), 1<<31-1, 1<<31-1)
	if err != nil {
		t.Fatal(err)
	}
	defer c.conn.Close()
	want := func(prefix, size string) {
		t.Helper()
		if e := ts.nextEvent(t, prefix, 2*time.Second); !strings.HasSuffix(strings.Fields(e)[1], size) {
			t.Errorf("%s: %q, want %s", prefix, e, size)
		}
	}
	want("start", "500x200")
	want("size", "500x200")
	for _, tc := range []struct {
		w, h int
		want string
	}{
		{0, 0, "20x5"}, {1, 1, "20x5"}, {4000, 4000, "500x200"}, {120, 40, "120x40"},
	} {
		if err := c.sess.WindowChange(tc.h, tc.w); err != nil {
			t.Fatal(err)
		}
		want("size", tc.want)
	}
}

func TestSessionRequestsFiltered(t *testing.T) {
	ts := startServer(t, nil)
	c, err := ts.handshake(t, "")
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	refused := 0
	for i := range maxEnvPerSession + 50 {
		if err := sess.Setenv(fmt.Sprintf("V%d", i), "x"); err != nil {
			refused++
		}
	}
	if refused != 50 {
		t.Errorf("%d env requests refused, want the 50 past the cap of %d", refused, maxEnvPerSession)
	}
	if ok, err := sess.SendRequest("auth-agent-req@openssh.com", true, nil); ok || err != nil {
		t.Errorf("agent forwarding accepted (%v, %v)", ok, err)
	}
	out := &syncBuf{}
	sess.Stdout = out
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	cl := &client{out: out}
	cl.waitFor(t, "probe frame=0", 5*time.Second)
}

// A flood of refused connections logs about one line a second for each
// reason, with a count of the lines held back.
func TestRefusalLogsThrottled(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxConnsPerAddr = 1 })
	if _, err := ts.handshake(t, ""); err != nil {
		t.Fatal(err)
	}
	for range 30 {
		if nc, err := net.Dial("tcp", ts.addr); err == nil {
			_, _ = nc.Read(make([]byte, 1)) // until the server closes it
			nc.Close()
		}
	}
	time.Sleep(1100 * time.Millisecond)
	if nc, err := net.Dial("tcp", ts.addr); err == nil {
		_, _ = nc.Read(make([]byte, 1))
		nc.Close()
	}
	ts.waitLog(t, "not_logged_since_last=29", 5*time.Second)
	if n := strings.Count(ts.logs.String(), `"connection refused"`); n != 2 {
		t.Errorf("%d refusal lines for 31 refusals a second apart, want 2", n)
	}
}
