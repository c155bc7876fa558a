package sshserver

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	gossh "golang.org/x/crypto/ssh"
)

// Defaults for Config fields left at zero. They suit one person or a small
// team on a small machine; every one is a flag of `vitae serve`.
const (
	DefaultMaxConns           = 500
	DefaultMaxConnsPerAddr    = 8
	DefaultRatePerAddr        = 2.0 // new connections per second, per address
	DefaultRateBurst          = 10
	DefaultMaxSessionsPerConn = 2
	DefaultHandshakeTimeout   = 30 * time.Second
	DefaultIdleTimeout        = 15 * time.Minute
	DefaultMaxSession         = 2 * time.Hour
	DefaultShutdownTimeout    = 10 * time.Second
	DefaultFPS                = 30
)

// Window sizes are clamped to these bounds before any layout: the client
// chooses its size, up to 2³²−1 cells a side.
const (
	MinWidth  = 20
	MaxWidth  = 500
	MinHeight = 5
	MaxHeight = 200
)

// Session is what a Factory gets to build the model of one ssh session.
type Session struct {
	// Renderer draws for this session's terminal, with the color profile of
	// the client's TERM and environment; it never queries the terminal.
	Renderer *lipgloss.Renderer
	// Width and Height are the client's window size, already clamped.
	Width, Height int
	// Identity says who authenticated.
	Identity Identity
	// Logger logs for this session; its handler escapes every value.
	Logger *slog.Logger
}

// Factory builds the Bubble Tea model of one session. It runs once per
// session, on the session's goroutine, and must not share mutable state
// between sessions.
type Factory func(Session) tea.Model

// Config configures a Server. HostKey and Factory are required; zero
// limits take the Default values above.
type Config struct {
	// HostKey is the server's private host key (see LoadOrCreateHostKey).
	HostKey gossh.Signer
	// Allow, when non-nil, makes the server private: only these keys get in.
	// When nil the server is public: any key, or keyboard-interactive
	// without a prompt.
	Allow *AllowList
	// Factory builds each session's model.
	Factory Factory
	// Logger receives connection and session logs; nil discards them. Its
	// handler is wrapped so that every value is escaped.
	Logger *slog.Logger

	MaxConns           int           // connections open at once, in total
	MaxConnsPerAddr    int           // connections open at once from one address (IPv6: one /64)
	RatePerAddr        float64       // new connections per second from one address
	RateBurst          int           // new connections one address may open at once
	MaxSessionsPerConn int           // sessions one connection may open over its life
	HandshakeTimeout   time.Duration // from accept to the first session
	IdleTimeout        time.Duration // a session without a key press or mouse event ends
	MaxSession         time.Duration // a session ends after this long, whatever happens
	ShutdownTimeout    time.Duration // how long Serve waits for sessions to end on shutdown
	FPS                int           // most frames per second drawn per session; a change after a pause is drawn at once
	// Version is sent in the ssh banner ("SSH-2.0-" + Version).
	Version string
}

// withDefaults fills zero fields and checks the rest.
func (c Config) withDefaults() (Config, error) {
	if c.HostKey == nil {
		return c, errors.New("sshserver: no host key")
	}
	if c.Factory == nil {
		return c, errors.New("sshserver: no session factory")
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	c.Logger = slog.New(NewEscapingHandler(c.Logger.Handler()))
	setInt(&c.MaxConns, DefaultMaxConns)
	setInt(&c.MaxConnsPerAddr, DefaultMaxConnsPerAddr)
	setInt(&c.RateBurst, DefaultRateBurst)
	setInt(&c.MaxSessionsPerConn, DefaultMaxSessionsPerConn)
	setInt(&c.FPS, DefaultFPS)
	if c.RatePerAddr == 0 {
		c.RatePerAddr = DefaultRatePerAddr
	}
	setDur(&c.HandshakeTimeout, DefaultHandshakeTimeout)
	setDur(&c.IdleTimeout, DefaultIdleTimeout)
	setDur(&c.MaxSession, DefaultMaxSession)
	setDur(&c.ShutdownTimeout, DefaultShutdownTimeout)
	if c.Version == "" {
		c.Version = "vitae"
	}
	switch {
	case c.MaxConns < 0, c.MaxConnsPerAddr < 0, c.RateBurst < 0, c.MaxSessionsPerConn < 0:
		return c, errors.New("sshserver: limits must not be negative")
	case c.RatePerAddr < 0:
		return c, errors.New("sshserver: rate must not be negative")
	case c.HandshakeTimeout < 0, c.IdleTimeout < 0, c.MaxSession < 0, c.ShutdownTimeout < 0:
		return c, errors.New("sshserver: timeouts must not be negative")
	case c.FPS < 1 || c.FPS > 120:
		return c, fmt.Errorf("sshserver: fps %d: want 1 to 120", c.FPS)
	}
	return c, nil
}

func setInt(p *int, def int) {
	if *p == 0 {
		*p = def
	}
}

func setDur(p *time.Duration, def time.Duration) {
	if *p == 0 {
		*p = def
	}
}

// clampSize bounds a client-chosen window size.
func clampSize(w, h int) (int, int) {
	return min(max(w, MinWidth), MaxWidth), min(max(h, MinHeight), MaxHeight)
}
