package importer

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vitae-cli/vitae/model"
	"golang.org/x/text/unicode/norm"
)

// MaxInput is the largest input Import accepts, in bytes.
const MaxInput = 1 << 20

// ErrTooLarge and ErrBinary are the two reasons input is not treated as text.
var (
	ErrTooLarge = errors.New("input is larger than 1 MiB: this is not a résumé in text; split it or convert it first")
	ErrBinary   = errors.New("input is not text (it holds NUL bytes or is mostly invalid UTF-8): convert the document to plain text or Markdown first")
)

// srcLine is one normalised line and the 1-based line it came from.
type srcLine struct {
	no   int
	text string
}

var (
	ligatures = sync.OnceValue(func() *strings.Replacer {
		return strings.NewReplacer("ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st",
			"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u2002", " ", "\u2003", " ", "\u00ad", "",
			"\u2011", "-")
	})
	footerRe = lazyRE(`(?i)^\W*(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|-\s*\d+\s*-|seite\s*\d+(?:\s*von\s*\d+)?|página\s*\d+(?:\s*de\s*\d+)?)\W*$`)
	// noiseRe matches user-interface text copied with a LinkedIn page.
	noiseRe       = lazyRE(`(?i)^(?:.{1,80} logo|show all .*|see all .*|endorsed by .*|\d+\+? (?:connections|followers)|contact info|…\s*see more|\.\.\.\s*see more|see more|skills: .*\+\d+ skills?|\d+ endorsements?|message|connect|follow|more|show credential|report this profile)$`)
	pageCounterRe = lazyRE(`(?i)(?:#\s*/\s*#|#\s+(?:of|von|de|sur)\s+#)\s*$`)
	contactInfoRe = lazyRE(`\s{2,}Contact info$`)
)

// checkText rejects input that cannot be treated as text.
func checkText(b []byte) error {
	if len(b) > MaxInput {
		return ErrTooLarge
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return ErrBinary
	}
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	if len(b) > 0 && bad*10 > len(b) {
		return ErrBinary
	}
	return nil
}

// normalize turns raw text into clean lines: sanitized (no control
// sequences), NFC, ligatures and odd spaces replaced, hyphenated line ends
// joined, page footers and repeated running headers dropped.
func normalize(b []byte) []srcLine {
	s := string(b)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.NewReplacer("\r", "\n", "\f", "\n").Replace(s)
	raw := strings.Split(s, "\n")
	out := make([]srcLine, 0, len(raw))
	for i, l := range raw {
		l = model.Sanitize(l)
		if !isASCII(l) {
			l = norm.NFC.String(ligatures().Replace(l))
		}
		l = unpadLabel(strings.TrimRightFunc(l, unicode.IsSpace))
		out = append(out, srcLine{no: i + 1, text: l})
	}
	out = joinDateWraps(joinHyphens(splitColumns(out)))
	return dropDoubled(dropFooters(out))
}

// dropDoubled removes the second of two identical adjacent lines when the
// document does it repeatedly: a web page copied with its screen-reader
// text ("Staff Engineer" / "Staff Engineer", "Jan 2024 - Present · 2 yrs" twice)
// says everything twice. A single repeated line is left alone.
func dropDoubled(ls []srcLine) []srcLine {
	doubled := func(i int) bool {
		t := strings.TrimSpace(ls[i].text)
		return i > 0 && t != "" && t == strings.TrimSpace(ls[i-1].text) && strings.IndexFunc(t, unicode.IsLetter) >= 0 &&
			!strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "* ") && !strings.HasPrefix(t, "• ")
	}
	n := 0
	for i := range ls {
		if doubled(i) {
			n++
		}
	}
	if n < 3 {
		return ls
	}
	out := ls[:0:0]
	for i := range ls {
		if !doubled(i) {
			out = append(out, ls[i])
		}
	}
	return out
}

// isNoise reports whether t is user-interface text from a copied web page.
func isNoise(t string) bool {
	low := strings.ToLower(t)
	if low == "" {
		return false
	}
	if strings.HasSuffix(low, " logo") && len(t) < 90 {
		return true
	}
	switch low[0] {
	case 's', 'e', 'c', 'm', 'f', 'r', '.', 0xe2, '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return noiseRe.MatchString(t)
	}
	return false
}

// isFooter reports whether t is a page footer or running header: "Page 2
// of 3", LinkedIn UI text, or a short line repeated with only its numbers
// changing that ends in a page counter or says "page".
func isFooter(t string, count map[string]int) bool {
	if t == "" || len(t) >= 120 {
		return false
	}
	if hasDigit(t) && footerRe.MatchString(t) || isNoise(t) {
		return true
	}
	if len(t) >= 100 || !hasDigit(t) {
		return false
	}
	k := digitsToHash(t)
	low := strings.ToLower(k)
	switch {
	case count[k] >= 2 && (strings.Contains(low, "page") || pageCounterRe.MatchString(k)) && !hasYear(t):
		return true
	case count[k] >= 3 && !strings.ContainsAny(k, "-–—") && len(findAtoms(t, false)) == 0 && strings.Count(k, "#") == 1 && strings.HasSuffix(k, "#"):
		return true
	}
	return false
}

