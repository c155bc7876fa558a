package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os/signal"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vitae-cli/vitae/cmd/vitae/internal/sshserver"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui"
)

func init() {
	register(&command{
		name:    "serve",
		args:    "[PATH ...] [flags]",
		summary: "serve the explorer over ssh, to anyone or to an allow-list of keys",
		help: `Serves the explorer over ssh: every client gets its own session of the same
UI, on the profiles in PATHs (files or folders) or the embedded ones, loaded
once at start. Clients connect with "ssh -p 2222 HOST".

Public (default): anyone may connect, with any key or none.
Private: with --authorized-keys FILE (OpenSSH authorized_keys format), only
those keys get in; a bad line stops start-up with its line number. Who a
client is comes from the key that authenticated, never the user name.

The host key is created on first start (ed25519, mode 0600) and kept; its
fingerprint and public key are printed so you can publish them (clients
compare the fingerprint on first connect, or add "[HOST]:PORT KEY" to their
known_hosts). Logs go to stderr, one line per event, with every
client-supplied value escaped. SIGTERM or SIGINT ends the sessions
gracefully (a second signal stops at once). Sessions are read-only: nothing
a client does changes files on the server.

Flags:
  --listen ADDR              where to listen (default 127.0.0.1:2222);
                             0.0.0.0:2222 or [::]:2222 to serve the network
  --host-key FILE            host key (default $XDG_DATA_HOME/vitae/host_ed25519,
                             else ~/.local/share/vitae/host_ed25519)
  --authorized-keys FILE     private mode: only these keys get in
  --max-conns N              connections at once, in total (default 500)
  --max-conns-per-addr N     connections at once from one IP, or IPv6 /64 (default 8)
  --rate R                   new connections per second from one address (default 2)
  --burst N                  new connections one address may open at once (default 10)
  --max-sessions-per-conn N  sessions over one connection's life (default 2)
  --handshake-timeout D      from connecting to the first session (default 30s)
  --idle-timeout D           a session without a key press ends (default 15m)
  --max-session D            the longest a session may last (default 2h)
  --shutdown-timeout D       how long to wait for sessions on shutdown (default 10s)
  --fps N                    at most N frames per second per session; a change
                             after a pause is drawn at once (default 30)
` + taxonomyHelp + `

Examples:
  vitae serve                                   your own résumé, on this machine
  vitae serve resume.json --listen 0.0.0.0:2222
  vitae serve ~/candidates --authorized-keys team.keys --listen 0.0.0.0:2222`,
		run: runServe,
	})
}

// serveFlags are the flags of vitae serve.
type serveFlags struct {
	listen, hostKey, authorizedKeys string
	taxonomy                        *string
	cfg                             sshserver.Config
}

func newServeFlags(fs *flag.FlagSet) *serveFlags {
	f := &serveFlags{}
	fs.StringVar(&f.listen, "listen", "127.0.0.1:2222", "")
	fs.StringVar(&f.hostKey, "host-key", "", "")
	fs.StringVar(&f.authorizedKeys, "authorized-keys", "", "")
	f.taxonomy = taxonomyFlags(fs, true)
	c := &f.cfg
	fs.IntVar(&c.MaxConns, "max-conns", sshserver.DefaultMaxConns, "")
	fs.IntVar(&c.MaxConnsPerAddr, "max-conns-per-addr", sshserver.DefaultMaxConnsPerAddr, "")
	fs.Float64Var(&c.RatePerAddr, "rate", sshserver.DefaultRatePerAddr, "")
	fs.IntVar(&c.RateBurst, "burst", sshserver.DefaultRateBurst, "")
	fs.IntVar(&c.MaxSessionsPerConn, "max-sessions-per-conn", sshserver.DefaultMaxSessionsPerConn, "")
	fs.DurationVar(&c.HandshakeTimeout, "handshake-timeout", sshserver.DefaultHandshakeTimeout, "")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", sshserver.DefaultIdleTimeout, "")
	fs.DurationVar(&c.MaxSession, "max-session", sshserver.DefaultMaxSession, "")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", sshserver.DefaultShutdownTimeout, "")
	fs.IntVar(&c.FPS, "fps", sshserver.DefaultFPS, "")
	return f
}

