package model

import (
	"path"
	"sort"
	"strings"
)

// matchRank orders how well a query names a profile; lower is better.
type matchRank int

const (
	rankExact     matchRank = iota // the whole name, a handle or the ID
	rankWord                       // a whole word of the name ("medda")
	rankPrefix                     // a prefix of one of them ("000", "colom")
	rankSubstring                  // anywhere inside one of them
	rankNone
)

// FindProfiles returns the profiles a user means by query: the person's
// name, a handle, the profile ID or its file name, compared case-
// insensitively. Only the best kind of match is returned — exact beats a
// whole word, which beats a prefix, which beats a substring — so "medda"
// finds Andrea Medda even if another name contains "medda" inside a word.
// More than one result means the query is ambiguous.
func FindProfiles(profiles []*Profile, query string) []*Profile {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	best, out := rankNone, []*Profile(nil)
	for _, p := range profiles {
		r := rankOf(p, q)
		switch {
		case r < best:
			best, out = r, []*Profile{p}
		case r == best && r != rankNone:
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// rankOf is the best rank of q against any of the profile's names.
func rankOf(p *Profile, q string) matchRank {
	keys := []string{p.Name(), p.ID, strings.TrimSuffix(path.Base(p.Source.Path), path.Ext(p.Source.Path))}
	keys = append(keys, p.Handles()...)
	best := rankNone
	for _, k := range keys {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			continue
		}
		r := rankNone
		switch {
		case k == q:
			r = rankExact
		case hasWord(k, q):
			r = rankWord
		case strings.HasPrefix(k, q):
			r = rankPrefix
		case strings.Contains(k, q):
			r = rankSubstring
		}
		best = min(best, r)
	}
	return best
}

// hasWord reports whether q is one of the words of k (split on spaces,
// hyphens, dots and underscores).
func hasWord(k, q string) bool {
	for _, w := range strings.FieldsFunc(k, func(r rune) bool { return strings.ContainsRune(" -_.@/", r) }) {
		if w == q {
			return true
		}
	}
	return false
}
