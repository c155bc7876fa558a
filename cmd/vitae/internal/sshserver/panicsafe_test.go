package sshserver

import (
	"io"
	"log/slog"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// panicOf runs f and returns what it panicked with.
func panicOf(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

// innerCmds are the commands of a batch or sequence message.
func innerCmds(msg tea.Msg) []tea.Cmd {
	v := reflect.ValueOf(msg)
	if msg == nil || v.Kind() != reflect.Slice {
		return nil
	}
	var out []tea.Cmd
	for i := range v.Len() {
		out = append(out, v.Index(i).Interface().(tea.Cmd))
	}
	return out
}

// A command, and each command inside a batch or a sequence, panics with
// its message escaped.
func TestPanicSafeWrapsNestedCmds(t *testing.T) {
	evil := func() tea.Msg { panic("boom \x1b]0;pwned\x07") }
	m := panicSafe{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	escaped := func(name string, r any) {
		t.Helper()
		if e, ok := r.(escapedPanic); !ok || strings.ContainsAny(string(e), "\x1b\x07") || !strings.Contains(string(e), "pwned") {
			t.Errorf("%s: panicked with %T %q", name, r, r)
		}
	}
	escaped("cmd", panicOf(func() { m.cmd(evil)() }))
	for name, c := range map[string]tea.Cmd{"batch": tea.Batch(evil, evil), "sequence": tea.Sequence(evil, evil)} {
		inner := innerCmds(m.cmd(c)())
		if len(inner) != 2 {
			t.Fatalf("%s: %d inner commands", name, len(inner))
		}
		for _, c := range inner {
			escaped(name, panicOf(func() { c() }))
		}
	}
	escaped("view", panicOf(func() { panicSafe{inner: panicView{}, log: m.log}.View() }))
}

// panicView is a model whose View panics with escape sequences.
type panicView struct{}

func (panicView) Init() tea.Cmd                         { return nil }
func (p panicView) Update(tea.Msg) (tea.Model, tea.Cmd) { return p, nil }
func (panicView) View() string                          { panic("view \x1b[2J pwned") }
