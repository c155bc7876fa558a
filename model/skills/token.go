package skills

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: a run of letters and digits, with the
// punctuation that belongs to technology names kept inside it ("Node.js",
// "C++", "C#", ".NET", "Python3", "2.7"). Hyphens, slashes, underscores,
// apostrophes and Markdown emphasis separate tokens.
type token struct {
	start, end int // byte offsets in the text
	ns, ne     int // the lower-cased form, as offsets in the scanner's arena
	base       int // arena end of the form without a version suffix ("python3" → "python"), or -1
	sing       int // arena end of the singular form ("lambdas" → "lambda"), or -1
}

// isWord reports whether r is part of a word.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// runeAt decodes the rune at byte i of s (utf8.RuneError past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// urlPrefixLen returns the length of a URL starting at i ("https://…",
// "www.…"), or 0. URLs are skipped: a repository path names no skill.
func urlPrefixLen(s string, i int) int {
	has := func(p string) bool {
		if len(s)-i < len(p) {
			return false
		}
		for k := 0; k < len(p); k++ {
			c := s[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != p[k] {
				return false
			}
		}
		return true
	}
	if !has("http://") && !has("https://") && !has("www.") {
		return 0
	}
	j := i
	for j < len(s) {
		switch s[j] {
		case ' ', '\t', '\n', '\r', '<', '>', '(', ')', '[', ']', '"', '\'', '*', '`':
			return j - i
		}
		j++
	}
	return j - i
}

// tokenize appends the tokens of s to toks and their lower-cased forms to
// arena, returning both. It allocates nothing when the slices have room.
func tokenize(s string, toks []token, arena []byte) ([]token, []byte) {
	i := 0
	for i < len(s) {
		r, n := runeAt(s, i)
		if !isWord(r) {
			if r == '.' && (i == 0 || !prevIsWord(s, i)) {
				if r2, _ := runeAt(s, i+1); isWord(r2) && !isDigit(r2) {
					// ".NET": a leading dot belongs to the name.
					toks, arena = scanToken(s, i, toks, arena)
					i = toks[len(toks)-1].end
					continue
				}
			}
			i += n
			continue
		}
		if u := urlPrefixLen(s, i); u > 0 && (i == 0 || !prevIsWord(s, i)) {
			i += u
			continue
		}
		toks, arena = scanToken(s, i, toks, arena)
		i = toks[len(toks)-1].end
	}
	return toks, arena
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// prevIsWord reports whether the rune before byte i is a word rune.
func prevIsWord(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWord(r)
}

// scanToken reads one token starting at i.
func scanToken(s string, i int, toks []token, arena []byte) ([]token, []byte) {
	start, ns := i, len(arena)
	if s[i] == '.' {
		arena = append(arena, '.')
		i++
	}
loop:
	for i < len(s) {
		r, n := runeAt(s, i)
		switch {
		case isWord(r):
			if r < utf8.RuneSelf {
				c := byte(r)
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				arena = append(arena, c)
			} else {
				arena = utf8.AppendRune(arena, unicode.ToLower(r))
			}
			i += n
			continue
		case r == '.':
			if r2, _ := runeAt(s, i+1); isWord(r2) {
				arena = append(arena, '.')
				i++
				continue
			}
		case r == '+':
			for i < len(s) && s[i] == '+' {
				arena = append(arena, '+')
				i++
			}
		case r == '#':
			if r2, _ := runeAt(s, i+1); !isWord(r2) {
				arena = append(arena, '#')
				i++
			}
		}
		break loop
	}
	t := token{start: start, end: i, ns: ns, ne: len(arena), base: -1, sing: -1}
	w := arena[ns:]
	// Version suffix: at least three letters then digits and dots.
	k := len(w)
	for k > 0 && (w[k-1] >= '0' && w[k-1] <= '9' || w[k-1] == '.') {
		k--
	}
	if k < len(w) && k >= 3 && isLetters(w[:k]) {
		t.base = ns + k
	}
	// Plural: four or more letters ending in a single "s".
	if n := len(w); n >= 4 && w[n-1] == 's' && w[n-2] != 's' && isLetters(w) {
		t.sing = ns + n - 1
	}
	return append(toks, t), arena
}

// isLetters reports whether b is ASCII letters only.
func isLetters(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
