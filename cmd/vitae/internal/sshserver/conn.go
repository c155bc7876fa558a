package sshserver

import (
	"net"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// connStateKey finds a connection's connState in its ssh.Context.
type connStateKey struct{}

// connState is what the server keeps about one connection.
type connState struct {
	conn     *trackedConn
	remote   string
	start    time.Time
	sessions atomic.Int32 // sessions opened over the connection's life
	authLog  sync.Once
}

// hook sites, for panic injection in tests.
type site int

const (
	siteConn site = iota
	siteAuth
	siteChannel
	siteMiddleware
)

// hooks are test knobs, zero in production: at is called at each site
// (tests inject panics there); quitGrace, when set, replaces quitGrace.
type hooks struct {
	at        func(site)
	quitGrace time.Duration
}

func (s *Server) hook(where site) {
	if s.hooks.at != nil {
		s.hooks.at(where)
	}
}

// connCallback admits or refuses a new connection before any crypto, and
// wraps it with its limiter slot and handshake deadline.
func (s *Server) connCallback(ctx ssh.Context, c net.Conn) net.Conn {
	s.hook(siteConn)
	key := addrKey(c.RemoteAddr())
	remote := addrString(c.RemoteAddr())
	if ok, reason := s.limits.admit(key); !ok {
		if log, held := s.refusals[reason].allow(time.Now()); log {
			s.log.Warn("connection refused", "remote", remote, "reason", reason, "not_logged_since_last", held)
		}
		return nil
	}
	st := &connState{remote: remote, start: time.Now()}
	st.conn = &trackedConn{
		Conn:              c,
		handshakeDeadline: st.start.Add(s.cfg.HandshakeTimeout),
		onClose: func() {
			s.limits.release(key)
			s.log.Info("disconnect", "remote", remote, "duration", time.Since(st.start).Round(time.Millisecond))
		},
	}
	ctx.SetValue(connStateKey{}, st)
	s.log.Info("connect", "remote", remote)
	return st.conn
}

// connFailed logs a failed handshake (bad protocol, failed auth, timeout).
func (s *Server) connFailed(c net.Conn, err error) {
	s.log.Info("handshake failed", "remote", addrString(c.RemoteAddr()), "err", err)
}

// sessionChannel wraps the ssh library's session channel handler: it lifts
// the handshake deadline, logs the authentication with the fingerprint of
// the key that actually authenticated, and caps sessions per connection.
// It runs on its own goroutine, so it recovers its own panics.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("panic contained", "in", "session channel", "remote", addrString(conn.RemoteAddr()),
				"panic", r, "stack", string(debug.Stack()))
			conn.Close() // the connection's state is unknown: end it
		}
	}()
	st, ok := ctx.Value(connStateKey{}).(*connState)
	if !ok {
		_ = nc.Reject(gossh.ConnectionFailed, "internal error")
		return
	}
	st.conn.activate(st.start.Add(srv.MaxTimeout))
	st.authLog.Do(func() {
		fp := "keyboard-interactive"
		if k, ok := ctx.Value(ssh.ContextKeyPublicKey).(gossh.PublicKey); ok && k != nil {
			fp = gossh.FingerprintSHA256(k)
		}
		s.log.Info("authenticated", "remote", st.remote, "fingerprint", fp,
			"user", conn.User(), "client", string(conn.ClientVersion()))
	})
	s.hook(siteChannel)
	if n := st.sessions.Add(1); int(n) > s.cfg.MaxSessionsPerConn {
		s.log.Warn("session refused", "remote", st.remote, "reason", "too many sessions on one connection")
		_ = nc.Reject(gossh.ResourceShortage, "too many sessions on this connection")
		return
	}
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{nc}, ctx)
}
