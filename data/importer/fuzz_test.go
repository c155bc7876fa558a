package importer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/model"
)

// FuzzImport feeds arbitrary text to Import: it must not panic, must finish
// quickly, and nothing it returns may carry a terminal escape.
func FuzzImport(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/labelled/*.[tm][xd]*")
	more, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range append(seeds, more...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Experience\n\x1b[31mAcme\x1b[0m — Engineer (2018–2021)\n- did \x1b]8;;x\x07things\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		res, err := Import("fuzz.txt", b, Options{Now: model.MonthOf(2026, 11), Explain: true})
		// Wall time on a loaded machine with coverage instrumentation: a
		// generous bound that still catches a hang. The algorithmic bound
		// (CPU time per MiB) is TestLargeInputBounded's.
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("import took %v for %d bytes", d, len(b))
		}
		if err != nil {
			return
		}
		out, err := json.Marshal(res.Resume)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if strings.Contains(string(out), `\u001b`) || strings.Contains(string(out), `\u009b`) {
			t.Fatalf("escape in output: %s", out)
		}
	})
}

// TestLargeInputBounded imports adversarial inputs near the 1 MiB limit and
// holds each to under a second: long wrapped bullets, a single huge line,
// thousands of dated headers and headings.
func TestLargeInputBounded(t *testing.T) {
	var wrapped strings.Builder
	wrapped.WriteString("Experience\nAcme — Engineer (2018–2021)\n- start\n")
	for wrapped.Len() < MaxInput-64 {
		wrapped.WriteString("continued lower case wrapped text\n")
	}
	var headers strings.Builder
	for headers.Len() < MaxInput-128 {
		headers.WriteString("EXPERIENCE\nAcme Inc — Senior Engineer — Jan 2019 – Present\n• Built x\n")
	}
	var hyph strings.Builder
	for hyph.Len() < MaxInput-8 {
		hyph.WriteString("ab-\n")
	}
	var datedList strings.Builder
	datedList.WriteString("Experience\n")
	for datedList.Len() < MaxInput-64 {
		datedList.WriteString("- Principal Engineer, Klarna (2020–present)\n")
	}
	var tails, doubled strings.Builder
	tails.WriteString("Experience\n")
	for tails.Len() < MaxInput-96 {
		tails.WriteString("• Demand Planner, Ocado Retail, Hatfield (Feb 2021 – Present): owns the forecast.\n")
	}
	for doubled.Len() < MaxInput-64 {
		doubled.WriteString("Staff Engineer\nStaff Engineer\nJan 2024 - Present\nJan 2024 - Present\n")
	}
	inputs := map[string]string{
		"dangling":    "Experience\n" + strings.Repeat("Senior Manager of Success and\n", MaxInput/32),
		"role tails":  tails.String(),
		"doubled":     doubled.String(),
		"dated list":  datedList.String(),
		"wrapped":     wrapped.String(),
		"one line":    strings.Repeat("Jan 2019 – Present, Engineer @ Acme | ", MaxInput/40),
		"headers":     headers.String(),
		"hyphens":     hyph.String(),
		"dates":       strings.Repeat("01/02/2018 – 03/04/2019 ", MaxInput/30),
		"short years": "Experience\n" + strings.Repeat("Intern, KPMG, Jan 17 – Mar 17\nAnalyst, PwC 03/19 – 06/21\nQ3 2019 – H1 2021 Lead\n", MaxInput/90),
	}
	// CPU time, not wall time: the bound is about the algorithm, and CI
	// machines are shared. Wall time only catches hangs.
	for name, in := range inputs {
		start, cpu0 := time.Now(), cpuTime()
		if _, err := Import(name, []byte(in), Options{Explain: true}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cpu, wall := cpuTime()-cpu0, time.Since(start)
		t.Logf("%s: %d bytes in %v CPU (%v wall)", name, len(in), cpu, wall)
		if cpu > time.Second || wall > 30*time.Second {
			t.Errorf("%s: %d bytes took %v CPU, %v wall; want < 1s CPU", name, len(in), cpu, wall)
		}
	}
}

func TestRejectsNonText(t *testing.T) {
	if _, err := Import("big.txt", make([]byte, MaxInput+1), Options{}); err != ErrTooLarge {
		t.Errorf("oversized input: err %v, want ErrTooLarge", err)
	}
	if _, err := Import("x.pdf", []byte("%PDF-1.4\x00\x01\x02"), Options{}); err != ErrBinary {
		t.Errorf("binary input: err %v, want ErrBinary", err)
	}
}
