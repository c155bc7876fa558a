package richtext

import (
	"net/url"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/model"
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

// DisplayURL is an address as text a person can trust, for showing a
// link (nothing is made clickable). An https address shows its real host
// and path without the scheme ("https://www.e.com/a/" → "e.com/a"): user
// info, which can make a host look like another ("https://bank.com@evil.example"),
// is left out. A mailto address shows the address alone. Anything else —
// http, ftp, file, javascript, data, text that is not a URL — is shown as
// written, scheme and all, so it never passes for a secure link. The
// result is sanitized and on one line.
func DisplayURL(raw string) string {
	raw = strings.TrimSpace(model.SanitizeLine(raw))
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return raw
	case strings.EqualFold(u.Scheme, "https") && u.Host != "" && u.Opaque == "":
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		return host + strings.TrimRight(u.EscapedPath(), "/")
	case strings.EqualFold(u.Scheme, "mailto") && u.Opaque != "":
		if addr, err := url.PathUnescape(u.Opaque); err == nil {
			return model.SanitizeLine(addr)
		}
	}
	return raw
}

// displayURL is what a Markdown link shows of its target after its text:
// DisplayURL for an absolute address, "" for anything else (fragments,
// relative links), which then shows as its text alone.
func displayURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Scheme == "" {
		return ""
	}
	return DisplayURL(s)
}

// FitURL cuts an address as DisplayURL shows it to at most width cells,
// keeping the end of its host — the part that says who owns it — in view:
// the path is cut first ("e.com/a/very/lo…"), then the start of the host
// ("…b.com.evil.example"), never the end. A scheme shown ("http://") stays
// while the host fits after it.
func FitURL(shown string, width int) string {
	if Cells(shown) <= width {
		return shown
	}
	if width <= 1 {
		return truncateCells("…", width)
	}
	start := 0
	if i := strings.Index(shown, "://"); i >= 0 {
		start = i + len("://")
	}
	end := len(shown)
	if i := strings.IndexByte(shown[start:], '/'); i >= 0 {
		end = start + i
	}
	head, host, path := shown[:start], shown[start:end], shown[end:]
	if w := Cells(head + host); w+1 <= width {
		return head + host + truncateCells(path, width-w-1) + "…"
	}
	return "…" + lastCells(host, width-1)
}

// lastCells is the longest end of s, cut between grapheme clusters, whose
// Cells is at most width.
func lastCells(s string, width int) string {
	var starts []int
	for i, rest := 0, s; rest != ""; {
		g, _ := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		if g == "" {
			g = rest
		}
		starts = append(starts, i)
		i += len(g)
		rest = rest[len(g):]
	}
	out := ""
	for k := len(starts) - 1; k >= 0; k-- {
		if Cells(s[starts[k]:]) > width {
			break
		}
		out = s[starts[k]:]
	}
	return out
}
