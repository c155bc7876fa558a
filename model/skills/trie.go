package skills

import (
	"slices"
	"strings"
)

// target is what an alias resolves to once its tokens have matched.
type target struct {
	alias  string   // the alias as the taxonomy writes it
	cased  []string // for cased aliases: each token exactly as written
	skills []ID     // the skill, then the skills it implies; none for a "not" phrase
}

// node is one state of the token trie.
type node struct {
	next    map[string]int32
	targets []target
}

// trie maps normalised alias token sequences to their targets. Matching
// walks it one token at a time, so the cost of a text is linear in its
// tokens whatever the number of aliases.
type trie struct {
	nodes []node
	depth int // the longest alias, in tokens
}

func newTrie() trie { return trie{nodes: []node{{}}} }

// add inserts one alias. Aliases without a word are ignored.
func (t *trie) add(alias string, cased bool, skills []ID) {
	alias = strings.TrimSpace(alias)
	toks, arena := tokenize(alias, nil, nil)
	if len(toks) == 0 {
		return
	}
	n := int32(0)
	for _, tk := range toks {
		key := string(arena[tk.ns:tk.ne])
		nx, ok := t.nodes[n].next[key]
		if !ok {
			if t.nodes[n].next == nil {
				t.nodes[n].next = map[string]int32{}
			}
			nx = int32(len(t.nodes))
			t.nodes = append(t.nodes, node{})
			t.nodes[n].next[key] = nx
		}
		n = nx
	}
	t.depth = max(t.depth, len(toks))
	tg := target{alias: alias, skills: skills}
	if cased {
		for _, tk := range toks {
			tg.cased = append(tg.cased, alias[tk.start:tk.end])
		}
	}
	for i, old := range t.nodes[n].targets {
		// The same alias for the same skill twice (name repeated as an
		// alias) is kept once; a cased and an uncased form both stay.
		if old.alias == tg.alias && (old.cased == nil) == (tg.cased == nil) && slices.Equal(old.skills[:min(1, len(old.skills))], tg.skills[:min(1, len(tg.skills))]) {
			t.nodes[n].targets[i] = tg
			return
		}
	}
	t.nodes[n].targets = append(t.nodes[n].targets, tg)
}

// step follows the edge for the given key from node n.
func (t *trie) step(n int32, key []byte) (int32, bool) {
	m := t.nodes[n].next
	if m == nil {
		return 0, false
	}
	nx, ok := m[string(key)]
	return nx, ok
}
