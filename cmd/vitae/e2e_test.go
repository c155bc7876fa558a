package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
)

// The end-to-end test runs the real binary under a pseudo-terminal and reads
// the screen through a terminal emulator. Every wait is bounded.
const (
	e2eCols     = 100
	e2eRows     = 30
	e2eWait     = 5 * time.Second // for one screen to appear
	e2ePoll     = 2 * time.Millisecond
	e2eExitWait = 5 * time.Second
	e2eReadSize = 32 << 10
)

// buildVitae builds the binary once per test binary run into dir.
func buildVitae(tb testing.TB, dir string) string {
	tb.Helper()
	bin := filepath.Join(dir, "vitae")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// screen is a running vitae under a pty, its output fed to a vt10x screen.
type screen struct {
	tb   testing.TB
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	term vt10x.Terminal
	done chan struct{} // closed when the output ends
}

// start runs bin at cols×rows under a pty.
func start(tb testing.TB, bin string, cols, rows int) *screen {
	tb.Helper()
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=", "NO_COLOR=1")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		tb.Fatalf("pty: %v", err)
	}
	s := &screen{tb: tb, cmd: cmd, pty: f, done: make(chan struct{}),
		term: vt10x.New(vt10x.WithSize(cols, rows), vt10x.WithWriter(f))}
	go s.pump()
	tb.Cleanup(func() {
		_ = f.Close()
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_, _ = cmd.Process.Wait()
		}
	})
	return s
}

// pump feeds the program's output to the emulator, keeping a rune split
// across reads for the next write.
func (s *screen) pump() {
	defer close(s.done)
	buf := make([]byte, e2eReadSize)
	var pending []byte
	for {
		n, err := s.pty.Read(buf)
		if n > 0 {
			s.answer(buf[:n])
			pending = append(pending, buf[:n]...)
			s.mu.Lock()
			w, _ := s.term.Write(pending)
			s.mu.Unlock()
			pending = append(pending[:0], pending[w:]...)
		}
		if err != nil {
			return
		}
	}
}

// Queries a real terminal answers and vt10x does not: the background color
// (OSC 11, which lipgloss asks to pick light or dark colors) and the device
// attributes (DA1, which termenv sends after it to bound the wait). Without
// answers termenv waits seconds before the first frame.
const (
	queryBackground  = "\x1b]11;?"
	answerBackground = "\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\"
	queryDA1         = "\x1b[c"
	answerDA1        = "\x1b[?62;22c"
)

// answer replies to the terminal queries in out, as xterm would.
func (s *screen) answer(out []byte) {
	if strings.Contains(string(out), queryBackground) {
		_, _ = io.WriteString(s.pty, answerBackground)
	}
	if strings.Contains(string(out), queryDA1) {
		_, _ = io.WriteString(s.pty, answerDA1)
	}
}

// text is the screen's text now.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.String()
}

// waitFor waits until every string in want is on the screen at once.
func (s *screen) waitFor(want ...string) string {
	s.tb.Helper()
	deadline := time.Now().Add(e2eWait)
	for {
		txt := s.text()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(txt, w)
		}
		if ok {
			return txt
		}
		if time.Now().After(deadline) {
			s.tb.Fatalf("screen never showed %q; it shows:\n%s", want, txt)
		}
		time.Sleep(e2ePoll)
	}
}

// waitGone waits until no string in gone is on the screen.
func (s *screen) waitGone(gone ...string) {
	s.tb.Helper()
	deadline := time.Now().Add(e2eWait)
	for {
		txt := s.text()
		found := false
		for _, g := range gone {
			found = found || strings.Contains(txt, g)
		}
		if !found {
			return
		}
		if time.Now().After(deadline) {
			s.tb.Fatalf("screen still shows one of %q:\n%s", gone, txt)
		}
		time.Sleep(e2ePoll)
	}
}

// press writes keys to the terminal.
func (s *screen) press(keys string) {
	s.tb.Helper()
	if _, err := io.WriteString(s.pty, keys); err != nil {
		s.tb.Fatalf("write keys: %v", err)
	}
}

// keyGap is the pause between keys typed one by one: quick typing, but
// each key its own read (runes read together arrive as one key message).
const keyGap = 5 * time.Millisecond

// typeKeys types text one key at a time.
func (s *screen) typeKeys(text string) {
	s.tb.Helper()
	for _, r := range text {
		s.press(string(r))
		time.Sleep(keyGap)
	}
}

// exit waits for the program to end and returns its exit code.
func (s *screen) exit() int {
	s.tb.Helper()
	waited := make(chan error, 1)
	go func() { waited <- s.cmd.Wait() }()
	select {
	case <-waited:
		return s.cmd.ProcessState.ExitCode()
	case <-time.After(e2eExitWait):
		s.tb.Fatalf("vitae did not exit; screen:\n%s", s.text())
		return -1
	}
}

// Keys as a terminal sends them.
const (
	keyEnter = "\r"
	keyTab   = "\t"
	keyEsc   = "\x1b"
)

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	s := start(t, buildVitae(t, t.TempDir()), e2eCols, e2eRows)

	roster := s.waitFor("vitae", "5 profiles", "Alejandro Colomina", "Andrea Medda", "q quit")
	for _, line := range strings.Split(roster, "\n") {
		if strings.ContainsRune(line, '\x1b') {
			t.Fatalf("raw escape on screen: %q", line)
		}
	}

	s.press(keyEnter) // the first person
	s.waitFor("Alejandro Colomina · Site Reliability Engineer", "Experience", "Timeline", "Flywire", "tab next tab")

	s.press(keyTab) // the timeline
	s.waitFor("Career", "Flywire", "earlier", "later")

	s.press("?") // full help for the timeline
	s.waitFor("go to tab", "zoom")
	s.press("?")

	s.press(keyEsc) // back to the roster
	s.waitFor("5 profiles", "Andrea Medda")
	s.waitGone("Career")

	s.typeKeys("skafka") // search every bullet, typed quickly: no key is lost

	s.waitFor("kafka", "Shopify")
	s.press(keyEsc)
	s.waitFor("5 profiles", "Andrea Medda")

	s.press(" " + "\x1b[B" + " " + "c") // mark two, compare
	s.waitFor("Compare", "Careers", "Skills")
	s.press(keyEsc)
	s.waitFor("5 profiles", "2 marked")

	s.press("q")
	if code := s.exit(); code != 0 {
		t.Fatalf("exit code %d", code)
	}
}

// BenchmarkStartToFirstFrame measures the time from starting the binary
// under a pty to the roster on screen, the embedded profiles loaded.
func BenchmarkStartToFirstFrame(b *testing.B) {
	bin := buildVitae(b, b.TempDir())
	b.ResetTimer()
	for range b.N {
		s := start(b, bin, e2eCols, e2eRows)
		s.waitFor("5 profiles", "Alejandro Colomina")
		b.StopTimer()
		s.press("q")
		s.exit()
		b.StartTimer()
	}
}