// check refuses zero or negative limits, which would otherwise fall back
// to the defaults silently.
func (f *serveFlags) check() error {
	c := f.cfg
	for name, v := range map[string]float64{
		"max-conns": float64(c.MaxConns), "max-conns-per-addr": float64(c.MaxConnsPerAddr),
		"rate": c.RatePerAddr, "burst": float64(c.RateBurst), "max-sessions-per-conn": float64(c.MaxSessionsPerConn),
		"fps": float64(c.FPS), "handshake-timeout": float64(c.HandshakeTimeout), "idle-timeout": float64(c.IdleTimeout),
		"max-session": float64(c.MaxSession), "shutdown-timeout": float64(c.ShutdownTimeout),
	} {
		if v <= 0 {
			return fmt.Errorf("--%s must be positive", name)
		}
	}
	return nil
}

func runServe(e *env, args []string) int {
	c := registry["serve"]
	fs := newFlags(c, e.stderr)
	f := newServeFlags(fs)
	paths, err := parseArgs(fs, args)
	if err == nil {
		err = f.check()
	}
	if err != nil {
		return flagError(e, c, err)
	}
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "vitae serve: %v\n", err)
		return 1
	}

	if f.hostKey == "" {
		if f.hostKey, err = sshserver.DefaultHostKeyPath(e.getenv); err != nil {
			return fail(err)
		}
	}
	hk, created, err := sshserver.LoadOrCreateHostKey(f.hostKey)
	if err != nil {
		return fail(err)
	}
	if created {
		fmt.Fprintf(e.stderr, "created host key %s\n", f.hostKey)
	}
	fmt.Fprintf(e.stderr, "host key %s\n", sshserver.Fingerprint(hk))
	fmt.Fprintf(e.stderr, "host public key %s\n", sshserver.PublicKeyLine(hk))
	f.cfg.HostKey = hk
	if f.authorizedKeys != "" {
		if f.cfg.Allow, err = sshserver.LoadAllowList(f.authorizedKeys); err != nil {
			return fail(fmt.Errorf("authorized keys %w", err))
		}
		fmt.Fprintf(e.stderr, "private: %d allowed keys from %s\n", f.cfg.Allow.Len(), f.authorizedKeys)
	} else {
		fmt.Fprintln(e.stderr, "public: anyone may connect")
	}

	// The taxonomy and the profiles are loaded once and shared read-only by
	// every session.
	tx, ok := loadTaxonomy(e, c.name, *f.taxonomy)
	if !ok {
		return 1
	}
	res := loadProfiles(paths)
	reportLoadErrors(e, res)
	fmt.Fprintf(e.stderr, "%d %s loaded\n", len(res.Profiles), plural(len(res.Profiles), "profile", "profiles"))
	load := func() ([]*model.Profile, []model.Problem) { return res.Profiles, res.Problems }
	clock := e.clock
	// Served sessions never change files on the server, private ones
	// included: every session shares the one process and its folder.
	const readOnly = true
	f.cfg.Factory = func(s sshserver.Session) tea.Model {
		return ui.New(ui.Options{
			Renderer: s.Renderer, Clock: clock, Load: load,
			Width: s.Width, Height: s.Height, ReadOnly: readOnly, Logger: s.Logger,
			Taxonomy: tx,
		})
	}
	f.cfg.Logger = slog.New(slog.NewTextHandler(e.stderr, nil))

	srv, err := sshserver.New(f.cfg)
	if err != nil {
		return fail(err)
	}
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return fail(err)
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		fmt.Fprintf(e.stderr, "note: %s is reachable from other machines\n", ln.Addr())
	}
	fmt.Fprintf(e.stderr, "listening on %s\n", ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	go func() { <-ctx.Done(); stop() }() // a second signal stops at once
	if err := srv.Serve(ctx, ln); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fail(fmt.Errorf("sessions still open after %v; closed them", f.cfg.ShutdownTimeout.Round(time.Second)))
		}
		return fail(err)
	}
	fmt.Fprintln(e.stderr, "stopped")
	return 0
}
