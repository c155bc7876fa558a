package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hinshun/vt10x"
	gossh "golang.org/x/crypto/ssh"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model"
)

// served is a running `vitae serve` and what it printed at start.
type served struct {
	cmd         *exec.Cmd
	addr        string
	fingerprint string
	stderr      *lockedBuf
}

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs `vitae serve` on a free loopback port and waits for it to
// print its host key fingerprint and address.
func startServe(t *testing.T, bin string, args ...string) *served {
	t.Helper()
	args = append([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "hk")}, args...)
	s := &served{cmd: exec.Command(bin, args...), stderr: &lockedBuf{}}
	pipe, err := s.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if s.cmd.ProcessState == nil {
			_ = s.cmd.Process.Kill()
			_, _ = s.cmd.Process.Wait()
		}
	})
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			line := sc.Text()
			s.stderr.Write([]byte(line + "\n"))
			if fp, ok := strings.CutPrefix(line, "host key SHA256:"); ok {
				s.fingerprint = "SHA256:" + fp
			}
			if a, ok := strings.CutPrefix(line, "listening on "); ok {
				s.addr = a
				close(ready)
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		t.Fatalf("vitae serve did not start; stderr:\n%s", s.stderr)
	}
	return s
}

// sshScreen is one ssh session read through a terminal emulator.
type sshScreen struct {
	t    *testing.T
	conn *gossh.Client
	sess *gossh.Session
	in   io.Writer
	mu   sync.Mutex
	term vt10x.Terminal
	done chan error
}

// dialScreen connects, checking the host key against the printed
// fingerprint, and opens a cols×rows pty session.
func (s *served) dialScreen(t *testing.T, cols, rows int) *sshScreen {
	t.Helper()
	signer := newTestSigner(t)
	cfg := &gossh.ClientConfig{
		User: "interviewer", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)}, Timeout: 5 * time.Second,
		HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error {
			if gossh.FingerprintSHA256(k) != s.fingerprint {
				t.Errorf("host key %s, printed %s", gossh.FingerprintSHA256(k), s.fingerprint)
			}
			return nil
		},
	}
	conn, err := gossh.Dial("tcp", s.addr, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	sc := &sshScreen{t: t, conn: conn, sess: sess, term: vt10x.New(vt10x.WithSize(cols, rows)), done: make(chan error, 1)}
	sess.Stdout = sc
	if sc.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", rows, cols, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { sc.done <- sess.Wait() }()
	return sc
}

func (sc *sshScreen) Write(p []byte) (int, error) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.term.Write(p)
}

func (sc *sshScreen) text() string {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.term.String()
}

func (sc *sshScreen) resize(cols, rows int) {
	sc.mu.Lock()
	sc.term.Resize(cols, rows)
	sc.mu.Unlock()
	if err := sc.sess.WindowChange(rows, cols); err != nil {
		sc.t.Fatal(err)
	}
}

func (sc *sshScreen) waitFor(want ...string) {
	sc.t.Helper()
	deadline := time.Now().Add(e2eWait)
	for {
		txt := sc.text()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(txt, w)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			sc.t.Fatalf("screen never showed %q; it shows:\n%s", want, txt)
		}
		time.Sleep(e2ePoll)
	}
}

func (sc *sshScreen) press(keys string) {
	sc.t.Helper()
	if _, err := io.WriteString(sc.in, keys); err != nil {
		sc.t.Fatal(err)
	}
}

func (sc *sshScreen) waitEnd() {
	sc.t.Helper()
	select {
	case <-sc.done:
	case <-time.After(e2eExitWait):
		sc.t.Fatalf("session did not end; screen:\n%s", sc.text())
	}
}

func newTestSigner(t *testing.T) gossh.Signer {
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

// embeddedNames are the names the roster shows for the embedded profiles.
func embeddedNames(t *testing.T) []string {
	var names []string
	for _, p := range data.LoadEmbedded().Profiles {
		if n := model.SanitizeLine(p.Name()); n != "" {
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		t.Fatalf("want at least 2 named embedded profiles, have %v", names)
	}
	return names
}

// The real binary, served: a client sees the roster of the embedded
// profiles, navigates, resizes and quits; the host key fingerprint printed
// at start is the one the client sees; SIGTERM with live sessions exits 0.
func TestServeEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVitae(t, t.TempDir())
	srv := startServe(t, bin)
	names := embeddedNames(t)

	sc := srv.dialScreen(t, 100, 30)
	sc.waitFor(names[0], names[1])
	sc.press("j")
	sc.press(keyEnter)
	sc.waitFor(names[1], "Skills") // the taxonomy reaches served sessions
	sc.resize(60, 20)
	sc.waitFor("60×20")
	sc.resize(120, 40)
	sc.waitFor(names[1])
	sc.press(keyEsc)
	sc.waitFor(names[0])
	sc.press("q")
	sc.waitEnd()

	live := []*sshScreen{srv.dialScreen(t, 80, 24), srv.dialScreen(t, 120, 40)}
	for _, l := range live {
		l.waitFor(names[0])
	}
	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("vitae serve exited with %v; stderr:\n%s", err, srv.stderr)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("vitae serve did not exit within 15s of SIGTERM")
	}
	for _, l := range live {
		l.waitEnd()
	}
	for _, want := range []string{"public: anyone may connect", "host public key ssh-ed25519 AAAA", "msg=connect", "msg=authenticated", "msg=disconnect", "stopped"} {
		if !strings.Contains(srv.stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, srv.stderr)
		}
	}
}

// Start-up refuses bad input before listening, saying which file and line.
func TestServeStartupErrors(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "team.keys")
	good := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(newTestSigner(t).PublicKey())))
	if err := os.WriteFile(keys, []byte("# team\n"+good+" alice\nssh-ed25519 garbage bob\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	badKey := filepath.Join(dir, "corrupt_hk")
	if err := os.WriteFile(badKey, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--host-key", filepath.Join(dir, "hk"), "--authorized-keys", keys, "--listen", "127.0.0.1:0"}, 1, keys + ":3: not an OpenSSH public key"},
		{[]string{"--host-key", badKey, "--listen", "127.0.0.1:0"}, 1, "host key " + badKey + ": not a usable private key"},
		{[]string{"--idle-timeout", "0"}, 2, "--idle-timeout must be positive"},
		{[]string{"--fps", "x"}, 2, "invalid value"},
	} {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, clock: model.FixedClock(time.Unix(0, 0)), getenv: func(string) string { return "" }, isTTY: func(any) bool { return false }}
		if code := run(e, append([]string{"serve"}, tc.args...)); code != tc.code || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errb.String(), tc.code, tc.want)
		}
		if strings.Contains(errb.String(), "listening on") {
			t.Errorf("%v: listened despite the error", tc.args)
		}
	}
}
