package sshserver

import (
	"strings"
	"sync"
	"testing"
	"time"
)

// countingWriter records each write.
type countingWriter struct {
	mu     sync.Mutex
	writes []string
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes = append(c.writes, string(p))
	return len(p), nil
}

func (c *countingWriter) snapshot() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.writes...)
}

func TestFrameWriterDrawsChangesOnly(t *testing.T) {
	cw := &countingWriter{}
	fw := newFrameWriter(cw, 10, 3, 1000)
	if w := cw.snapshot(); len(w) != 1 || w[0] != enterModes {
		t.Fatalf("start: %q", w)
	}
	fw.show("one\ntwo\nthree\nfour") // four lines on a three-line window
	w := cw.snapshot()
	if len(w) != 2 || w[1] != "\x1b[1Hone\x1b[K\x1b[2Htwo\x1b[K\x1b[3Hthree\x1b[K" {
		t.Fatalf("first frame drawn as %q", w[1:])
	}
	for range 1000 { // an idle session: the same frame again and again
		fw.show("one\ntwo\nthree\nfour")
	}
	time.Sleep(5 * time.Millisecond)
	if n := len(cw.snapshot()); n != 2 {
		t.Fatalf("unchanged frames caused %d writes", n-2)
	}
	fw.show("one\nTWO IS WIDER THAN TEN") // one line changed, one cut, one gone
	time.Sleep(5 * time.Millisecond)
	w = cw.snapshot()
	if got, want := w[len(w)-1], "\x1b[2HTWO IS WID\x1b[3H\x1b[K"; got != want {
		t.Fatalf("change drawn as %q, want %q", got, want)
	}
	fw.resize(12, 3)
	fw.show("one\nTWO IS WIDER THAN TEN")
	time.Sleep(5 * time.Millisecond)
	w = cw.snapshot()
	if !strings.HasPrefix(w[len(w)-1], "\x1b[2J\x1b[1Hone") || !strings.Contains(w[len(w)-1], "TWO IS WIDER") {
		t.Fatalf("after a resize the frame is not redrawn in full: %q", w[len(w)-1])
	}
	fw.close()
	fw.show("after close")
	w = cw.snapshot()
	if w[len(w)-1] != leaveModes {
		t.Fatalf("after close: %q", w[len(w)-1])
	}
}

// A change after a quiet moment is drawn at once; a burst is coalesced to
// at most one write per frame gap, and its last frame is the one shown.
func TestFrameWriterCoalescesBursts(t *testing.T) {
	cw := &countingWriter{}
	fw := newFrameWriter(cw, 20, 5, 10) // 100 ms gap
	fw.show("first")
	if n := len(cw.snapshot()); n != 2 {
		t.Fatalf("first frame not drawn at once (%d writes)", n)
	}
	for i := range 50 {
		fw.show(strings.Repeat("x", i%20))
	}
	fw.show("last")
	if n := len(cw.snapshot()); n != 2 {
		t.Fatalf("burst inside the gap drawn at once: %d writes", n-2)
	}
	time.Sleep(250 * time.Millisecond)
	w := cw.snapshot()
	if len(w) != 3 || !strings.HasPrefix(w[2], "\x1b[1Hlast") {
		t.Fatalf("burst not coalesced into its last frame: %q", w[2:])
	}
	fw.close()
}
