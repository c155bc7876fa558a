package sshserver

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// newSigner makes a fresh ed25519 key for a test.
func newSigner(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// syncBuf is a bytes.Buffer safe for one writer and many readers.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuf) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// testServer is an in-process server on 127.0.0.1:0.
type testServer struct {
	*Server
	addr   string
	host   gossh.PublicKey
	logs   *syncBuf
	events chan string
	cancel context.CancelFunc
	served chan error
}

// startServer starts a server with the probe model; edit changes the config.
func startServer(t testing.TB, edit func(*Config), h ...hooks) *testServer {
	t.Helper()
	ts := &testServer{logs: &syncBuf{}, events: make(chan string, 4096)}
	hk := newSigner(t)
	cfg := Config{
		HostKey:         hk,
		Factory:         probeFactory(ts.events),
		Logger:          slog.New(slog.NewTextHandler(ts.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		MaxConnsPerAddr: 1000, MaxConns: 1000, RatePerAddr: 1e6, RateBurst: 1e6,
		ShutdownTimeout: 3 * time.Second,
	}
	if edit != nil {
		edit(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) > 0 {
		s.hooks = h[0]
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts.Server, ts.addr, ts.host, ts.cancel = s, ln.Addr().String(), hk.PublicKey(), cancel
	ts.served = make(chan error, 1)
	go func() { ts.served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-ts.served:
		case <-time.After(10 * time.Second):
			t.Error("server did not stop within 10s")
		}
	})
	return ts
}

// clientConfig authenticates with keys, or keyboard-interactive without.
func (ts *testServer) clientConfig(keys ...gossh.Signer) *gossh.ClientConfig {
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(
		func(string, string, []string, []bool) ([]string, error) { return nil, nil })}
	if len(keys) > 0 {
		auth = []gossh.AuthMethod{gossh.PublicKeys(keys...)}
	}
	return &gossh.ClientConfig{
		User: "tester", Auth: auth,
		HostKeyCallback: gossh.FixedHostKey(ts.host),
		Timeout:         5 * time.Second,
	}
}

// client is one connection with one pty session running the program.
type client struct {
	conn *gossh.Client
	sess *gossh.Session
	in   io.WriteCloser
	out  *syncBuf
	errs *syncBuf
	done chan error // the session's end
}

// dial connects with cfg and opens a w×h pty session with a shell, all
// within 5 seconds.
func (ts *testServer) dial(cfg *gossh.ClientConfig, w, h int) (*client, error) {
	nc, err := net.DialTimeout("tcp", ts.addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	_ = nc.SetDeadline(time.Now().Add(5 * time.Second))
	cc, chans, reqs, err := gossh.NewClientConn(nc, ts.addr, cfg)
	if err != nil {
		nc.Close()
		return nil, err
	}
	conn := gossh.NewClient(cc, chans, reqs)
	c, err := openSession(conn, w, h)
	if err != nil {
		conn.Close()
		return nil, err
	}
	_ = nc.SetDeadline(time.Time{})
	return c, nil
}

// openSession opens a pty session with a shell on conn.
func openSession(conn *gossh.Client, w, h int) (*client, error) {
	sess, err := conn.NewSession()
	if err != nil {
		return nil, err
	}
	c := &client{conn: conn, sess: sess, out: &syncBuf{}, errs: &syncBuf{}, done: make(chan error, 1)}
	sess.Stdout, sess.Stderr = c.out, c.errs
	if c.in, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		return nil, fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		return nil, fmt.Errorf("shell: %w", err)
	}
	go func() { c.done <- sess.Wait() }()
	return c, nil
}

// mustDial is dial that fails the test on error.
func (ts *testServer) mustDial(t testing.TB, keys ...gossh.Signer) *client {
	t.Helper()
	c, err := ts.dial(ts.clientConfig(keys...), 80, 24)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.conn.Close() })
	return c
}

// screen is the output so far with escape sequences removed.
func (c *client) screen() string { return ansi.Strip(c.out.String()) }

