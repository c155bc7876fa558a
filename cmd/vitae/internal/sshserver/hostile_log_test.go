package sshserver

import (
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/internal/hostile"
	gossh "golang.org/x/crypto/ssh"
)

// Limits on what one hostile connection sends, so that the whole corpus
// runs in seconds: user names and TERMs are cut to hostileMaxValue bytes;
// a version line is at most 255 bytes (RFC 4253) and x/crypto's client
// refuses one with bytes below 0x20, so those are left out of versions.
const (
	hostileMaxValue = 4 << 10
	hostileWorkers  = 6
)

// hostileVersion makes a client version line of s that x/crypto sends.
func hostileVersion(s string) string {
	v := []byte("SSH-2.0-")
	for i := 0; i < len(s) && len(v) < 250; i++ {
		if s[i] >= 0x20 {
			v = append(v, s[i])
		}
	}
	return string(v)
}

// hostileSession connects as user with version, opens a pty session with
// term and starts the program, then hangs up.
func (ts *testServer) hostileSession(t *testing.T, user, term, version string) {
	cfg := ts.clientConfig(newSigner(t))
	cfg.User, cfg.ClientVersion = user, version
	nc, err := net.DialTimeout("tcp", ts.addr, 5*time.Second)
	if err != nil {
		t.Error(err)
		return
	}
	defer nc.Close()
	_ = nc.SetDeadline(time.Now().Add(10 * time.Second))
	cc, chans, reqs, err := gossh.NewClientConn(nc, ts.addr, cfg)
	if err != nil {
		t.Errorf("handshake as %q: %v", user, err)
		return
	}
	conn := gossh.NewClient(cc, chans, reqs)
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		t.Error(err)
		return
	}
	sess.Stdout = io.Discard
	if err := sess.RequestPty(term, 24, 80, gossh.TerminalModes{}); err != nil {
		t.Error(err)
		return
	}
	if err := sess.Shell(); err != nil {
		t.Error(err)
	}
}

// TestHostileCorpusInLogs connects once per corpus string, which is the
// ssh user name, the TERM of the session and (what x/crypto lets a client
// send of it) the client version, each time a different string in each
// role. The logs must hold every connection and no raw control byte.
func TestHostileCorpusInLogs(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of connections")
	}
	corpus := hostile.Corpus()
	ts := startServer(t, nil)
	cut := func(s string) string { return s[:min(len(s), hostileMaxValue)] }
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range hostileWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				ts.hostileSession(t, cut(corpus[i]), cut(corpus[(i+1)%len(corpus)]),
					hostileVersion(corpus[(i+2)%len(corpus)]))
			}
		}()
	}
	for i := range corpus {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	// Each kind of line is written from its own goroutine, so wait for all
	// of them, not only the disconnects (bounded).
	kinds := []string{"msg=authenticated", "msg=session ", "msg=disconnect"}
	complete := func(logs string) bool {
		for _, what := range kinds {
			if strings.Count(logs, what) < len(corpus) {
				return false
			}
		}
		return true
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && !complete(ts.logs.String()) {
		time.Sleep(20 * time.Millisecond)
	}
	logs := ts.logs.String()
	for _, what := range kinds {
		if n := strings.Count(logs, what); n < len(corpus) {
			t.Errorf("%d %q lines for %d connections", n, what, len(corpus))
		}
	}
	assertNoControls(t, logs)
	for _, want := range []string{`\x1b]52;c;`, `\u202e`, `\x9b`, `\u009b`} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs do not show %s escaped", want)
		}
	}
}

// captureStdout runs f with os.Stdout going to a pipe and returns what
// was written. Bubble Tea prints caught panics there.
func captureStdout(t *testing.T, f func()) string {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	func() {
		defer func() { os.Stdout = saved }()
		f()
	}()
	w.Close()
	return <-done
}

// TestPanicMessageEscapedOnStdout makes the program panic in Update, View
// and a Cmd with a message holding escape sequences: Bubble Tea prints the
// panic to the server's stdout, which must show it escaped.
func TestPanicMessageEscapedOnStdout(t *testing.T) {
	out := captureStdout(t, func() {
		for _, key := range []string{"P", "V", "C"} {
			ts := startServer(t, nil)
			c := ts.mustDial(t, newSigner(t))
			c.waitFor(t, "probe frame=0", 5*time.Second)
			c.send(t, key)
			c.waitEnd(t, 5*time.Second)
			ts.waitLog(t, "panic contained", 2*time.Second)
			ts.cancel()
			<-ts.served
			ts.served <- nil // for the cleanup
		}
	})
	if !strings.Contains(out, "panic") {
		t.Fatalf("no panic printed on stdout: %q", out)
	}
	for i, r := range out {
		if r == 0x1b || r == 0x07 || r >= 0x80 && r < 0xa0 {
			t.Fatalf("raw %U on stdout at %d: %q", r, i, out)
		}
	}
}
