package sshserver

import (
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// maxEnvPerSession caps "env" requests per session: the ssh library keeps
// every one, so an unbounded stream of them would grow memory without limit.
const maxEnvPerSession = 64

// filteredChannel wraps a new session channel so that its requests pass a
// filter before the ssh library's session handler sees them.
type filteredChannel struct {
	gossh.NewChannel
}

// Accept accepts the channel and filters its requests.
func (f filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go filterRequests(reqs, out)
	return ch, out, nil
}

// filterRequests passes requests on, refusing those a served program has
// no use for: agent and X11 forwarding (the library would say yes to agent
// forwarding it never uses) and env requests past the cap. It ends, closing
// out, when the channel's requests end.
func filterRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	env := 0
	for req := range in {
		switch req.Type {
		case "auth-agent-req@openssh.com", "x11-req":
			_ = req.Reply(false, nil)
			continue
		case "env":
			if env++; env > maxEnvPerSession {
				_ = req.Reply(false, nil)
				continue
			}
		}
		out <- req
	}
}

// windowSession is a session whose window changes are always read, so that
// the ssh library's request loop never blocks on them: it sends each one to
// a channel with room for one, and blocks when nobody reads — for ever, if
// the handler ended early (a refused key, a panic, shutdown), keeping the
// loop's goroutine after the connection closes. Here a goroutine reads the
// library's channel from the start and keeps only the latest size for the
// program, which also coalesces a flood of window changes. The pty is read
// from the library once: its window-change handler writes the pty's size
// without a lock, so every later read would race with a resize.
type windowSession struct {
	ssh.Session
	pty ssh.Pty
	win chan ssh.Window
}

// Pty returns the pty as it was requested and the drained window channel.
func (ws windowSession) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	return ws.pty, ws.win, true
}

// drainWindows is the first middleware to run: it hands the rest a
// windowSession when the session has a pty.
func (s *Server) drainWindows(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		pty, in, ok := sess.Pty()
		if !ok || in == nil {
			next(sess)
			return
		}
		out := make(chan ssh.Window, 1)
		go func() {
			defer close(out)
			for w := range in { // ends when the channel's requests end
				select {
				case out <- w:
				default: // replace the unread size with the newer one
					select {
					case <-out:
					default:
					}
					out <- w
				}
			}
		}()
		next(windowSession{Session: sess, pty: pty, win: out})
	}
}
