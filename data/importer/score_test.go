package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
	"golang.org/x/text/unicode/norm"
)

// score counts agreements between an import and a hand-made label, the way
// OfflineCV's ground-truth harness does: list fields as multisets, values
// compared after folding case, Unicode form and spacing.
type score struct {
	file                      string
	nameOK, emailOK           int // 1 or 0
	nameN, emailN             int // 1 when the label has one
	roleTP, rolePred, roleExp int
	dateOK, dateN             int
	bulletOK, bulletN         int
	skillTP, skillPred, skill int
}

func fold(s string) string {
	s = norm.NFC.String(strings.ToLower(s))
	s = strings.Trim(strings.Join(strings.Fields(s), " "), " .,;:")
	return s
}

// sameDate compares a predicted date with a label at the label's precision.
func sameDate(label, got model.Date) bool {
	if label.IsZero() || got.IsZero() {
		return label.IsZero() == got.IsZero()
	}
	if label.Year != got.Year {
		return false
	}
	if label.Prec >= model.PrecisionMonth {
		return got.Prec >= model.PrecisionMonth && got.Month == label.Month
	}
	return true
}

func scoreResume(file string, want, got *model.Resume) score {
	s := score{file: file}
	wb, gb := want.Basics, got.Basics
	if gb == nil {
		gb = &model.Basics{}
	}
	if wb != nil && wb.Name != "" {
		s.nameN = 1
		if fold(wb.Name) == fold(gb.Name) {
			s.nameOK = 1
		}
	}
	if wb != nil && wb.Email != "" {
		s.emailN = 1
		if fold(wb.Email) == fold(gb.Email) {
			s.emailOK = 1
		}
	}
	// Roles: employer + title + start at the label's precision.
	s.roleExp, s.rolePred = len(want.Work), len(got.Work)
	used := make([]bool, len(got.Work))
	for _, w := range want.Work {
		for j, g := range got.Work {
			if !used[j] && fold(w.Name) == fold(g.Name) && fold(w.Position) == fold(g.Position) && sameDate(w.StartDate, g.StartDate) {
				used[j] = true
				s.roleTP++
				break
			}
		}
	}
	// Dates: for each labelled role, the predicted role with the same
	// employer and title; its start and end must agree.
	usedD := make([]bool, len(got.Work))
	for _, w := range want.Work {
		s.dateN += 2
		for j, g := range got.Work {
			if !usedD[j] && fold(w.Name) == fold(g.Name) && fold(w.Position) == fold(g.Position) {
				usedD[j] = true
				if sameDate(w.StartDate, g.StartDate) {
					s.dateOK++
				}
				if sameDate(w.EndDate, g.EndDate) {
					s.dateOK++
				}
				break
			}
		}
	}
	// Bullets: exact text (nesting included), as a multiset over the résumé.
	have := map[string]int{}
	for _, g := range got.Work {
		for _, h := range g.Highlights {
			have[h]++
		}
	}
	for _, w := range want.Work {
		for _, h := range w.Highlights {
			s.bulletN++
			if have[h] > 0 {
				have[h]--
				s.bulletOK++
			}
		}
	}
	// Skills: keywords as a case-folded multiset.
	kw := map[string]int{}
	for _, g := range got.Skills {
		for _, k := range g.Keywords {
			kw[fold(k)]++
			s.skillPred++
		}
	}
	for _, w := range want.Skills {
		for _, k := range w.Keywords {
			s.skill++
			if kw[fold(k)] > 0 {
				kw[fold(k)]--
				s.skillTP++
			}
		}
	}
	return s
}

