package sshserver

import (
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
)

// identityKey finds a session's Identity in its ssh.Context.
type identityKey struct{}

// identityMiddleware admits a session only if the key that authenticated
// the connection is allowed (private mode), and logs the session's start.
func (s *Server) identityMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.hook(siteMiddleware)
		id, ok := s.authorize(sess)
		remote := addrString(sess.RemoteAddr())
		if !ok {
			s.log.Warn("session refused", "remote", remote, "fingerprint", id.String(), "reason", "key not allowed")
			wish.Fatalln(sess, "vitae: this key is not allowed here")
			return
		}
		sess.Context().SetValue(identityKey{}, id)
		pty, _, _ := sess.Pty()
		s.log.Info("session", "remote", remote, "fingerprint", id.String(), "term", pty.Term,
			"width", pty.Window.Width, "height", pty.Window.Height)
		next(sess)
	}
}

// teaMiddleware runs the Factory's program on the session. It replaces
// wish's bubbletea middleware, which (read in its v1.4.7 source) queries the
// terminal and waits for answers, passes client window sizes on unclamped,
// loops on a window channel once it is closed, and keeps a program running
// after its input ends. Frames go through a frameWriter, drawn when they
// change rather than on Bubble Tea's per-session ticker. Bubble Tea's own
// panic catching stays on.
func (s *Server) teaMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer next(sess)
		pty, winch, ok := sess.Pty()
		if !ok {
			wish.Fatalln(sess, "vitae: needs a terminal; run ssh with -t")
			return
		}
		id, _ := sess.Context().Value(identityKey{}).(Identity)
		w, h := clampSize(pty.Window.Width, pty.Window.Height)
		st := newSessionState()
		m := s.cfg.Factory(Session{
			Renderer: newRenderer(sess, sess.Environ()),
			Width:    w, Height: h,
			Identity: id,
			Logger:   s.log.With("remote", addrString(sess.RemoteAddr())),
		})
		in := &sessionInput{r: sess}
		// panicSafe: Bubble Tea prints a panic's message raw to stdout.
		var root tea.Model = panicSafe{inner: m, log: s.log.With("remote", addrString(sess.RemoteAddr()))}
		opts := []tea.ProgramOption{
			tea.WithInput(in), tea.WithOutput(sess),
			tea.WithEnvironment(sess.Environ()),
			tea.WithFilter(st.filter),
			// The server handles SIGTERM once for everyone (Shutdown).
			tea.WithoutSignalHandler(),
		}
		var fw *frameWriter
		if s.tickerBaseline {
			opts = append(opts, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithFPS(s.cfg.FPS))
		} else { // frames go to fw, drawn on change rather than on a ticker
			fw = newFrameWriter(sess, w, h, s.cfg.FPS)
			defer fw.close()
			root = framed{inner: root, fw: fw}
			opts = append(opts, tea.WithoutRenderer())
		}
		p := tea.NewProgram(root, opts...)
		in.onEnd = p.Quit
		if !s.addProgram(p) {
			fmt.Fprint(sess.Stderr(), "vitae: the server is shutting down\r\n")
			return
		}
		defer s.removeProgram(p)

		go func() { // window changes, clamped by the filter
			defer s.recoverPanic("window changes", sess.RemoteAddr())
			for w := range winch { // closed when the channel's requests end
				p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			}
		}()
		stop := make(chan struct{})
		var reason atomic.Value
		go s.watchdog(p, st, stop, &reason, func() { _ = sess.Close() })

		start := time.Now()
		_, err := p.Run()
		close(stop)
		p.Kill()
		if fw != nil {
			fw.close()
		}
		if errors.Is(err, tea.ErrProgramPanic) {
			s.log.Error("panic contained", "in", "program", "remote", addrString(sess.RemoteAddr()))
		}
		msg, _ := reason.Load().(string)
		if msg == "" && s.isClosing() {
			msg = "the server is shutting down"
		}
		if msg != "" {
			fmt.Fprintf(sess.Stderr(), "vitae: %s\r\n", msg)
		}
		s.log.Info("session end", "remote", addrString(sess.RemoteAddr()), "fingerprint", id.String(),
			"duration", time.Since(start).Round(time.Millisecond), "reason", msg)
	}
}

