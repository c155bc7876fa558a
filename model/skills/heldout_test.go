package skills_test

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestHeldOutPrecisionRecall scores extraction on bullets that were labelled
// before the matcher ever saw them, so the seed score is not the only
// measure. It prints the score and fails below the same bars.
func TestHeldOutPrecisionRecall(t *testing.T) {
	tx := builtin(t)
	f, err := os.Open("testdata/heldout_labels.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tp, fp, fn, rows int
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, labels, ok := strings.Cut(line, "||")
		if !ok {
			t.Fatalf("heldout_labels.txt:%d: want \"text || skills\"", n)
		}
		rows++
		var want []string
		for _, s := range strings.Split(labels, ",") {
			if s = strings.TrimSpace(s); s != "" {
				want = append(want, s)
			}
		}
		got := names(tx, tx.Find(strings.TrimSpace(text)))
		for _, g := range got {
			if slices.Contains(want, g) {
				tp++
			} else {
				fp++
				t.Logf("line %d: extra %s", n, g)
			}
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				fn++
				t.Logf("line %d: missed %s", n, w)
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	fmt.Printf("held-out skill extraction: precision %.3f recall %.3f (tp %d, fp %d, fn %d over %d bullets)\n", p, r, tp, fp, fn, rows)
	if p < 0.95 || r < 0.90 {
		t.Errorf("precision %.3f (want ≥ 0.95), recall %.3f (want ≥ 0.90)", p, r)
	}
}