func (s *score) add(o score) {
	s.nameOK += o.nameOK
	s.nameN += o.nameN
	s.emailOK += o.emailOK
	s.emailN += o.emailN
	s.roleTP += o.roleTP
	s.rolePred += o.rolePred
	s.roleExp += o.roleExp
	s.dateOK += o.dateOK
	s.dateN += o.dateN
	s.bulletOK += o.bulletOK
	s.bulletN += o.bulletN
	s.skillTP += o.skillTP
	s.skillPred += o.skillPred
	s.skill += o.skill
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func f1(tp, pred, exp int) float64 {
	if pred == 0 && exp == 0 {
		return 1
	}
	if tp == 0 {
		return 0
	}
	p, r := ratio(tp, pred), ratio(tp, exp)
	return 2 * p * r / (p + r)
}

func (s score) row() string {
	return fmt.Sprintf("%-32s %4d/%-2d %4d/%-2d  %5.2f (%d/%d/%d)  %5.2f  %5.2f (%d/%d)  %5.2f",
		s.file, s.nameOK, s.nameN, s.emailOK, s.emailN, f1(s.roleTP, s.rolePred, s.roleExp), s.roleTP, s.rolePred, s.roleExp,
		ratio(s.dateOK, s.dateN), ratio(s.bulletOK, s.bulletN), s.bulletOK, s.bulletN, f1(s.skillTP, s.skillPred, s.skill))
}

const tableHead = "file                              name  email  roleF1 (tp/pred/exp)  dates  bullets        skillsF1"

// importFile imports one fixture with a fixed clock.
func importFile(t *testing.T, path string) *model.Resume {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(filepath.Base(path), b, Options{Now: model.MonthOf(2026, 11)})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return res.Resume
}

func loadLabel(t *testing.T, path string) *model.Resume {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r model.Resume
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &r
}

// TestScoreLabelled scores the importer on the labelled set and the seeds,
// prints the table, and holds the labelled set to the acceptance bars.
func TestScoreLabelled(t *testing.T) {
	// SCORE_GLOB scores a subset, comma-separated globs ("4[5-9]_*,5*" for
	// a blind round's first run); the acceptance bars then apply to it.
	glob := os.Getenv("SCORE_GLOB")
	if glob == "" {
		glob = "*"
	}
	var labels []string
	for _, g := range strings.Split(glob, ",") {
		m, _ := filepath.Glob("testdata/labelled/" + strings.TrimSpace(g) + ".json")
		labels = append(labels, m...)
	}
	if glob == "*" && len(labels) < 15 {
		t.Fatalf("labelled set has %d résumés, want at least 15", len(labels))
	}
	sort.Strings(labels)
	var total score
	total.file = "TOTAL labelled"
	lines := []string{tableHead}
	for _, lp := range labels {
		stem := strings.TrimSuffix(lp, ".json")
		src := stem + ".txt"
		if _, err := os.Stat(src); err != nil {
			src = stem + ".md"
		}
		want, got := loadLabel(t, lp), importFile(t, src)
		s := scoreResume(filepath.Base(stem), want, got)
		lines = append(lines, s.row())
		if os.Getenv("SCORE_DIFF") != "" {
			lines = append(lines, diffRoles(want, got)...)
		}
		total.add(s)
	}
	lines = append(lines, total.row())
	seeds := scoreSeeds(t)
	lines = append(lines, seeds...)
	t.Log("\n" + strings.Join(lines, "\n"))
	bars := []struct {
		what      string
		got, want float64
	}{
		{"names", ratio(total.nameOK, total.nameN), 1},
		{"emails", ratio(total.emailOK, total.emailN), 1},
		{"role F1", f1(total.roleTP, total.rolePred, total.roleExp), 0.90},
		{"dates", ratio(total.dateOK, total.dateN), 0.90},
		{"bullets", ratio(total.bulletOK, total.bulletN), 0.92},
	}
	for _, b := range bars {
		if b.got < b.want {
			t.Errorf("%s: %.3f on the labelled set, below the bar %.2f", b.what, b.got, b.want)
		}
	}
}

// scoreSeeds scores the five seed documents against their hand-made
// profiles, skipping a seed whose profile does not exist yet.
func scoreSeeds(t *testing.T) []string {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	sort.Strings(seeds)
	var total score
	total.file = "TOTAL seeds"
	var lines []string
	for _, sp := range seeds {
		id := strings.SplitN(filepath.Base(sp), "_", 2)[0]
		profiles, _ := filepath.Glob("../profiles/" + id + "-*.json")
		if len(profiles) == 0 {
			t.Logf("seed %s: no profile ../profiles/%s-*.json yet, not scored", filepath.Base(sp), id)
			continue
		}
		want, got := loadLabel(t, profiles[0]), importFile(t, sp)
		s := scoreResume("seed "+filepath.Base(profiles[0]), want, got)
		lines = append(lines, s.row())
		if os.Getenv("SCORE_DIFF") != "" {
			lines = append(lines, diffRoles(want, got)...)
		}
		total.add(s)
	}
	if len(lines) > 0 {
		lines = append(lines, total.row())
	}
	return lines
}

// diffRoles lists labelled roles and imported roles side by side (set
// SCORE_DIFF=1 to see them in the table).
func diffRoles(want, got *model.Resume) []string {
	var out []string
	if want.Basics != nil && got.Basics != nil && fold(want.Basics.Name) != fold(got.Basics.Name) {
		out = append(out, fmt.Sprintf("    name want %q got %q", want.Basics.Name, got.Basics.Name))
	}
	for _, w := range want.Work {
		out = append(out, fmt.Sprintf("    want %q | %q | %s-%s", w.Name, w.Position, w.StartDate, w.EndDate))
	}
	for _, g := range got.Work {
		out = append(out, fmt.Sprintf("    got  %q | %q | %s-%s", g.Name, g.Position, g.StartDate, g.EndDate))
	}
	return out
}

// TestSecondarySections checks education, certificates and languages on
// the labelled résumés whose labels list them: institution + study type,
// certificate name + ID + date, language names. The bar is lower than for
// roles: these sections vary more and matter less to the TUI.
func TestSecondarySections(t *testing.T) {
	labels, _ := filepath.Glob("testdata/labelled/*.json")
	var ok, n int
	var misses []string
	check := func(file, what string, good bool) {
		n++
		if good {
			ok++
		} else {
			misses = append(misses, file+": "+what)
		}
	}
	for _, lp := range labels {
		stem := strings.TrimSuffix(lp, ".json")
		src := stem + ".txt"
		if _, err := os.Stat(src); err != nil {
			src = stem + ".md"
		}
		want, got := loadLabel(t, lp), importFile(t, src)
		base := filepath.Base(stem)
		for _, w := range want.Education {
			found := false
			for _, g := range got.Education {
				found = found || fold(w.Institution) == fold(g.Institution) && fold(w.StudyType) == fold(g.StudyType) && fold(w.Area) == fold(g.Area) && sameDate(w.EndDate, g.EndDate)
			}
			check(base, "education "+w.Institution+" / "+w.StudyType+" / "+w.Area, found)
		}
		for _, w := range want.Certificates {
			found := false
			for _, g := range got.Certificates {
				found = found || fold(w.Name) == fold(g.Name) && string(w.Extra["id"]) == string(g.Extra["id"]) && sameDate(w.Date, g.Date)
			}
			check(base, "certificate "+w.Name, found)
		}
		for _, w := range want.Languages {
			found := false
			for _, g := range got.Languages {
				found = found || fold(w.Language) == fold(g.Language) && fold(w.Fluency) == fold(g.Fluency)
			}
			check(base, "language "+w.Language+" ("+w.Fluency+")", found)
		}
	}
	t.Logf("education, certificates, languages: %d/%d", ok, n)
	if r := ratio(ok, n); r < 0.85 {
		t.Errorf("secondary sections %.2f < 0.85; misses:\n%s", r, strings.Join(misses, "\n"))
	} else if len(misses) > 0 {
		t.Logf("misses:\n%s", strings.Join(misses, "\n"))
	}
}
