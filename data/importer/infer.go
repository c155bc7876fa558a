package importer

import "strings"

// possessiveRe is an organisation named in the possessive in a role's own
// text ("Curve's fraud system", "*Curve*'s sponsorship").
var possessiveRe = lazyRE(`(?:^|[\s(*_])([\p{Lu}][\p{L}\p{N}&.\-]*(?: [\p{Lu}][\p{L}\p{N}&.\-]*){0,2})[*_]?['’]s\b`)

// employerFromText names the employer of a role whose header names neither
// a title nor an employer (a dated block under the previous employer's
// heading, its own heading missing) from its bullets: the organisation they
// name in the possessive at least twice, and more often than any other.
// It returns "" when nothing stands out.
func employerFromText(e *entry) string {
	count := map[string]int{}
	n := 0
	for _, t := range append(append([]string(nil), e.highlights...), e.prose...) {
		if n += len(t); n > 64<<10 {
			break
		}
		for _, m := range possessiveRe.FindAllStringSubmatch(t, 32) {
			// "Rebuilt Curve's": a capitalised verb may open the match, so
			// every tail of it counts ("Rebuilt Curve", "Curve").
			f := strings.Fields(m[1])
			for k := range f {
				name := strings.Join(f[k:], " ")
				if spokenLanguages.has(name) || monthWords()[strings.ToLower(name)] > 0 || looksLocation(name) || name == "I" {
					continue
				}
				count[name]++
			}
		}
	}
	bestN := 0
	for _, c := range count {
		bestN = max(bestN, c)
	}
	if bestN < 2 {
		return ""
	}
	best := ""
	for name, c := range count {
		if c == bestN && len(name) > len(best) {
			best = name
		}
	}
	for name, c := range count {
		if c == bestN && !strings.HasSuffix(best, name) {
			return "" // two organisations as often: unclear
		}
	}
	return best
}
