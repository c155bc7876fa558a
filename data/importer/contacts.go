package importer

import (
	"strings"
	"unicode"

	"github.com/vitae-cli/vitae/model"
)

// isContact reports whether s holds an e-mail address, a URL or a phone number.
func isContact(s string) bool {
	return emailRe.MatchString(s) || urlRe.MatchString(s) || phoneOf(s) != "" || strings.HasPrefix(strings.ToLower(s), "mailto:") ||
		obfuscatedRe.MatchString(s)
}

// isContactLine reports whether every part of a line is a contact or place,
// so the headline may still come after it.
func isContactLine(t string) bool {
	for _, seg := range splitRe.Split(t, 8) {
		if seg = strings.TrimSpace(seg); seg != "" && !isContact(seg) && !looksLocation(seg) {
			return false
		}
	}
	return true
}

// phoneOf returns the first phone number in s: 7 to 15 digits, not a date
// range, not glued to letters.
func phoneOf(s string) string {
	for _, loc := range phoneRe.FindAllStringIndex(s, 4) {
		m := s[loc[0]:loc[1]]
		if loc[0] > 0 && isWordByte(s[loc[0]-1]) {
			continue
		}
		n := 0
		for _, r := range m {
			if unicode.IsDigit(r) {
				n++
			}
		}
		if n >= 7 && n <= 15 && len(findRanges(m, false)) == 0 {
			return strings.TrimSpace(m)
		}
	}
	return ""
}

// contacts finds email, phone, links and location.
func (p *parser) contacts(b *model.Basics, pool []line, secs []section) {
	for _, l := range pool {
		t := plain(l.text)
		if b.Email == "" {
			if m := emailRe.FindString(t); m != "" {
				b.Email = strings.TrimRight(m, ".")
				p.used[l.no] = true
				p.ex.note("basics.email", l, "matches an e-mail address")
			}
		}
		if b.Email == "" && strings.Contains(strings.ToLower(t), "at") {
			// Written out against harvesters: "jane [at] example [dot] com".
			if email, lo, hi := obfuscatedEmail(t); email != "" {
				b.Email = email
				p.used[l.no] = true
				p.ex.note("basics.email", l, "an e-mail address written with (at) and (dot)")
				t = t[:lo] + " " + t[hi:]
			}
		}
		if b.Phone == "" {
			if ph := phoneOf(t); ph != "" {
				b.Phone = ph
				p.used[l.no] = true
			}
		}
		for _, u := range urlRe.FindAllString(t, 8) {
			if strings.Contains(b.Email, u) || strings.HasPrefix(b.Email, u) || emailRe.MatchString(t) && strings.Contains(t, "@"+u) {
				continue
			}
			p.addLink(b, strings.TrimRight(u, ".,;"))
			p.used[l.no] = true
		}
		if b.Location == nil && l.glyph == "" && (words(t) <= 16 || isContactLine(t)) {
			for _, seg := range splitRe.Split(t, 6) {
				seg = strings.TrimSpace(contactLabelRe.ReplaceAllString(seg, ""))
				if looksLocation(seg) && words(seg) <= 5 {
					b.Location = toLocation(seg)
					p.used[l.no] = true
					break
				}
			}
		}
	}
	if b.Email == "" { // anywhere else: footers, contact lines at the end
		for _, s := range secs {
			for _, l := range s.lines {
				if m := emailRe.FindString(l.text); m != "" && b.Email == "" {
					b.Email = strings.TrimRight(m, ".")
				}
			}
		}
	}
}

var (
	// obfuscatedRe is an address written out with bracketed words
	// ("jane [at] example [dot] com", "jane(at)example.org"), or, as a whole
	// contact segment, with plain ones ("jane at example dot com").
	obfuscatedRe = lazyRE(`(?i)([a-z0-9][a-z0-9._%+\-]*)\s*[\[({]\s*at\s*[\])}]\s*((?:[a-z0-9\-]+\s*(?:[\[({]\s*dot\s*[\])}]|\.)\s*)+[a-z]{2,})\b|^\s*(?:e-?mail\s*:?\s*)?([a-z0-9][a-z0-9._%+\-]*)\s+at\s+((?:[a-z0-9\-]+\s+dot\s+)+[a-z]{2,})\s*$`)
	dotWordRe    = lazyRE(`(?i)\s*(?:[\[({]\s*dot\s*[\])}]|\sdot\s)\s*`)
)

// addLink files a URL as a social profile or the person's site.
func (p *parser) addLink(b *model.Basics, u string) {
	u = fullURL(u)
	lower := strings.ToLower(u)
	for _, n := range []struct{ host, network string }{
		{"linkedin.com/in/", "LinkedIn"}, {"github.com/", "GitHub"}, {"gitlab.com/", "GitLab"},
		{"twitter.com/", "Twitter"}, {"x.com/", "X"}, {"stackoverflow.com/users/", "Stack Overflow"},
		{"medium.com/@", "Medium"}, {"mastodon.social/@", "Mastodon"}, {"bsky.app/profile/", "Bluesky"},
	} {
		if i := strings.Index(lower, n.host); i >= 0 {
			user := strings.Trim(u[i+len(n.host):], "/")
			if j := strings.IndexAny(user, "/?#"); j >= 0 {
				user = user[:j]
			}
			for _, sp := range b.Profiles {
				if strings.EqualFold(sp.URL, u) {
					return
				}
			}
			b.Profiles = append(b.Profiles, model.SocialProfile{Network: n.network, Username: user, URL: u})
			return
		}
	}
	if b.URL == "" {
		b.URL = u
	}
}

// fullURL gives a link its scheme: "github.com/x" → "https://github.com/x".
func fullURL(u string) string {
	low := strings.ToLower(u)
	if strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "mailto:") {
		return u
	}
	return "https://" + u
}

func toLocation(s string) *model.Location {
	parts := strings.SplitN(s, ",", 2)
	loc := &model.Location{City: strings.TrimSpace(parts[0])}
	if len(parts) == 2 {
		loc.Region = strings.TrimSpace(parts[1])
	}
	return loc
}

// obfuscatedEmail reads an address written out against harvesters from
// t (or from one of its contact segments) and returns it with its span.
func obfuscatedEmail(t string) (email string, lo, hi int) {
	if len(t) > 300 {
		return "", 0, 0
	}
	at := func(s string, off int) (string, int, int) {
		m := obfuscatedRe.FindStringSubmatchIndex(s)
		if m == nil {
			return "", 0, 0
		}
		u, d := 2, 4
		if m[2] < 0 {
			u, d = 6, 8
		}
		dom := strings.Join(strings.Fields(dotWordRe.ReplaceAllString(" "+s[m[d]:m[d+1]]+" ", ".")), "")
		return s[m[u]:m[u+1]] + "@" + strings.Trim(dom, "."), off + m[0], off + m[1]
	}
	if e, l, h := at(t, 0); e != "" {
		return e, l, h
	}
	start := 0
	for _, loc := range append(splitRe.FindAllStringIndex(t, 8), []int{len(t), len(t)}) {
		if e, l, h := at(t[start:loc[0]], start); e != "" {
			return e, l, h
		}
		start = loc[1]
	}
	return "", 0, 0
}
