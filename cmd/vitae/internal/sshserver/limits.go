package sshserver

import (
	"net"
	"net/netip"
	"sync"
	"time"
)

// maxTrackedAddrs bounds the limiter's memory: past it, addresses with no
// open connection and a full bucket are forgotten.
const maxTrackedAddrs = 10000

// Refusal reasons, as logged.
const (
	refuseTotal = "too many connections"
	refuseAddr  = "too many connections from this address"
	refuseRate  = "connecting too fast"
)

// limiter caps connections in total and per address, and rate-limits new
// connections per address with a token bucket. wish has no max-connections
// option, and its ratelimiter runs only after the handshake's crypto.
type limiter struct {
	maxTotal, maxPerAddr int
	rate                 float64 // tokens per second
	burst                float64
	now                  func() time.Time

	mu    sync.Mutex
	total int
	addrs map[string]*addrState
}

type addrState struct {
	open   int
	tokens float64
	last   time.Time
}

func newLimiter(c Config) *limiter {
	return &limiter{
		maxTotal: c.MaxConns, maxPerAddr: c.MaxConnsPerAddr,
		rate: c.RatePerAddr, burst: float64(c.RateBurst),
		now: time.Now, addrs: map[string]*addrState{},
	}
}

// admit takes a connection slot for addr, or says why not.
func (l *limiter) admit(addr string) (ok bool, reason string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	a := l.addrs[addr]
	if a == nil {
		if len(l.addrs) >= maxTrackedAddrs {
			l.pruneLocked(now)
		}
		a = &addrState{tokens: l.burst, last: now}
		l.addrs[addr] = a
	}
	a.tokens = min(l.burst, a.tokens+now.Sub(a.last).Seconds()*l.rate)
	a.last = now
	switch {
	case l.total >= l.maxTotal:
		return false, refuseTotal
	case a.open >= l.maxPerAddr:
		return false, refuseAddr
	case a.tokens < 1:
		return false, refuseRate
	}
	a.tokens--
	a.open++
	l.total++
	return true, ""
}

// release gives back a slot taken by admit.
func (l *limiter) release(addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total--
	if a := l.addrs[addr]; a != nil {
		a.open--
	}
}

// pruneLocked forgets addresses that hold nothing: no open connection and
// a bucket that has refilled.
func (l *limiter) pruneLocked(now time.Time) {
	for k, a := range l.addrs {
		if a.open == 0 && a.tokens+now.Sub(a.last).Seconds()*l.rate >= l.burst {
			delete(l.addrs, k)
		}
	}
}

// addrKey is the unit of per-address limits: the IP for IPv4, the /64
// for IPv6 (one host usually owns a whole /64).
func addrKey(a net.Addr) string {
	ap, err := netip.ParseAddrPort(a.String())
	if err != nil {
		return a.String()
	}
	ip := ap.Addr().Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}

// addrString is a remote address for logs (escaped by the handler anyway).
func addrString(a net.Addr) string {
	if a == nil {
		return ""
	}
	return a.String()
}

// trackedConn is a connection that holds a limiter slot until it closes,
// and must reach its first session before handshakeDeadline: until then,
// every deadline the ssh library sets is cut to it, so a client that
// connects and stays silent, or authenticates and opens nothing, cannot
// hold a slot.
type trackedConn struct {
	net.Conn
	mu                sync.Mutex
	active            bool
	handshakeDeadline time.Time
	onClose           func()
	closeOnce         sync.Once
}

// SetDeadline applies t, cut to the handshake deadline before activation.
func (c *trackedConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.active && (t.IsZero() || t.After(c.handshakeDeadline)) {
		t = c.handshakeDeadline
	}
	return c.Conn.SetDeadline(t)
}

// activate lifts the handshake deadline once a session opens; the ssh
// library's own idle and maximum deadlines apply from then on.
func (c *trackedConn) activate(next time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.active {
		c.active = true
		_ = c.Conn.SetDeadline(next)
	}
}

// Close closes the connection and releases its slot, once.
func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(c.onClose)
	return err
}

// logThrottle lets one line a second through for an event an attacker can
// repeat at will (refused connections), and counts the lines it held back,
// so a flood cannot fill the disk with logs.
type logThrottle struct {
	mu         sync.Mutex
	last       time.Time
	suppressed int
}

// allow reports whether to log now, and how many lines were held back
// since the last one.
func (l *logThrottle) allow(now time.Time) (bool, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.last) < time.Second {
		l.suppressed++
		return false, 0
	}
	n := l.suppressed
	l.last, l.suppressed = now, 0
	return true, n
}
