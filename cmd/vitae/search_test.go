package main

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"github.com/vitae-cli/vitae/data"
	"github.com/vitae-cli/vitae/model/search"
)

// searchFixtures holds two small profiles with multi-byte text.
const searchFixtures = "testdata/search"

func TestSearchText(t *testing.T) {
	code, out, errs := runCmd(t, "search", "kafka", searchFixtures)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.RequireEqual(t, out)
}

func TestSearchFlags(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		code  int
		lines int
		errs  string
	}{
		{"limit", []string{"search", "kafka", searchFixtures, "--limit", "2"}, 0, 2, ""},
		{"profile", []string{"search", "kafka", "--profile", "müller", searchFixtures}, 0, 2, ""},
		{"no match", []string{"search", "zqzqzq", searchFixtures}, 1, 0, "nothing matches"},
		{"no query", []string{"search"}, 2, 0, "QUERY is required"},
		{"bad limit", []string{"search", "x", "--limit", "-1"}, 2, 0, "--limit"},
		{"unknown profile", []string{"search", "x", "--profile", "nobody", searchFixtures}, 1, 0, "no profile matches"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.errs) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.errs)
			}
			if n := strings.Count(out, "\n"); n != tt.lines {
				t.Fatalf("%d lines, want %d:\n%s", n, tt.lines, out)
			}
		})
	}
}

func TestSearchJSON(t *testing.T) {
	code, out, _ := runCmd(t, "search", "本mar", searchFixtures, "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got []searchJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(got) != 1 {
		t.Fatalf("%d results, want 1:\n%s", len(got), out)
	}
	r := got[0]
	if r.Person != "Ada Lovelace" || r.Employer != "Difference Ltd" || r.Position != "Backend Engineer" ||
		r.Section != "work" || r.Entry != 1 || r.Field != "highlights" || r.Index == nil || *r.Index != 1 ||
		r.Start != "2017-01" || r.End != "2020-12" {
		t.Fatalf("result = %+v", r)
	}
	// "Shipped the 日本 market…": 本 is the 14th rune but starts at byte 15.
	if want := []int{15, 19, 20, 21}; !slices.Equal(r.Matched, want) {
		t.Errorf("matched = %v, want %v", r.Matched, want)
	}
	if want := []int{13, 15, 16, 17}; !slices.Equal(r.MatchedRunes, want) {
		t.Errorf("matchedRunes = %v, want %v", r.MatchedRunes, want)
	}
}

// TestSearchTerminal draws results as on an 60-column terminal with
// ANSI styles: cut around the match, matched letters highlighted.
func TestSearchTerminal(t *testing.T) {
	res := data.Load(searchFixtures)
	results, err := search.NewIndex(res.Profiles).Search(context.Background(), "café", search.Options{})
	if err != nil || len(results) != 1 {
		t.Fatalf("%d results, %v", len(results), err)
	}
	more, _ := search.NewIndex(res.Profiles).Search(context.Background(), "kfk", search.Options{Limit: 3})
	r := lipgloss.NewRenderer(&bytes.Buffer{})
	r.SetColorProfile(termenv.ANSI)
	var out bytes.Buffer
	writeSearchText(&out, append(results, more...), newSearchStyle(r, 60))
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if w := lipgloss.Width(l); w > 60 {
			t.Errorf("line of %d cells: %q", w, l)
		}
	}
	golden.RequireEqual(t, out.String())
}

// TestSearchEmbeddedKafka is the acceptance through the command:
// the Shopify and Spotahome bullets of seed 001 and the Cloudflare bullets
// of seed 003 are listed, best first.
func TestSearchEmbeddedKafka(t *testing.T) {
	code, out, _ := runCmd(t, "search", "kafka", "--json", "--limit", "0")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got []searchJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for i, r := range got {
		if i > 0 && r.Score > got[i-1].Score {
			t.Fatalf("not best first at %d: %d after %d", i, r.Score, got[i-1].Score)
		}
		if strings.Contains(strings.ToLower(r.Text), "kafka") {
			seen[r.Profile[:3]+"/"+r.Employer]++
		}
	}
	for _, key := range []string{"001/Shopify", "001/Spotahome", "003/Cloudflare"} {
		if seen[key] == 0 {
			t.Errorf("no %s bullet about Kafka listed; listed: %v", key, seen)
		}
	}
}
