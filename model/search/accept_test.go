package search

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// embedded loads the profiles shipped with vitae (data/profiles) as the
// data package does, without importing it (model does no I/O).
func embedded(t *testing.T) []*model.Profile {
	t.Helper()
	files, err := filepath.Glob("../../data/profiles/*.json")
	if err != nil || len(files) == 0 {
		t.Skip("no embedded profiles in data/profiles")
	}
	var out []*model.Profile
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := &model.Profile{ID: strings.TrimSuffix(filepath.Base(f), ".json")}
		if err := json.Unmarshal(b, &p.Resume); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, p)
	}
	return out
}

// TestKafkaOverEmbeddedProfiles is the acceptance: "kafka" lists
// the Shopify and Spotahome bullets of seed 001 and the Cloudflare bullets
// of seed 003, best first. Every text that mentions Kafka is a match (a
// substring is a fuzzy match); sahilm's score, which charges a point per
// unmatched byte, decides the order.
func TestKafkaOverEmbeddedProfiles(t *testing.T) {
	ix := NewIndex(embedded(t))
	got, err := ix.Search(context.Background(), "kafka", Options{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	listed := map[*Doc]bool{}
	for i, r := range got {
		listed[r.Doc] = true
		if i > 0 && r.Score > got[i-1].Score {
			t.Fatalf("result %d scores %d, more than the one before it (%d)", i, r.Score, got[i-1].Score)
		}
	}
	if len(got) == 0 || !strings.Contains(strings.ToLower(got[0].Doc.Text), "kafka") {
		t.Fatalf("the best result does not mention Kafka: %+v", got)
	}
	want := map[string]int{"001/Shopify": 0, "001/Spotahome": 0, "003/Cloudflare": 0}
	for i := range ix.Len() {
		d := ix.Doc(i)
		key := d.ProfileID()[:min(3, len(d.ProfileID()))] + "/" + d.Entry.Org
		if _, ok := want[key]; !ok || !strings.Contains(strings.ToLower(d.Text), "kafka") {
			continue
		}
		want[key]++
		if !listed[d] {
			t.Errorf("%s: %.70q… mentions Kafka but is not listed", key, d.Text)
		}
	}
	for key, n := range want {
		if n == 0 {
			t.Errorf("%s: no text mentions Kafka", key)
		}
	}
}
