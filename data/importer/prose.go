package importer

import "strings"

// proseAtRe is an employer named in a role's first sentence: "I lead the
// mobile team at Revolut", "At Yandex I worked…", "Joined Monzo as…".
var proseAtRe = lazyRE(`(?:^|[\s(])(?:[Aa]t|[Jj]oined)\s+([\p{Lu}][\p{L}\p{N}&.\-]*(?: (?:[\p{Lu}][\p{L}\p{N}&.\-]*|&|of|de)){0,3})`)

// proseAsRe is the title named in the same sentence: "as an iOS developer".
var proseAsRe = lazyRE(`\bas (?:an?|the) ((?:[\p{L}\-]+ ){0,3}[\p{L}\-]+)`)

// roleFromProse reads the employer and the title of a dated role whose
// header names neither from the first sentence of its text, written in
// the first person ("At Yandex I worked on maps as an iOS developer").
// Only the first sentence counts: later ones name clients and partners.
func roleFromProse(e *entry) (company, title string) {
	var first string
	switch {
	case len(e.prose) > 0:
		first = e.prose[0]
	case len(e.highlights) > 0:
		first = e.highlights[0]
	default:
		return "", ""
	}
	if len(first) > 600 {
		first = first[:600]
	}
	if i := strings.IndexAny(first, ".;!?"); i > 0 && i+1 < len(first) && first[i+1] == ' ' {
		first = first[:i]
	}
	if m := proseAtRe.FindStringSubmatch(first); m != nil {
		name := strings.TrimRight(m[1], " .&")
		// "At Yandex I worked": the pronoun and joining words that
		// follow the name are not part of it.
		f := strings.Fields(name)
		for len(f) > 1 && pronounTails.contains(strings.ToLower(f[len(f)-1])) {
			f = f[:len(f)-1]
		}
		name = strings.Join(f, " ")
		if name != "I" && !looksLocation(name) && !spokenLanguages.has(name) && monthWords()[strings.ToLower(name)] == 0 {
			company = name
		}
	}
	if m := proseAsRe.FindStringSubmatch(first); m != nil && company != "" {
		f := strings.Fields(m[1])
		// The title ends at its last title word ("iOS developer on maps").
		for k := len(f); k > 0; k-- {
			if titleWords.contains(strings.ToLower(f[k-1])) {
				title = strings.Join(f[:k], " ")
				break
			}
		}
	}
	return company, title
}

// pronounTails are words that can follow an employer's name in a sentence
// but never end one.
var pronounTails = newSet("i we my our he she they of de & and")
