package skills

import (
	"strings"
	"unicode/utf8"
)

// Context rules for cased aliases that are also ordinary words or letters.
// A capitalised word ("Go", "Spark", "Chef") at the start of a sentence
// counts only with positive context; a one-letter language ("C", "R")
// counts only in a list, emphasised, or next to a word about code, and
// never in "R&D", "C-level", "Series C" or "A/B/C".

// techNouns are words that, right after an ambiguous name, say it names a
// technology: "Go microservices", "R scripts", "Go meetup".
var techNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`api apis app apps application applications backend backends binary binaries
		chapter cli client clients cluster clusters code codebase community compiler component components
		conference consumer consumers cookbook cookbooks developer developers development engineer engineers
		engineering framework frameworks frontend guild job jobs language libraries library meetup meetups
		microservice microservices migration module modules notebook notebooks operator operators package
		packages pipeline pipelines plugin plugins program programming programs project projects provider
		providers queries query recipes runtime script scripting scripts sdk server servers service services
		shiny stack streaming studio template templates tool tooling tools worker workers`) {
		techNouns[w] = true
	}
}

// letterStop are words after which a capital letter is a label, not a
// language: "Series C", "Plan B", "Vitamin C", "Type C".
var letterStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`appendix block building category class column exhibit floor gate grade group
		hall key level major minor model note option part phase plan point room round row schedule section
		series size step team tier type version vitamin wing zone`) {
		letterStop[w] = true
	}
}

// letterPreps are words after which a capital letter names a language:
// "in C", "with R", "from C to C++".
var letterPreps = map[string]bool{"in": true, "with": true, "using": true, "from": true, "to": true, "into": true}

// prevSignificant returns the rune before byte i, skipping spaces, and
// whether there was one.
func prevSignificant(text string, i int) (rune, bool) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return r, true
		}
		i -= n
	}
	return 0, false
}

// nextSignificant returns the rune at or after byte i, skipping spaces,
// and its offset; ok is false at the end of the text.
func nextSignificant(text string, i int) (r rune, at int, ok bool) {
	for i < len(text) {
		r, n := runeAt(text, i)
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return r, i, true
		}
		i += n
	}
	return 0, i, false
}

// atSentenceStart reports whether the word at byte i starts a sentence,
// a bullet, a heading or the text (emphasis markers are looked through).
func atSentenceStart(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '\u00a0', '*', '_', '`', '"', '“':
			i -= n
			continue
		case '.', '!', '?', ':', '\n', '•', '-', '#', '>', '★':
			return true
		}
		return false
	}
	return true
}

// emphasised reports whether the token [start, end) is wrapped in
// Markdown emphasis or code marks.
func emphasised(text string, start, end int) bool {
	mark := func(c byte) bool { return c == '*' || c == '_' || c == '`' }
	return start > 0 && mark(text[start-1]) && end < len(text) && mark(text[end])
}

// word returns token k lower-cased, as bytes of the scanner's arena (map
// lookups with string(word) do not allocate).
func (s *Scanner) word(k int) []byte {
	return s.arena[s.toks[k].ns:s.toks[k].ne]
}

// positive reports whether the single token i stands in a technology
// context: emphasised, in a list, followed by a version or a word about
// code. letter adds the list signals that only make sense for letters.
func (s *Scanner) positive(text string, i int, letter bool) bool {
	tk := s.toks[i]
	if emphasised(text, tk.start, tk.end) {
		return true
	}
	r, at, ok := nextSignificant(text, tk.end)
	if !ok {
		return true
	}
	switch r {
	case ',', ';', '/', ')', '(', '|', '·', '•':
		return true
	case '.':
		if r2, _ := runeAt(text, at+1); letter && (r2 == ' ' || r2 == '\n' || r2 == utf8.RuneError) {
			return true
		}
	}
	if letter {
		if p, ok := prevSignificant(text, tk.start); ok && strings.ContainsRune(",;/(|:·•", p) {
			return true
		}
		// "written in C", "analysis with R", "ported from C to C++".
		if i > 0 && strings.TrimSpace(text[s.toks[i-1].end:tk.start]) == "" && letterPreps[string(s.word(i-1))] {
			return true
		}
	}
	if i+1 < len(s.toks) {
		gap := text[tk.end:s.toks[i+1].start]
		if strings.Trim(gap, " -") == "" {
			w := s.word(i + 1)
			if techNouns[string(w)] || w[0] >= '0' && w[0] <= '9' {
				return true
			}
			if letter && (string(w) == "and" || string(w) == "or") && i+2 < len(s.toks) {
				if _, ok := s.t.trie.step(0, s.arena[s.toks[i+2].ns:s.toks[i+2].ne]); ok {
					return true
				}
			}
		}
	}
	return false
}

// letterOK applies the rules for a one-letter language name at token i.
func (s *Scanner) letterOK(text string, i int, list bool) bool {
	tk := s.toks[i]
	next, _ := runeAt(text, tk.end)
	after, _ := runeAt(text, tk.end+1)
	switch {
	case next == '&' || next == '\'' || next == '’':
		return false
	case (next == '-' || next == '.') && isWord(after):
		return false
	case next == '.' && initialFollows(text, tk.end+1):
		return false // "R. Shah": an initial
	}
	if next == ')' && tk.start > 0 && text[tk.start-1] == '(' {
		return false // "(C)", "(R)": copyright and registered marks
	}
	if tk.start > 0 {
		prev, n := utf8.DecodeLastRuneInString(text[:tk.start])
		before, _ := utf8.DecodeLastRuneInString(text[:tk.start-n])
		if prev == '&' || (prev == '-' || prev == '.') && isWord(before) {
			return false
		}
	}
	// "A/B/C": a neighbour across a slash that is one character too.
	if i > 0 && text[s.toks[i-1].end:tk.start] == "/" && s.toks[i-1].end-s.toks[i-1].start == 1 {
		return false
	}
	if i+1 < len(s.toks) && text[tk.end:s.toks[i+1].start] == "/" && s.toks[i+1].end-s.toks[i+1].start == 1 {
		return false
	}
	if i > 0 && strings.TrimSpace(text[s.toks[i-1].end:tk.start]) == "" && letterStop[string(s.word(i-1))] {
		return false
	}
	return list || s.positive(text, i, true)
}

// initialFollows reports whether a capitalised word follows byte i after
// spaces, as a surname follows an initial ("R. Shah").
func initialFollows(text string, i int) bool {
	r, at, ok := nextSignificant(text, i)
	if !ok || at == i || r < 'A' || r > 'Z' {
		return false
	}
	r2, _ := runeAt(text, at+1)
	return r2 >= 'a' && r2 <= 'z'
}
