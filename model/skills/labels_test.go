package skills_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readLabels parses testdata/seed_labels.txt: "SEED:LINE: a, b" rows.
func readLabels(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open("testdata/seed_labels.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, rest, ok := strings.Cut(line, ": ")
		if !ok || strings.Count(key, ":") != 1 {
			t.Fatalf("seed_labels.txt:%d: want \"SEED:LINE: skill, skill\"", n)
		}
		if _, dup := out[key]; dup {
			t.Fatalf("seed_labels.txt:%d: %s labelled twice", n, key)
		}
		for _, s := range strings.Split(rest, ",") {
			out[key] = append(out[key], strings.TrimSpace(s))
		}
	}
	return out
}

// TestSeedPrecisionRecall scores extraction against the hand-labelled skill
// mentions of every line of the five seed documents.
func TestSeedPrecisionRecall(t *testing.T) {
	tx := builtin(t)
	labels := readLabels(t)
	files, err := filepath.Glob("../../data/seeds/0*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("want the 5 seed documents, got %v (%v)", files, err)
	}
	var tp, fp, fn int
	used := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seed := filepath.Base(f)[:3]
		for i, line := range strings.Split(string(b), "\n") {
			key := fmt.Sprintf("%s:%d", seed, i+1)
			want, labelled := labels[key]
			if labelled {
				used++
			}
			got := names(tx, tx.Find(line))
			for _, g := range got {
				if slices.Contains(want, g) {
					tp++
				} else {
					fp++
					t.Logf("%s: extra %s", key, g)
				}
			}
			for _, w := range want {
				if !slices.Contains(got, w) {
					fn++
					t.Logf("%s: missed %s", key, w)
				}
			}
		}
	}
	if used != len(labels) {
		t.Errorf("%d labelled lines are not lines of the seeds", len(labels)-used)
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	fmt.Printf("seed skill extraction: precision %.3f recall %.3f (tp %d, fp %d, fn %d over %d labelled lines)\n", p, r, tp, fp, fn, len(labels))
	if p < 0.95 || r < 0.90 {
		t.Errorf("precision %.3f (want ≥ 0.95), recall %.3f (want ≥ 0.90)", p, r)
	}
}
