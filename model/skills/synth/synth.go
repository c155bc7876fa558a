// Package synth generates a reproducible corpus of résumé-like bullets for
// benchmarking skill extraction: filler prose, technology names in the
// forms people write them (emphasis, versions, plurals, lists), and the
// ambiguous words the matcher must not take for skills.
package synth

import (
	"math/rand/v2"
	"strings"
)

// Seed is the fixed seed the benchmarks use, so every run scans the same
// text.
const Seed = 20261122

var (
	verbs = strings.Fields(`Built Designed Migrated Led Owned Automated Rewrote Scaled Introduced Maintained
		Deployed Reduced Improved Mentored Shipped Debugged Profiled Hardened Documented Operated`)
	nouns = strings.Fields(`pipeline service platform cluster dashboard library API gateway scheduler
		backend frontend runbook migration framework integration prototype workflow monitor tool`)
	filler = strings.Fields(`the a our new legacy internal critical shared regional multi-tenant
		with for across between during after before into from to and while reducing latency cost toil
		by 40% 3x for every team in production on time each quarter`)
	// tricky are phrases with words that look like skills and are not.
	tricky = []string{"go to market", "Series C funding", "R&D budget", "spark joy", "Go-live", "each node",
		"express delivery", "Plan B", "in Spring 2019", "make sure", "the chef's table", "a swift response"}
	// wrap are the ways a technology name appears in text.
	wrap = []func(string) string{
		func(s string) string { return s },
		func(s string) string { return "**" + s + "**" },
		func(s string) string { return "*" + s + "*" },
		func(s string) string { return s + "," },
		func(s string) string { return "(" + s + ")" },
		func(s string) string { return s + " 3" },
		func(s string) string { return s + "s" },
	}
)

// Bullets returns n bullets built from the given technology names (any
// non-empty list; the taxonomy's aliases in practice), the same for the
// same seed.
func Bullets(seed uint64, n int, names []string) []string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]string, n)
	var b strings.Builder
	for i := range out {
		b.Reset()
		b.WriteString(verbs[r.IntN(len(verbs))])
		words := 12 + r.IntN(30)
		for w := 0; w < words; w++ {
			b.WriteByte(' ')
			switch k := r.IntN(10); {
			case k < 2 && len(names) > 0:
				b.WriteString(wrap[r.IntN(len(wrap))](names[r.IntN(len(names))]))
			case k == 2:
				b.WriteString(tricky[r.IntN(len(tricky))])
			case k < 5:
				b.WriteString(nouns[r.IntN(len(nouns))])
			default:
				b.WriteString(filler[r.IntN(len(filler))])
			}
		}
		b.WriteByte('.')
		out[i] = b.String()
	}
	return out
}
