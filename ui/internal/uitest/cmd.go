package uitest

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// QuickCmd bounds how long a test waits for a command it expects to finish
// at once, even on a loaded machine; slower ones (a cursor blink is
// 530ms) are dropped.
const QuickCmd = 400 * time.Millisecond

// maxBatch bounds how many commands one batch may hold.
const maxBatch = 64

// Run runs cmd and the commands of any batch it returns, all in parallel,
// and returns the messages that arrived within QuickCmd, batches flattened,
// in the batches' order.
func Run(cmd tea.Cmd) []tea.Msg {
	return RunWithin(cmd, QuickCmd)
}

// RunWithin is Run with its own bound on the wait.
func RunWithin(cmd tea.Cmd, d time.Duration) []tea.Msg {
	return runUntil(cmd, time.Now().Add(d))
}

// runUntil runs cmd, giving up at deadline.
func runUntil(cmd tea.Cmd, deadline time.Time) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(time.Until(deadline)):
		return nil
	}
	b, ok := msg.(tea.BatchMsg)
	if !ok {
		if msg == nil {
			return nil
		}
		return []tea.Msg{msg}
	}
	b = b[:min(len(b), maxBatch)]
	results := make([][]tea.Msg, len(b))
	var wg sync.WaitGroup
	for i, sub := range b {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = runUntil(sub, deadline)
		}()
	}
	wg.Wait()
	var out []tea.Msg
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}
