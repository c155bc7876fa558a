// Package synth generates reproducible synthetic career profiles for
// benchmarks and tests: realistic engineering bullets of 50–400 characters
// built from the word lists in words.go with a fixed seed, so every run and
// every machine sees the same corpus.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Bullet lengths, in bytes.
const (
	MinBullet = 50
	MaxBullet = 400
)

// Profiles generates profiles holding exactly docs searchable texts
// (highlights, role summaries, project descriptions and publication
// summaries) in total. The same seed and docs always give the same
// profiles.
func Profiles(seed uint64, docs int) []*model.Profile {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5eed)), left: docs}
	var out []*model.Profile
	for i := 0; g.left > 0; i++ {
		out = append(out, g.profile(i))
	}
	return out
}

// gen holds the random source and how many texts are still to make.
type gen struct {
	r    *rand.Rand
	left int
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// take reserves one text; false when the quota is used up.
func (g *gen) take() bool {
	if g.left == 0 {
		return false
	}
	g.left--
	return true
}

func (g *gen) profile(i int) *model.Profile {
	p := &model.Profile{ID: fmt.Sprintf("synth-%06d", i),
		Source: model.Source{Path: fmt.Sprintf("synth/%06d.json", i), Format: "json"}}
	r := &p.Resume
	r.Basics = &model.Basics{Name: g.pick(firstNames) + " " + g.pick(lastNames), Label: g.pick(positions)}
	end := model.YearMonth(2026-g.r.IntN(3), 1+g.r.IntN(12))
	ongoing := g.r.IntN(3) > 0
	for range 2 + g.r.IntN(6) {
		if g.left == 0 {
			break
		}
		start := model.YearMonth(end.Year-1-g.r.IntN(4), 1+g.r.IntN(12))
		w := model.Work{Name: g.pick(employers), Position: g.pick(positions), StartDate: start, EndDate: end}
		if ongoing {
			w.EndDate, ongoing = model.Date{}, false
		}
		if g.r.IntN(3) == 0 && g.take() {
			w.Summary = g.summary()
		}
		w.Highlights = g.highlights(3 + g.r.IntN(8))
		r.Work = append(r.Work, w)
		end = model.YearMonth(start.Year, start.Month)
	}
	if g.r.IntN(4) == 0 && g.take() {
		pr := model.Project{Name: g.pick(techs) + " " + g.pick([]string{"operator", "exporter", "toolkit", "CLI"}),
			Description: g.bullet(), StartDate: model.YearOnly(2015 + g.r.IntN(10))}
		pr.Highlights = g.highlights(g.r.IntN(3))
		r.Projects = append(r.Projects, pr)
	}
	if g.r.IntN(6) == 0 && g.take() {
		r.Publications = append(r.Publications, model.Publication{Name: "Running " + g.pick(techs) + " in production",
			Publisher: "Engineering blog", ReleaseDate: model.YearMonth(2016+g.r.IntN(10), 1+g.r.IntN(12)),
			Summary: g.bullet()})
	}
	return p
}

// highlights makes up to n bullets, a few of them nested under the one
// before (model.HighlightIndent).
func (g *gen) highlights(n int) []string {
	var hs []string
	for i := 0; i < n && g.take(); i++ {
		depth := 0
		if i > 0 && g.r.IntN(5) == 0 {
			depth = 1
		}
		hs = append(hs, model.NestHighlight(depth, g.bullet()))
	}
	return hs
}

func (g *gen) summary() string {
	s := g.pick(summaries)
	args := []any{g.pick(techs), g.pick(objects)}
	return fmt.Sprintf(s, args[:strings.Count(s, "%s")]...)
}

// bullet is one achievement: a verb, an object, the technology, an outcome
// and some context, in a varying order and length between MinBullet and
// MaxBullet bytes (most 80–250, as people write them).
func (g *gen) bullet() string {
	want := MinBullet + int(float64(MaxBullet-MinBullet)*g.r.Float64()*g.r.Float64())
	var b strings.Builder
	for b.Len() < want {
		verb := g.pick(verbs)
		if b.Len() > 0 {
			sep := g.pick([]string{"; ", ", then ", ". ", " and "})
			b.WriteString(sep)
			if sep != ". " {
				verb = strings.ToLower(verb)
			}
		}
		b.WriteString(verb)
		b.WriteByte(' ')
		b.WriteString(g.pick(objects))
		fmt.Fprintf(&b, " %s %s", g.pick(connectors), g.pick(techs))
		if g.r.IntN(2) == 0 {
			b.WriteString(", " + g.pick(outcomes))
		}
		if g.r.IntN(3) == 0 {
			b.WriteString(" " + g.pick(contexts))
		}
	}
	return cut(b.String(), MaxBullet) + "."
}

// cut shortens s to at most n-1 bytes at a word boundary.
func cut(s string, n int) string {
	if len(s) < n {
		return s
	}
	s = s[:n-1]
	if i := strings.LastIndexByte(s, ' '); i >= MinBullet {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;.")
}
