package data

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The seed fidelity test: every embedded profile keeps every bullet of the
// seed text it was made from, verbatim, and every date its date lines print.
// The checker is in fidelity_check_test.go.

// fidPairs pairs every seed text in seeds/ with its profile, failing
// the test when a seed has no profile or more than one, or a profile no seed.
func fidPairs(t *testing.T) map[string]string {
	t.Helper()
	seeds, err := filepath.Glob(filepath.Join("seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed texts in seeds/ (%v)", err)
	}
	pairs := map[string]string{}
	numbers := map[string]bool{}
	for _, s := range seeds {
		num, _, _ := strings.Cut(filepath.Base(s), "_")
		numbers[num] = true
		profiles, _ := filepath.Glob(filepath.Join("profiles", num+"-*.json"))
		switch len(profiles) {
		case 1:
			pairs[s] = profiles[0]
		case 0:
			t.Errorf("%s has no profile: add profiles/%s-<name>.json, its JSON Resume", s, num)
		default:
			t.Errorf("%s has %d profiles %v: keep exactly one profiles/%s-*.json", s, len(profiles), profiles, num)
		}
	}
	all, _ := filepath.Glob(filepath.Join("profiles", "*.json"))
	for _, p := range all {
		num, _, _ := strings.Cut(filepath.Base(p), "-")
		if !numbers[num] {
			t.Errorf("%s has no seed text seeds/%s_*.txt beside it: embedded profiles are traced to their seed by number", p, num)
		}
	}
	return pairs
}

func fidRead(t *testing.T, seed, profile string) (string, map[string]any) {
	t.Helper()
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(profile)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", profile, err)
	}
	return string(text), doc
}

// TestSeedFidelity checks that every embedded profile holds every bullet of
// its seed text verbatim and every date of its date lines, and names its seed.
func TestSeedFidelity(t *testing.T) {
	pairs := fidPairs(t)
	for _, seed := range slices.Sorted(maps.Keys(pairs)) {
		profile := pairs[seed]
		t.Run(filepath.Base(seed), func(t *testing.T) {
			text, doc := fidRead(t, seed, profile)
			for _, p := range fidProblems(seed, text, profile, doc) {
				t.Error(p)
			}
			meta, _ := doc["meta"].(map[string]any)
			vitae, _ := meta["vitae"].(map[string]any)
			if got, _ := vitae["seed"].(string); got != filepath.Base(seed) {
				t.Errorf("%s: meta.vitae.seed is %q, want %q (the seed it was made from)", profile, got, filepath.Base(seed))
			}
		})
	}
}

// TestFidelityCatchesDeletedBullets deletes, one at a time, each string of
// a real profile that is the only holder of some seed bullet, and checks
// that the fidelity check then reports that bullet's line.
func TestFidelityCatchesDeletedBullets(t *testing.T) {
	pairs := fidPairs(t)
	for _, seed := range slices.Sorted(maps.Keys(pairs)) {
		profile := pairs[seed]
		text, doc := fidRead(t, seed, profile)
		var strs, dates []string
		fidCollect(doc, "", &strs, &dates)
		if len(fidMissing(seed, text, profile, strs, dates)) > 0 {
			continue // TestSeedFidelity reports these
		}
		tried := 0
		for i, line := range strings.Split(text, "\n") {
			b, ok := fidBulletText(line)
			if !ok {
				continue
			}
			holders := []int{}
			for j, s := range strs {
				if strings.Contains(s, b) {
					holders = append(holders, j)
				}
			}
			if len(holders) != 1 {
				continue
			}
			tried++
			cut := slices.Delete(slices.Clone(strs), holders[0], holders[0]+1)
			want := fmt.Sprintf("%s:%d: bullet", seed, i+1)
			if !slices.ContainsFunc(fidMissing(seed, text, profile, cut, dates), func(p string) bool { return strings.HasPrefix(p, want) }) {
				t.Errorf("%s:%d: deleting the bullet from %s went unnoticed", seed, i+1, profile)
			}
		}
		t.Logf("%s: %d bullets held by one string each, each deletion caught", profile, tried)
	}
}

