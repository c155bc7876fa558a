package sshserver

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Shutdown with live sessions: each program quits (the client gets its
// terminal back and a goodbye), connections close, Serve returns nil —
// even with a silent half-open connection around.
func TestGracefulShutdown(t *testing.T) {
	ts := startServer(t, nil)
	var cs []*client
	for i := range 3 {
		c := ts.mustDial(t)
		if i == 0 {
			c.send(t, "a")
		}
		c.waitFor(t, "probe frame=", 5*time.Second)
		cs = append(cs, c)
	}
	silent, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	start := time.Now()
	ts.cancel()
	select {
	case err := <-ts.served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return within 5s of shutdown")
	}
	ts.served <- nil // for the cleanup
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("shutdown took %v", d)
	}
	for i, c := range cs {
		c.waitEnd(t, 2*time.Second)
		if !strings.Contains(c.errs.String(), "shutting down") {
			t.Errorf("client %d got no goodbye: %q", i, c.errs.String())
		}
		if !strings.Contains(c.out.String(), "\x1b[?1049l") {
			t.Errorf("client %d: alternate screen not left", i)
		}
	}
	if _, err := net.DialTimeout("tcp", ts.addr, time.Second); err == nil {
		t.Error("still accepting after shutdown")
	}
}

const childEnv = "VITAE_SSHSERVER_SIGTERM_CHILD"

// A server process with live sessions exits cleanly on SIGTERM. The test
// binary runs itself as the server (see runChild).
func TestSIGTERMExitsCleanly(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSIGTERMExitsCleanly$")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "listening on "); ok {
				addrc <- a
			}
		}
	}()
	var addr string
	select {
	case addr = <-addrc:
	case <-time.After(10 * time.Second):
		t.Fatal("child did not report its address")
	}
	ts := &testServer{addr: addr}
	cfg := ts.clientConfig()
	cfg.HostKeyCallback = gossh.InsecureIgnoreHostKey() // a fresh key per child
	var cs []*client
	for range 3 {
		c, err := ts.dial(cfg, 80, 24)
		if err != nil {
			t.Fatal(err)
		}
		defer c.conn.Close()
		c.send(t, "a")
		c.waitFor(t, "key=[a]", 3*time.Second)
		cs = append(cs, c)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("server exited with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not exit within 10s of SIGTERM")
	}
	for _, c := range cs {
		c.waitEnd(t, 2*time.Second)
		if !strings.Contains(c.errs.String(), "shutting down") {
			t.Errorf("no goodbye: %q", c.errs.String())
		}
	}
}

// runChild is the server process of TestSIGTERMExitsCleanly, wired the way
// `vitae serve` is: signal.NotifyContext then Serve.
func runChild() int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	hk, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	s, err := New(Config{HostKey: hk, Factory: probeFactory(make(chan string, 1<<16)), ShutdownTimeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "listening on %s\n", ln.Addr())
	if err := s.Serve(ctx, ln); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
