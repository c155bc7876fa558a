package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSearchExactQuery checks that a query starting with ' keeps only the
// texts that contain it literally, Cloudflare's Kafka bullets among them.
func TestSearchExactQuery(t *testing.T) {
	code, out, errs := runCmd(t, "search", "'kafka", "--json", "--limit", "0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res []struct {
		Person, Employer, Text string
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var medda int
	for _, r := range res {
		if !strings.Contains(strings.ToLower(r.Text), "kafka") {
			t.Errorf("not a literal match: %q", r.Text)
		}
		if r.Person == "Andrea Medda" && r.Employer == "Cloudflare" {
			medda++
		}
	}
	if len(res) == 0 || medda < 4 {
		t.Errorf("%d results, %d of Cloudflare", len(res), medda)
	}
	code, fuzzyOut, _ := runCmd(t, "search", "kafka", "--json", "--limit", "0")
	var all []any
	json.Unmarshal([]byte(fuzzyOut), &all)
	if code != 0 || len(all) <= len(res) {
		t.Errorf("the fuzzy query should find more (%d) than the exact one (%d)", len(all), len(res))
	}
}