func TestFidelityBulletText(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"- Design a ChatOps based deployments system.", "Design a ChatOps based deployments system.", true},
		{" - ★ Communicating,  coordinating\tand more", "Communicating, coordinating and more", true},
		{"• **University News App**: During", "**University News App**: During", true},
		{"  1. My resume was getting stale.", "My resume was getting stale.", true},
		{"2) second", "second", true},
		{"▸ a", "a", true},
		{"✅ done", "done", true},
		{"* * *", "", false},
		{"**Technologies**: Docker", "", false},
		{"1.0 Designing highly available systems: 50%", "", false},
		{"2006. I was able to work with the early SRE teams", "", false},
		{"-no space after the dash", "", false},
		{"Skillset: Python, SQL", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := fidBulletText(tt.line)
		if got != tt.want || ok != tt.ok {
			t.Errorf("fidBulletText(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFidelityLineDates(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"Aug. 2018 - PRESENT", []string{"2018-08"}},
		{"Sept. 2013 - June. 2017", []string{"2013-09", "2017-06"}},
		{"May, 2017 - PRESENT", []string{"2017-05"}},
		{"06.2023 – 2024.08 (1y 3m)", []string{"2023-06", "2024-08"}},
		{"London, United Kingdom Oct 2020 - Current", []string{"2020-10"}},
		{"Cagliari, Italy Oct. 2012 – Jul. 2015", []string{"2012-10", "2015-07"}},
		{"2015 to 2018", []string{"2015", "2018"}},
		{"2019-03 until present", []string{"2019-03"}},
		{"Jan. 2019", []string{"2019-01"}},
		{"Sunday, September 22, 2019", []string{"2019-09"}},
		{"2021", []string{"2021"}},
		{"Spotahome (Madrid, Spain; 100% remote since March 2020)", nil},
		{"In 2010 Twitter embarked on am ambitious project", nil},
		{"- Go Microservices at Curve Talk: On July 2019, I gave a talk", nil},
		{"Currently providing service in 9 countries", nil},
		{"Present at the meeting", nil},
		{"1.0 Designing: 50%", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range fidLineDates(tt.line) {
			got = append(got, d.key())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("fidLineDates(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestFidelityProblems(t *testing.T) {
	seed := "Acme\nOct 2020 - Present\n- Built **things**.\n - ★ Nested  one.\nPlain paragraph 1999.\n"
	full := `{"work": [{"name": "Acme", "startDate": "2020-10-01",
		"highlights": ["Built **things**.", "  Nested one."]}]}`
	tests := []struct {
		name, profile string
		want          []string
	}{
		{"complete", full, nil},
		{"bullet deleted", strings.Replace(full, `"  Nested one."`, `"  Nested"`, 1),
			[]string{`s.txt:4: bullet not found verbatim in any string of p.json: "Nested one."`}},
		{"emphasis lost", strings.Replace(full, `**things**`, `things`, 1),
			[]string{`s.txt:3: bullet not found verbatim in any string of p.json: "Built **things**."`}},
		{"year only", strings.Replace(full, `"2020-10-01"`, `"2020"`, 1),
			[]string{`s.txt:2: date "Oct 2020" is in no date field of p.json (want a date starting 2020-10)`}},
		{"date kept as text only", `{"work": [{"summary": "Oct 2020 - Present", "startDate": "2021-10",
			"highlights": ["Built **things**.", "Nested one."]}]}`,
			[]string{`s.txt:2: date "Oct 2020" is in no date field of p.json (want a date starting 2020-10)`}},
	}
	for _, tt := range tests {
		var doc any
		if err := json.Unmarshal([]byte(tt.profile), &doc); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := fidProblems("s.txt", seed, "p.json", doc); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
