package sshserver

import (
	"fmt"
	"log/slog"
	"reflect"
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"
)

// panicSafe wraps a session's model so that a panic in its Init, Update,
// View or Cmds reaches Bubble Tea with its message escaped. Bubble Tea's
// own recovery (kept on: it restores the session and ends only its
// program) prints the panic value with fmt.Printf to the process's
// stdout — the operator's terminal — and a panic message may carry client
// text (a profile field, a TERM, a key), escape sequences included. The
// original value and stack go to the server's log, escaped.
type panicSafe struct {
	inner tea.Model
	log   *slog.Logger
}

// escapedPanic is what a wrapped panic re-panics with: the original
// value as escaped text.
type escapedPanic string

// rethrow recovers a panic, logs it and panics again with the message
// escaped. It must be deferred directly.
func (m panicSafe) rethrow() {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(escapedPanic); ok {
		panic(e) // escaped already, by an inner wrapper
	}
	msg := escape(fmt.Sprint(r))
	m.log.Error("panic in program", "panic", msg, "stack", string(debug.Stack()))
	panic(escapedPanic(msg))
}

// Init starts the wrapped model.
func (m panicSafe) Init() tea.Cmd {
	defer m.rethrow()
	return m.cmd(m.inner.Init())
}

// Update passes msg on.
func (m panicSafe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	defer m.rethrow()
	next, cmd := m.inner.Update(msg)
	return panicSafe{inner: next, log: m.log}, m.cmd(cmd)
}

// View draws the wrapped model.
func (m panicSafe) View() string {
	defer m.rethrow()
	return m.inner.View()
}

// cmd wraps a command, and the commands of the batch or sequence it
// returns, the same way.
func (m panicSafe) cmd(c tea.Cmd) tea.Cmd {
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		defer m.rethrow()
		return m.msg(c())
	}
}

// cmdType is the type of a command.
var cmdType = reflect.TypeOf(tea.Cmd(nil))

// msg wraps the commands inside a batch or a sequence message. Bubble Tea's
// sequence message is unexported, so any slice of tea.Cmd is rebuilt, as
// its own type, with each command wrapped.
func (m panicSafe) msg(msg tea.Msg) tea.Msg {
	v := reflect.ValueOf(msg)
	if msg == nil || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(m.cmd(c)))
	}
	return out.Interface()
}