// digitsToHash replaces each run of digits with "#" ("Page 2 of 3" →
// "Page # of #"), so running footers that differ only in numbers compare equal.
func digitsToHash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inRun := false
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if !inRun {
				b.WriteByte('#')
			}
			inRun = true
			continue
		}
		inRun = false
		b.WriteByte(s[i])
	}
	return b.String()
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// joinHyphens joins a line ending in letter+"-" with a next line that starts
// in lower case: the word was broken by a PDF's line wrap. The hyphen stays
// for compounds ("data-" + "driven"); it goes when the second half is a
// word ending ("catch-" + "ing"), which only a typesetter's break produces.
func joinHyphens(ls []srcLine) []srcLine {
	out := ls[:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if !endsLetterHyphen(l.text) {
			out = append(out, l)
			continue
		}
		parts := []string{l.text}
		size := len(l.text)
		for i+1 < len(ls) && size < model.MaxFieldLen && endsLetterHyphen(parts[len(parts)-1]) {
			next := strings.TrimLeft(ls[i+1].text, " \t")
			r, _ := utf8.DecodeRuneInString(next)
			if !unicode.IsLower(r) {
				break
			}
			if suffixFrag.contains(strings.ToLower(strings.TrimRightFunc(strings.Fields(next)[0], func(r rune) bool { return !unicode.IsLetter(r) }))) {
				last := parts[len(parts)-1]
				parts[len(parts)-1] = last[:len(last)-1]
			}
			parts = append(parts, next)
			size += len(next)
			i++
		}
		l.text = strings.Join(parts, "")
		out = append(out, l)
	}
	return out
}

var (
	openRangeRe = lazyRE(`(?:\d{4}|\d{2}'|\b[A-Za-z]{3,9}\.? \d{4})\s*(?:[-–—]|to|until)$`)
	rangeEndRe  = lazyRE(`(?i)^(?:present|current|now|today|ongoing|date|heute|actualidad|atual|\d{1,2}[./]\d{4}|\d{4}|[a-z]{3,9}\.? \d{4})\b`)
)

// joinDateWraps joins a line that a PDF's wrap cut inside a date range
// ("… Chicago, IL, 2019 –" / "Present") back into one line.
func joinDateWraps(ls []srcLine) []srcLine {
	out := ls[:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if i+1 < len(ls) && len(l.text) < 400 && endsLikeRange(l.text) && openRangeRe.MatchString(l.text) {
			if next := strings.TrimSpace(ls[i+1].text); rangeEndRe.MatchString(next) {
				l.text += " " + next
				i++
			}
		}
		out = append(out, l)
	}
	return out
}

// endsLikeRange is a cheap pre-check for openRangeRe.
func endsLikeRange(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, "-") || strings.HasSuffix(s, "–") || strings.HasSuffix(s, "—") ||
		strings.HasSuffix(s, "to") || strings.HasSuffix(s, "until")
}

// suffixFrag are word endings that never stand alone after a hyphen.
var suffixFrag = newSet(`ing ings tion tions sion sions ment ments ed er ers ly ity ities ness able ible ance ence
	ure ures ive ous al ist ists ism ize ise ized ised izing ising ation ations ally ical less ful ship est
	ering ating ated ates ate ility ibility ical ically ization isation ency ancy ward wards`)

func endsLetterHyphen(s string) bool {
	if len(s) < 2 || s[len(s)-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r)
}

// dropFooters removes "Page 2 of 3" lines and short lines that repeat, with
// only their numbers changing, next to such footers or three or more times
// when they carry a number (running headers such as "Jane Doe – CV – 2").
func dropFooters(ls []srcLine) []srcLine {
	count := map[string]int{}
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t != "" && len(t) < 100 && hasDigit(t) {
			count[digitsToHash(t)]++
		}
	}
	out := ls[:0]
	dropped := false
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" && dropped {
			continue // the blank lines after a dropped footer
		}
		dropped = false
		if isFooter(t, count) {
			// A footer and the blank lines around it: text that ran across
			// the page break joins up again.
			for len(out) > 0 && strings.TrimSpace(out[len(out)-1].text) == "" {
				out = out[:len(out)-1]
			}
			dropped = true
			continue
		}
		l.text = contactInfoRe.ReplaceAllString(l.text, "")
		out = append(out, l)
	}
	return out
}