// quitGrace is how long a program may take to quit before its channel is
// closed under it: a client that stops reading fills the channel's window,
// and the program blocks writing a frame.
const quitGrace = 2 * time.Second

// watchdog quits p after IdleTimeout without input, or after MaxSession.
// The ssh library's IdleTimeout cannot do the first: the program's own
// frames count as activity. If p does not end within quitGrace (it is
// blocked writing to a client that stopped reading), closeSession ends it.
func (s *Server) watchdog(p *tea.Program, st *sessionState, stop <-chan struct{}, reason *atomic.Value, closeSession func()) {
	idle := time.NewTimer(s.cfg.IdleTimeout)
	maxT := time.NewTimer(s.cfg.MaxSession)
	defer idle.Stop()
	defer maxT.Stop()
	for {
		select {
		case <-stop:
			return
		case <-maxT.C:
			reason.Store(fmt.Sprintf("session closed after %v, the longest a session may last", s.cfg.MaxSession))
		case <-idle.C:
			since := st.sinceInput()
			if since < s.cfg.IdleTimeout {
				idle.Reset(s.cfg.IdleTimeout - since)
				continue
			}
			reason.Store(fmt.Sprintf("session closed after %v without input", s.cfg.IdleTimeout))
		}
		go p.Quit() // blocks while the event loop is stuck
		g := quitGrace
		if s.hooks.quitGrace > 0 {
			g = s.hooks.quitGrace
		}
		grace := time.NewTimer(g)
		defer grace.Stop()
		select {
		case <-stop:
		case <-grace.C:
			closeSession()
		}
		return
	}
}

func (s *Server) addProgram(p *tea.Program) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.programs[p] = struct{}{}
	s.sessions.Add(1)
	return true
}

func (s *Server) removeProgram(p *tea.Program) {
	s.mu.Lock()
	delete(s.programs, p)
	s.mu.Unlock()
	s.sessions.Done()
}

// sessionState is what the filter and the watchdog share. Times are kept
// on the monotonic clock, so a wall-clock step cannot end every session
// at once or keep one forever.
type sessionState struct {
	start     time.Time    // with its monotonic reading
	lastInput atomic.Int64 // time since start of the last key or mouse event
}

func newSessionState() *sessionState {
	return &sessionState{start: time.Now()}
}

func (st *sessionState) touch() { st.lastInput.Store(int64(time.Since(st.start))) }

// sinceInput is how long ago the last input came.
func (st *sessionState) sinceInput() time.Duration {
	return time.Since(st.start) - time.Duration(st.lastInput.Load())
}

// filter runs on the program's event loop before Update: it drops
// SuspendMsg (Bubble Tea v1 suspends by signalling the process group,
// which would stop the server), clamps window sizes before any layout, and
// notes the time of input for the idle timer.
func (st *sessionState) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.SuspendMsg:
		return nil
	case tea.WindowSizeMsg:
		m.Width, m.Height = clampSize(m.Width, m.Height)
		return m
	case tea.KeyMsg, tea.MouseMsg:
		st.touch()
	}
	return msg
}

// sessionInput is the program's input. When the client's input ends (EOF,
// channel closed) it quits the program, which Bubble Tea v1 would
// otherwise keep running.
type sessionInput struct {
	r     io.Reader
	onEnd func()
	ended atomic.Bool
}

// Read reads the session, quitting the program at the end of input.
func (in *sessionInput) Read(p []byte) (int, error) {
	n, err := in.r.Read(p)
	if err != nil && in.onEnd != nil && in.ended.CompareAndSwap(false, true) {
		go in.onEnd()
	}
	return n, err
}
