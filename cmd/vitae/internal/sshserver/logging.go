package sshserver

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"time"
)

// maxLogValue caps one logged value, in bytes, before escaping: a client
// chooses its user name and version string.
const maxLogValue = 256

// EscapingHandler wraps a slog.Handler so that no raw control byte from a
// client (user name, TERM, client version, addresses, errors, panics) ever
// reaches the log: every string value and the message are written
// Go-escaped, as by %q without the quotes, and capped in length. Logs are
// read in terminals too.
type EscapingHandler struct {
	inner slog.Handler
}

// NewEscapingHandler wraps h; wrapping an EscapingHandler again returns it.
func NewEscapingHandler(h slog.Handler) slog.Handler {
	if _, ok := h.(*EscapingHandler); ok {
		return h
	}
	return &EscapingHandler{inner: h}
}

// Enabled reports whether the wrapped handler logs at level l.
func (h *EscapingHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

// Handle escapes the record's message and attributes, then passes it on.
func (h *EscapingHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, escape(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(escapeAttr(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

// WithAttrs escapes attrs once and adds them to the wrapped handler.
func (h *EscapingHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	es := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		es[i] = escapeAttr(a)
	}
	return &EscapingHandler{inner: h.inner.WithAttrs(es)}
}

// WithGroup escapes the group name and opens it on the wrapped handler.
func (h *EscapingHandler) WithGroup(name string) slog.Handler {
	return &EscapingHandler{inner: h.inner.WithGroup(escape(name))}
}

// escapeAttr escapes a key and its value; numbers, booleans, times and
// durations are safe as they are.
func escapeAttr(a slog.Attr) slog.Attr {
	a.Key = escape(a.Key)
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(escape(v.String()))
	case slog.KindGroup:
		g := v.Group()
		es := make([]slog.Attr, len(g))
		for i, ga := range g {
			es[i] = escapeAttr(ga)
		}
		a.Value = slog.GroupValue(es...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case time.Duration:
			a.Value = slog.DurationValue(x)
		default:
			a.Value = slog.StringValue(escape(fmt.Sprint(x)))
		}
	default:
		a.Value = v
	}
	return a
}

// escape caps s and writes every rune that is not printable (C0, DEL, C1,
// bidi and other format characters, invalid UTF-8) as a Go escape.
func escape(s string) string {
	cut := len(s) > maxLogValue
	if cut {
		s = s[:maxLogValue]
	}
	q := strconv.Quote(s)
	q = q[1 : len(q)-1]
	if cut {
		q += "…"
	}
	return q
}
