// Package sshserver serves a Bubble Tea program to many ssh clients at once,
// hardened for the open internet: a persistent host key; public access or an
// authorized_keys allow-list checked against the key that actually
// authenticated; total and per-address connection caps and a per-address
// rate limit; a handshake deadline; a cap on sessions per connection;
// clamped window sizes; an input-idle timeout that works while the screen
// animates and a maximum session length; no suspend; frames drawn on change
// (no per-session ticker, so idle sessions cost no CPU); panics contained
// to their session; escaped structured logs; graceful shutdown.
//
// It builds on wish v1 and its charmbracelet/ssh fork, but owns the accept
// loop, because neither recovers panics per connection. See
// docs/security.md for the facts each measure answers.
package sshserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"runtime/debug"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish/activeterm"
	wishrecover "github.com/charmbracelet/wish/recover"
)

// ErrServerClosed is returned by Serve once the server is shutting down.
var ErrServerClosed = errors.New("sshserver: server closed")

// Server serves one Factory's programs over ssh. Make it with New.
type Server struct {
	cfg    Config
	log    *slog.Logger
	ssh    *ssh.Server
	limits *limiter
	// refusals throttles the log lines of refused connections, by reason.
	refusals map[string]*logThrottle
	hooks    hooks // panic injection for tests; zero in production
	// tickerBaseline makes sessions draw with Bubble Tea's own renderer (a
	// ticker at FPS, as wish's middleware runs it) instead of frameWriter:
	// the baseline the load test compares against. False in production.
	tickerBaseline bool

	mu        sync.Mutex
	closing   bool
	listeners map[net.Listener]struct{}
	programs  map[*tea.Program]struct{}
	raw       map[net.Conn]struct{} // every open connection, handshake or not
	sessions  sync.WaitGroup        // running programs
	conns     sync.WaitGroup        // connection goroutines
	done      chan struct{}         // closed when shutdown starts
}

// New checks cfg and builds a Server.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, log: cfg.Logger, limits: newLimiter(cfg),
		listeners: map[net.Listener]struct{}{},
		programs:  map[*tea.Program]struct{}{},
		raw:       map[net.Conn]struct{}{},
		refusals: map[string]*logThrottle{
			refuseTotal: {}, refuseAddr: {}, refuseRate: {},
		},
		done: make(chan struct{}),
	}
	s.ssh = &ssh.Server{
		HostSigners: []ssh.Signer{cfg.HostKey},
		Version:     cfg.Version,
		// The middlewares are passed into recover so that a panic in any of
		// them ends only its session. The last listed runs first.
		Handler: wishrecover.MiddlewareWithLogger(panicLogger{s.log},
			s.teaMiddleware,
			activeterm.Middleware(),
			s.identityMiddleware,
			s.drainWindows,
		)(func(ssh.Session) {}),
		PublicKeyHandler:         s.publicKeyAuth,
		ConnCallback:             s.connCallback,
		ConnectionFailedCallback: s.connFailed,
		// The ssh-level timers are backstops: the server's own writes reset
		// IdleTimeout, so the input-idle timer lives in the program.
		IdleTimeout: cfg.IdleTimeout + time.Minute,
		MaxTimeout:  cfg.MaxSession + time.Minute,
		ChannelHandlers: map[string]ssh.ChannelHandler{
			"session": s.sessionChannel,
		},
		RequestHandlers:   map[string]ssh.RequestHandler{},
		SubsystemHandlers: map[string]ssh.SubsystemHandler{},
	}
	if err := s.ssh.SetOption(ssh.EmulatePty()); err != nil {
		return nil, err
	}
	if cfg.Allow == nil {
		s.ssh.KeyboardInteractiveHandler = s.keyboardInteractiveAuth
	}
	return s, nil
}

// Serve accepts connections on ln until ctx is done, then shuts down
// gracefully (Shutdown with the configured deadline, then Close). It
// returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- s.acceptLoop(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, ErrServerClosed) {
			return nil
		}
		s.Close()
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := s.Shutdown(sctx)
	<-errc
	return err
}

// acceptLoop owns the accept loop so that every connection runs under a
// recover: a panic in the handshake path ends that connection only.
func (s *Server) acceptLoop(ln net.Listener) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		ln.Close()
		return ErrServerClosed
	}
	s.listeners[ln] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.listeners, ln)
		s.mu.Unlock()
		ln.Close()
	}()
	var delay time.Duration
	for {
		c, err := ln.Accept()
		if err != nil {
			if s.isClosing() {
				return ErrServerClosed
			}
			var te interface{ Temporary() bool }
			if errors.As(err, &te) && te.Temporary() { // EMFILE, ECONNABORTED…
				delay = min(max(2*delay, 5*time.Millisecond), time.Second)
				s.log.Warn("accept failed; retrying", "err", err, "delay", delay)
				select {
				case <-time.After(delay):
				case <-s.done:
				}
				continue
			}
			return err
		}
		delay = 0
		s.mu.Lock()
		if s.closing {
			s.mu.Unlock()
			c.Close()
			return ErrServerClosed
		}
		s.conns.Add(1)
		s.raw[c] = struct{}{}
		s.mu.Unlock()
		go s.handleConn(c)
	}
}

// handleConn runs the ssh library on one connection, under a recover.
func (s *Server) handleConn(c net.Conn) {
	defer s.conns.Done()
	defer func() {
		c.Close()
		s.mu.Lock()
		delete(s.raw, c)
		s.mu.Unlock()
	}()
	defer s.recoverPanic("connection", c.RemoteAddr())
	s.ssh.HandleConn(c)
}

// recoverPanic logs a panic with its stack, escaped, and swallows it.
func (s *Server) recoverPanic(where string, remote net.Addr) {
	if r := recover(); r != nil {
		s.log.Error("panic contained", "in", where, "remote", addrString(remote),
			"panic", r, "stack", string(debug.Stack()))
	}
}

// panicLogger adapts slog to wish's recover middleware.
type panicLogger struct{ log *slog.Logger }

// Printf logs a recovered middleware panic (wish passes the value and the
// stack), escaped by the handler.
func (p panicLogger) Printf(format string, v ...any) {
	p.log.Error("panic contained", "in", "middleware", "panic", fmt.Sprintf(format, v...))
}

func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

// Shutdown stops accepting, asks every running program to quit (so each
// client gets its terminal back and a goodbye), waits for them, then closes
// every connection. If ctx ends first, it closes everything at once and
// returns ctx's error.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	if !s.closing {
		s.closing = true
		close(s.done)
	}
	for ln := range s.listeners {
		ln.Close()
	}
	progs := make([]*tea.Program, 0, len(s.programs))
	for p := range s.programs {
		progs = append(progs, p)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(progs))
	for _, p := range progs {
		go p.Quit() // blocks while a program is stuck writing; Close frees it
	}
	if err := wait(ctx, &s.sessions); err != nil {
		s.Close()
		return err
	}
	s.Close()
	return wait(ctx, &s.conns)
}

// Close closes the listeners and every connection at once.
func (s *Server) Close() {
	s.mu.Lock()
	if !s.closing {
		s.closing = true
		close(s.done)
	}
	for ln := range s.listeners {
		ln.Close()
	}
	for c := range s.raw {
		c.Close()
	}
	s.mu.Unlock()
	_ = s.ssh.Close()
}

// wait waits for wg or ctx.
func wait(ctx context.Context, wg *sync.WaitGroup) error {
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