// waitFor waits up to d for substr on the screen.
func (c *client) waitFor(t testing.TB, substr string, d time.Duration) {
	t.Helper()
	if err := c.await(substr, d); err != nil {
		t.Fatal(err)
	}
}

// await waits up to d for substr on the screen; usable off the test goroutine.
func (c *client) await(substr string, d time.Duration) error {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if strings.Contains(c.screen(), substr) {
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return fmt.Errorf("no %q on screen within %v; screen tail: %q", substr, d, tail(c.screen(), 400))
}

// waitEnd waits up to d for the session to end.
func (c *client) waitEnd(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case <-c.done:
	case <-time.After(d):
		t.Fatalf("session did not end within %v", d)
	}
}

func (c *client) send(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(c.in, s); err != nil {
		t.Fatalf("send %q: %v", s, err)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// probe is the test program: it shows its frame count, size, last key and
// identity, and misbehaves on request.
type probe struct {
	sess    Session
	events  chan<- string
	animate bool
	frame   int
	w, h    int
	key     string
	panicV  bool
	big     bool // every frame redraws the whole (clamped) window
}

type tickMsg struct{}

func probeFactory(events chan<- string) Factory {
	return func(s Session) tea.Model {
		p := &probe{sess: s, events: events, w: s.Width, h: s.Height}
		p.event(fmt.Sprintf("start %dx%d id=%s", s.Width, s.Height, s.Identity.Fingerprint))
		return p
	}
}

// tick animates: every 50 ms, or every 5 ms in big mode (to fill a
// stuck client's window quickly).
func (p *probe) tick() tea.Cmd {
	d := 50 * time.Millisecond
	if p.big {
		d = 5 * time.Millisecond
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{} })
}

func (p *probe) Init() tea.Cmd { return nil }

func (p *probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m := msg.(type) {
	case tickMsg:
		p.frame++
		return p, p.tick()
	case tea.WindowSizeMsg:
		p.w, p.h = m.Width, m.Height
		p.event(fmt.Sprintf("size %dx%d", m.Width, m.Height))
	case tea.KeyMsg:
		p.key = m.String()
		switch p.key {
		case "q":
			return p, tea.Quit
		case "a":
			if !p.animate {
				p.animate = true
				return p, p.tick()
			}
		case "P":
			panic("probe: panic in Update \x1b]0;pwned\x07")
		case "V":
			p.panicV = true
		case "B":
			p.big = true
			if !p.animate {
				p.animate = true
				return p, p.tick()
			}
		case "C":
			return p, func() tea.Msg { panic("probe: panic in a Cmd") }
		case "ctrl+z":
			return p, tea.Suspend
		}
	}
	return p, nil
}

func (p *probe) event(e string) {
	select {
	case p.events <- e:
	default:
	}
}

func (p *probe) View() string {
	if p.panicV {
		panic("probe: panic in View")
	}
	if p.big { // every cell colored, the color changing each frame: ~600 KB
		p.event("big")
		line := strings.Repeat(fmt.Sprintf("\x1b[3%dmx", p.frame%8), p.w)
		return strings.Repeat(line+"\n", p.h)
	}
	return fmt.Sprintf("probe frame=%d size=%dx%d key=[%s] id=%s\nsecond line",
		p.frame, p.w, p.h, p.key, p.sess.Identity.Fingerprint)
}

// nextEvent waits up to d for an event with the prefix.
func (ts *testServer) nextEvent(t testing.TB, prefix string, d time.Duration) string {
	t.Helper()
	timeout := time.After(d)
	for {
		select {
		case e := <-ts.events:
			if strings.HasPrefix(e, prefix) {
				return e
			}
		case <-timeout:
			t.Fatalf("no %q event within %v", prefix, d)
			return ""
		}
	}
}

// waitLog waits up to d for substr in the server's logs.
func (ts *testServer) waitLog(t testing.TB, substr string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if strings.Contains(ts.logs.String(), substr) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Errorf("no %q in the logs within %v:\n%s", substr, d, ts.logs)
}
