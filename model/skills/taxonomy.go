// Package skills finds technologies, languages, tools and practices in the
// text of a profile, keeps where each was found, and aggregates the mentions
// into per-person evidence: which roles and years evidence each skill, and
// whether it is only claimed in the skills section.
//
// The package is pure: the taxonomy arrives as Entry values (the data/taxonomy
// package loads them from YAML) and "now" is injected.
package skills

import (
	"fmt"
	"slices"
	"strings"
)

// Entry is one skill as a taxonomy file writes it.
type Entry struct {
	// Name is the canonical name shown to people ("Go", "PostgreSQL").
	Name string
	// Category groups skills in views: one of Categories, or a user's own.
	Category string
	// Aliases match case-insensitively, as whole token sequences
	// ("Golang", "Postgres", "K8s"). The name itself is an alias too,
	// case-insensitive unless it is listed in Cased.
	Aliases []string
	// Cased aliases match only with exactly this capitalisation; they are
	// for names that are also common words or letters ("Go", "R", "Spark").
	Cased []string
	// Implies lists other skills that a mention of this one evidences too
	// ("Amazon RDS" implies "AWS"; "GKE" implies "Kubernetes").
	Implies []string
	// Not lists phrases that start like an alias and name something else
	// ("Apache License", "spark joy"): where one matches, in any
	// capitalisation, no skill is found.
	Not []string
}

// Categories are the known categories in display order. Entries may use
// others; views list unknown categories after these, by name.
var Categories = []string{
	"language", "framework", "database", "cloud", "infrastructure",
	"messaging", "data", "observability", "api", "networking", "security",
	"mobile", "practice", "tool", "format",
}

// CategoryRank orders categories for display: known ones by their place in
// Categories, unknown ones after them.
func CategoryRank(c string) int {
	if i := slices.Index(Categories, c); i >= 0 {
		return i
	}
	return len(Categories)
}

// ID identifies a skill inside one Taxonomy: an index into Skills().
type ID int32

// Skill is a canonical skill of a taxonomy.
type Skill struct {
	ID       ID
	Name     string
	Category string
	Implies  []ID
}

// Taxonomy is a compiled set of skills with its matcher. It is immutable
// after New, so one Taxonomy may be shared by every session.
type Taxonomy struct {
	skills  []Skill
	byName  map[string]ID // lower-cased canonical name → ID
	trie    trie
	aliases []Alias
}

// Alias is one name a skill is matched by.
type Alias struct {
	Text  string // as the taxonomy writes it
	Cased bool   // matched with exactly this capitalisation
	Skill ID
}

// New compiles entries into a Taxonomy. Later entries with the same name
// (compared case-insensitively) replace earlier ones, which is how a user
// file overrides the built-in one. Every Implies name must exist.
func New(entries []Entry) (*Taxonomy, error) {
	final := make([]Entry, 0, len(entries))
	pos := map[string]int{}
	for _, e := range entries {
		e.Name = strings.TrimSpace(e.Name)
		if e.Name == "" {
			return nil, fmt.Errorf("a skill has no name")
		}
		key := strings.ToLower(e.Name)
		if i, ok := pos[key]; ok {
			final[i] = e
			continue
		}
		pos[key] = len(final)
		final = append(final, e)
	}
	t := &Taxonomy{byName: make(map[string]ID, len(final))}
	for i, e := range final {
		t.skills = append(t.skills, Skill{ID: ID(i), Name: e.Name, Category: strings.TrimSpace(e.Category)})
		t.byName[strings.ToLower(e.Name)] = ID(i)
	}
	for i, e := range final {
		for _, n := range e.Implies {
			id, ok := t.byName[strings.ToLower(strings.TrimSpace(n))]
			if !ok {
				return nil, fmt.Errorf("skill %q implies %q, which is not in the taxonomy", e.Name, n)
			}
			if id != ID(i) && !slices.Contains(t.skills[i].Implies, id) {
				t.skills[i].Implies = append(t.skills[i].Implies, id)
			}
		}
	}
	t.trie = newTrie()
	for i, e := range final {
		targets := t.closure(ID(i))
		add := func(a string, cased bool) {
			t.trie.add(a, cased, targets)
			t.aliases = append(t.aliases, Alias{Text: a, Cased: cased, Skill: ID(i)})
		}
		if !slices.Contains(e.Cased, e.Name) {
			add(e.Name, false)
		}
		for _, a := range e.Aliases {
			add(a, false)
		}
		for _, a := range e.Cased {
			add(a, true)
		}
		for _, n := range e.Not {
			t.trie.add(n, false, nil)
		}
	}
	return t, nil
}

// closure is the skill and everything it implies, transitively, in order.
func (t *Taxonomy) closure(id ID) []ID {
	out := []ID{id}
	for i := 0; i < len(out); i++ {
		for _, j := range t.skills[out[i]].Implies {
			if !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
	}
	return out
}

// Skills returns every skill, indexed by ID. Callers must not modify it.
func (t *Taxonomy) Skills() []Skill { return t.skills }

// Aliases lists every alias of every skill, canonical names included,
// in taxonomy order. Callers must not modify it.
func (t *Taxonomy) Aliases() []Alias { return t.aliases }

// Len is the number of skills.
func (t *Taxonomy) Len() int { return len(t.skills) }

// Skill returns the skill with the given ID.
func (t *Taxonomy) Skill(id ID) Skill { return t.skills[id] }

// Lookup finds a skill by canonical name, case-insensitively.
func (t *Taxonomy) Lookup(name string) (Skill, bool) {
	id, ok := t.byName[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Skill{}, false
	}
	return t.skills[id], true
}

// lower folds s for comparisons of names.
func lower(s string) string { return strings.ToLower(s) }
