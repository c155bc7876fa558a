package richtext

import (
	"net/url"
	"strings"
)

// link reads a Markdown link at the start of s: "[text](url)" or the
// autolink "<https://…>". It returns the link text (the address itself for
// an autolink), the address, and how many bytes it took; n is 0 when s does
// not start with a link. Links do not cross line breaks.
func link(s string) (text, addr string, n int) {
	line := s
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		line = s[:i]
	}
	if strings.HasPrefix(line, "<") {
		end := strings.IndexByte(line, '>')
		if end < 0 {
			return "", "", 0
		}
		addr = line[1:end]
		if !isWebURL(addr) || strings.ContainsAny(addr, " <") {
			return "", "", 0
		}
		return displayURL(addr), addr, end + 1
	}
	mid := strings.Index(line, "](")
	if !strings.HasPrefix(line, "[") || mid < 0 {
		return "", "", 0
	}
	end := strings.IndexByte(line[mid:], ')')
	if end < 0 || strings.ContainsAny(line[1:mid], "[]") {
		return "", "", 0
	}
	return line[1:mid], strings.TrimSpace(line[mid+2 : mid+end]), mid + end + 1
}

// isWebURL reports whether s is an absolute http(s) address.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// displayURL shows a web address by its real host and path, without the
// scheme ("https://www.e.com/a/" → "e.com/a"); "" for anything else
// (fragments, relative links), which then shows as its text alone.
func displayURL(s string) string {
	if !isWebURL(s) {
		return ""
	}
	u, _ := url.Parse(s)
	host := strings.TrimPrefix(u.Host, "www.")
	if u.User != nil {
		host = u.User.String() + "@" + host
	}
	return host + strings.TrimRight(u.EscapedPath(), "/")
}
