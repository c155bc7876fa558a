package sshserver

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"
	"unicode"

	gossh "golang.org/x/crypto/ssh"
)

// assertNoControls fails if log output holds a byte or rune a terminal
// could act on (anything not printable but the line ends).
func assertNoControls(t *testing.T, logs string) {
	t.Helper()
	for i, r := range logs {
		if r != '\n' && !unicode.IsPrint(r) {
			t.Fatalf("raw %U at %d in logs: %q", r, i, logs[max(0, i-40):min(len(logs), i+40)])
		}
	}
}

func TestEscapingHandler(t *testing.T) {
	evil := "a\x1b[31mb\x07c\r\n\x9bd\u202ee\u200bf\xff"
	for _, name := range []string{"text", "json"} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			var h slog.Handler = slog.NewTextHandler(&buf, nil)
			if name == "json" {
				h = slog.NewJSONHandler(&buf, nil)
			}
			log := slog.New(NewEscapingHandler(h)).With("pre", evil).WithGroup(evil)
			log.Info(evil, "s", evil, "err", errors.New(evil), "n", 3, "d", time.Second,
				slog.Group("g", "inner", evil), "any", []string{evil})
			out := buf.String()
			assertNoControls(t, out)
			if !strings.Contains(out, `\x1b[31m`) && !strings.Contains(out, `\\x1b[31m`) {
				t.Errorf("escape sequence not shown escaped: %s", out)
			}
			if strings.Count(out, "\n") != 1 {
				t.Errorf("one record must be one line: %q", out)
			}
		})
	}
	long := strings.Repeat("x", 10*maxLogValue)
	if got := escape(long); len(got) > maxLogValue+len("…") {
		t.Errorf("escape kept %d bytes of a long value", len(got))
	}
}

// Client-chosen values (user name, TERM) reach the logs escaped. (The
// client version is one too, but x/crypto refuses to send a bad one.)
func TestClientValuesEscapedInLogs(t *testing.T) {
	ts := startServer(t, nil)
	cfg := ts.clientConfig(newSigner(t))
	cfg.User = "\x1b]0;owned\x07root\u202e\r\nlevel=ERROR msg=forged"
	c, err := ts.dial(cfg, 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	_ = sess.RequestPty("xterm\x1b[31m\x07", 24, 80, gossh.TerminalModes{})
	_ = sess.Shell()
	c.waitFor(t, "probe frame=0", 5*time.Second)
	c.conn.Close()
	ts.waitLog(t, "msg=disconnect", 5*time.Second)
	ts.waitLog(t, `owned`, time.Second)
	ts.waitLog(t, `term=xterm\x1b[31m\a width`, time.Second)
	logs := ts.logs.String()
	assertNoControls(t, logs)
	if strings.Contains(logs, "\nlevel=ERROR msg=forged") {
		t.Error("a user name forged a log line")
	}
}
