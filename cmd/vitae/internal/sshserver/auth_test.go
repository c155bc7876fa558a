package sshserver

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode"

	gossh "golang.org/x/crypto/ssh"
)

// offerOnly offers a public key it cannot sign with: the server's
// public-key callback runs for the offer and says yes, then the client
// gives up on that key (x/crypto moves on to its next auth method).
type offerOnly struct{ pub gossh.PublicKey }

func (o offerOnly) PublicKey() gossh.PublicKey { return o.pub }
func (o offerOnly) Sign(io.Reader, []byte) (*gossh.Signature, error) {
	return nil, errors.New("no private key, only offering")
}

var noPrompt = gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })

func allowOf(t *testing.T, keys ...gossh.Signer) *AllowList {
	t.Helper()
	var b strings.Builder
	for i, k := range keys {
		b.WriteString(strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey()))))
		b.WriteString(" person" + string(rune('A'+i)) + "\n")
	}
	a, err := ParseAllowList(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestPublicModeLetsAnyoneIn(t *testing.T) {
	ts := startServer(t, nil)
	k := newSigner(t)
	ts.mustDial(t, k)
	if e := ts.nextEvent(t, "start", 5*time.Second); !strings.HasSuffix(e, "id="+gossh.FingerprintSHA256(k.PublicKey())) {
		t.Errorf("identity %q, want the key's fingerprint", e)
	}
	c2 := ts.mustDial(t) // keyboard-interactive, no prompt
	c2.waitFor(t, "probe frame=0", 5*time.Second)
}

func TestPrivateMode(t *testing.T) {
	a, b, stranger := newSigner(t), newSigner(t), newSigner(t)
	ts := startServer(t, func(c *Config) { c.Allow = allowOf(t, a, b) })
	fpA := gossh.FingerprintSHA256(a.PublicKey())

	ts.mustDial(t, a)
	if e := ts.nextEvent(t, "start", 5*time.Second); !strings.HasSuffix(e, "id="+fpA) {
		t.Errorf("identity %q, want %s", e, fpA)
	}

	if _, err := ts.dial(ts.clientConfig(stranger), 80, 24); err == nil {
		t.Fatal("an unlisted key got in")
	}
	ts.waitLog(t, `"key refused" remote=127.0.0.1`, 5*time.Second)
	ts.waitLog(t, gossh.FingerprintSHA256(stranger.PublicKey()), 5*time.Second)
	if _, err := ts.dial(ts.clientConfig(), 80, 24); err == nil {
		t.Fatal("keyboard-interactive got into a private server")
	}
}

// The offered-key attack (CVE-2024-45337, soft-serve CVE-2026-24058):
// offer an allowed key, authenticate another way. The public-key callback
// said yes to the offer; identity must come only from what authenticated.
func TestOfferedKeyAttack(t *testing.T) {
	allowed, other := newSigner(t), newSigner(t)
	fpAllowed := gossh.FingerprintSHA256(allowed.PublicKey())
	offerThenOther := []gossh.AuthMethod{
		gossh.PublicKeys(offerOnly{allowed.PublicKey()}),
		noPrompt,
		gossh.PublicKeys(other),
	}

	t.Run("private: no access", func(t *testing.T) {
		ts := startServer(t, func(c *Config) { c.Allow = allowOf(t, allowed) })
		cfg := ts.clientConfig()
		cfg.Auth = offerThenOther
		if c, err := ts.dial(cfg, 80, 24); err == nil {
			c.conn.Close()
			t.Fatal("offering an allowed key without its private half gave access")
		}
		ts.waitLog(t, "handshake failed", 5*time.Second)
	})
	t.Run("public: identity is not the offered key", func(t *testing.T) {
		ts := startServer(t, nil)
		cfg := ts.clientConfig()
		cfg.Auth = offerThenOther
		c, err := ts.dial(cfg, 80, 24)
		if err != nil {
			t.Fatalf("%v; logs:\n%s", err, ts.logs)
		}
		defer c.conn.Close()
		e := ts.nextEvent(t, "start", 5*time.Second)
		if strings.Contains(e, fpAllowed) || !strings.HasSuffix(e, "id=") {
			t.Errorf("session identity %q; want keyboard-interactive (none), not the offered %s", e, fpAllowed)
		}
		c.waitFor(t, "probe frame=0", 5*time.Second)
		if logs := ts.logs.String(); !strings.Contains(logs, "fingerprint=keyboard-interactive") || strings.Contains(logs, fpAllowed) {
			t.Errorf("logs name the offered key or miss the real method:\n%s", logs)
		}
	})
}

func TestParseAllowList(t *testing.T) {
	k := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(newSigner(t).PublicKey())))
	for _, tc := range []struct {
		name, text, err string
		n               int
	}{
		{"one key", k + " alice\n", "", 1},
		{"comments and blanks", "# team\n\n  \n" + k + "\n", "", 1},
		{"CRLF", k + " bob\r\n", "", 1},
		{"bad line", "# x\n" + k + "\nnot a key\n", "3: not an OpenSSH public key", 0},
		{"options refused", `from="10.0.0.0/8" ` + k + "\n", "1: key options", 0},
		{"empty", "# nobody\n", "no keys", 0},
		{"truncated base64", k[:30] + "\n", "1: not an OpenSSH public key", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseAllowList(strings.NewReader(tc.text))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || a.Len() != tc.n {
				t.Fatalf("got %v, %v; want %d keys", a, err, tc.n)
			}
		})
	}
}

func FuzzParseAllowList(f *testing.F) {
	f.Add("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl a@b\n")
	f.Add("# c\n\nfrom=\"x\" ssh-rsa AAAA\n")
	f.Add("\x00\xff\n\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAllowList(strings.NewReader(s))
		if (a == nil) == (err == nil) {
			t.Fatalf("list %v and error %v", a, err)
		}
		if err != nil {
			for _, r := range err.Error() {
				if !unicode.IsPrint(r) {
					t.Fatalf("error carries %U: %q", r, err)
				}
			}
		}
	})
}
