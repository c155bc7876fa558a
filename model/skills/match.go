package skills

import "strings"

// Match is one skill found in a text.
type Match struct {
	Skill      ID
	Start, End int    // byte offsets of the mention in the text
	Alias      string // the taxonomy alias that matched, as the taxonomy writes it
	Implied    bool   // the skill is implied by the mentioned one (RDS → AWS)
}

// Scanner finds skills in texts. It reuses its buffers between calls, so
// one Scanner per goroutine scans without allocating beyond the matches.
type Scanner struct {
	t     *Taxonomy
	toks  []token
	arena []byte
	cands []cand
}

// cand is a trie node reached by the tokens [i, j) during matching.
type cand struct {
	node     int32
	j        int
	fallback bool // the last token matched through its version or plural form
}

// NewScanner returns a Scanner over the taxonomy.
func (t *Taxonomy) NewScanner() *Scanner { return &Scanner{t: t} }

// Find returns the skills mentioned in prose (a bullet, a summary).
func (t *Taxonomy) Find(text string) []Match { return t.NewScanner().Scan(text, false, nil) }

// FindInList returns the skills in a list item such as a skills-section
// keyword, where a bare "R" or "Go" needs no surrounding context.
func (t *Taxonomy) FindInList(text string) []Match { return t.NewScanner().Scan(text, true, nil) }

// Scan appends to out the skills mentioned in text, in text order, and
// returns it. list says the text is a list item (a skills keyword) rather
// than prose. At each position the longest alias wins; a skill mentioned
// once is reported once per position even when several aliases name it.
func (s *Scanner) Scan(text string, list bool, out []Match) []Match {
	s.toks, s.arena = tokenize(text, s.toks[:0], s.arena[:0])
	tr := &s.t.trie
	toks := s.toks
	for i := 0; i < len(toks); {
		s.cands = s.cands[:0]
		n := int32(0)
		for j := i; j < len(toks) && j-i < tr.depth; j++ {
			tk := toks[j]
			if j > i && !joins(text[toks[j-1].end:tk.start]) {
				break // "AWS, DynamoDB" is two names, not "AWS DynamoDB"
			}
			if nx, ok := tr.step(n, s.arena[tk.ns:tk.ne]); ok {
				if len(tr.nodes[nx].targets) > 0 {
					s.cands = append(s.cands, cand{node: nx, j: j + 1})
				}
				n = nx
				continue
			}
			for _, e := range [2]int{tk.base, tk.sing} {
				if e < 0 {
					continue
				}
				if nx, ok := tr.step(n, s.arena[tk.ns:e]); ok && len(tr.nodes[nx].targets) > 0 {
					s.cands = append(s.cands, cand{node: nx, j: j + 1, fallback: true})
					break
				}
			}
			break
		}
		next := i + 1
		for c := len(s.cands) - 1; c >= 0; c-- {
			cd := s.cands[c]
			before, blocked := len(out), false
			for _, tg := range tr.nodes[cd.node].targets {
				if !s.accept(text, i, cd.j, tg, cd.fallback, list) {
					continue
				}
				blocked = blocked || len(tg.skills) == 0 // a "not" phrase: no skill here
				start, end := toks[i].start, toks[cd.j-1].end
				for k, id := range tg.skills {
					if !emitted(out[before:], id) {
						out = append(out, Match{Skill: id, Start: start, End: end, Alias: tg.alias, Implied: k > 0})
					}
				}
			}
			if len(out) > before || blocked {
				next = cd.j
				break
			}
		}
		i = next
	}
	return out
}

// emitted reports whether ms already holds a match for skill id.
func emitted(ms []Match, id ID) bool {
	for i := range ms {
		if ms[i].Skill == id {
			return true
		}
	}
	return false
}

// accept checks the case and context rules for a target matched by the
// tokens [i, j).
func (s *Scanner) accept(text string, i, j int, tg target, fallback, list bool) bool {
	if tg.cased == nil {
		return true
	}
	for k := i; k < j; k++ {
		orig, want := text[s.toks[k].start:s.toks[k].end], tg.cased[k-i]
		if orig != want && !(fallback && k == j-1 && strings.HasPrefix(orig, want)) {
			return false
		}
	}
	if j-i != 1 {
		return true
	}
	w := tg.cased[0]
	switch {
	case len(w) == 1:
		return s.letterOK(text, i, list)
	case isCapitalised(w):
		if !list && s.yearFollows(text, i) {
			return false // "Spring 2019", "Go 2020": a season or an event
		}
		return list || !atSentenceStart(text, s.toks[i].start) || s.positive(text, i, false)
	}
	return true
}

// isCapitalised reports whether w is a capitalised word ("Go", "Spark"),
// the shape a common word takes at the start of a sentence.
func isCapitalised(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// yearFollows reports whether token i is followed, after one space, by a
// four-digit year.
func (s *Scanner) yearFollows(text string, i int) bool {
	if i+1 >= len(s.toks) || text[s.toks[i].end:s.toks[i+1].start] != " " {
		return false
	}
	w := s.word(i + 1)
	return len(w) == 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') && isAllDigits(w)
}

// isAllDigits reports whether w is ASCII digits only.
func isAllDigits(w []byte) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return len(w) > 0
}

// joins reports whether the text between two tokens may sit inside one
// multi-word name: spaces, hyphens, slashes, underscores and emphasis
// marks do ("Apache Kafka", "CI/CD", "Objective-C"); commas, full stops,
// brackets and line breaks do not.
func joins(gap string) bool {
	for _, r := range gap {
		switch r {
		case ' ', '\t', '\u00a0', '-', '/', '_', '*':
		default:
			return false
		}
	}
	return true
}
