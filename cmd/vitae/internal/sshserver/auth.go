package sshserver

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// maxAllowListSize caps an authorized_keys file; a team's keys fit in far less.
const maxAllowListSize = 1 << 20

// AllowList is a private server's set of public keys, by SHA256 fingerprint.
// It is read once at start-up and only read afterwards.
type AllowList struct {
	byFingerprint map[string]string // fingerprint → comment from the file
}

// Identity says who a session belongs to. It is taken from the key that
// actually authenticated the connection, never from the user name.
type Identity struct {
	// Fingerprint is the SHA256 fingerprint of the authenticating key, or ""
	// when the client came in by keyboard-interactive (public mode only).
	Fingerprint string
	// Comment is the allow-list comment of that key (private mode).
	Comment string
}

// String is the fingerprint, or "keyboard-interactive" without a key.
func (id Identity) String() string {
	if id.Fingerprint == "" {
		return "keyboard-interactive"
	}
	return id.Fingerprint
}

// Len is the number of keys in the list.
func (a *AllowList) Len() int { return len(a.byFingerprint) }

// Lookup reports whether the key with this fingerprint is allowed, and its
// comment.
func (a *AllowList) Lookup(fingerprint string) (comment string, ok bool) {
	comment, ok = a.byFingerprint[fingerprint]
	return comment, ok
}

// LoadAllowList reads an OpenSSH authorized_keys file.
func LoadAllowList(path string) (*AllowList, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	a, err := ParseAllowList(io.LimitReader(f, maxAllowListSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s:%w", path, err)
	}
	return a, nil
}

// ParseAllowList parses authorized_keys text: one key a line, blank lines
// and # comments skipped. Key options (from=, command=, …) and certificate
// authorities are refused rather than ignored, since ignoring a restriction
// would let in more than the file says. Errors start with the line number.
func ParseAllowList(r io.Reader) (*AllowList, error) {
	a := &AllowList{byFingerprint: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 16<<10), maxAllowListSize)
	n, size := 0, 0
	for sc.Scan() {
		n++
		size += len(sc.Bytes()) + 1
		if size > maxAllowListSize {
			return nil, fmt.Errorf("%d: file larger than %d bytes", n, maxAllowListSize)
		}
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, comment, opts, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%d: not an OpenSSH public key (%s); expected e.g. \"ssh-ed25519 AAAA… name\"", n, escape(err.Error()))
		}
		if len(opts) > 0 {
			return nil, fmt.Errorf("%d: key options (%s) are not supported; remove them or the line", n, escape(strings.Join(opts, ",")))
		}
		if _, isCert := key.(*gossh.Certificate); isCert {
			return nil, fmt.Errorf("%d: certificates are not supported; list the plain public key", n)
		}
		a.byFingerprint[gossh.FingerprintSHA256(key)] = comment
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%d: %v", n+1, err)
	}
	if len(a.byFingerprint) == 0 {
		return nil, errors.New("0: no keys: a private server needs at least one")
	}
	return a, nil
}

// identityOf returns the identity of the key that authenticated sess, taken
// from the session after authentication (never from state the public-key
// callback set: that callback also runs for keys a client only offers).
func identityOf(sess ssh.Session) Identity {
	key := sess.PublicKey()
	if key == nil {
		return Identity{}
	}
	return Identity{Fingerprint: gossh.FingerprintSHA256(key)}
}

// authorize checks a session's identity against the allow-list in private
// mode. It returns the identity with its comment, or false.
func (s *Server) authorize(sess ssh.Session) (Identity, bool) {
	id := identityOf(sess)
	if s.cfg.Allow == nil {
		return id, true
	}
	if id.Fingerprint == "" {
		return id, false
	}
	c, ok := s.cfg.Allow.Lookup(id.Fingerprint)
	id.Comment = c
	return id, ok
}

// publicKeyAuth answers the public-key callback: yes to any key in public
// mode, to listed keys in private mode. It records nothing about the key:
// it also runs for keys the client only offers.
func (s *Server) publicKeyAuth(ctx ssh.Context, key ssh.PublicKey) bool {
	s.hook(siteAuth)
	if s.cfg.Allow == nil {
		return true
	}
	fp := gossh.FingerprintSHA256(key)
	if _, ok := s.cfg.Allow.Lookup(fp); ok {
		return true
	}
	s.log.Warn("key refused", "remote", addrString(ctx.RemoteAddr()), "fingerprint", fp)
	return false
}

// keyboardInteractiveAuth lets anyone in without a prompt, in public mode.
func (s *Server) keyboardInteractiveAuth(ssh.Context, gossh.KeyboardInteractiveChallenge) bool {
	s.hook(siteAuth)
	return s.cfg.Allow == nil
}
