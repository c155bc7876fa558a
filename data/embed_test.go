package data

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestLoadEmbedded(t *testing.T) {
	res := testLoader.LoadEmbedded()
	if len(res.Profiles) < 1 {
		t.Fatal("no embedded profiles")
	}
	for _, p := range res.Problems {
		if p.Severity == model.Error {
			t.Errorf("embedded profile error: %s", p)
		}
	}
	seen := map[string]bool{}
	for _, p := range res.Profiles {
		if !p.Source.Embedded || !strings.HasPrefix(p.Source.Path, "embedded/") || p.Source.Format != "json" {
			t.Errorf("%s: source %+v", p.ID, p.Source)
		}
		if seen[p.ID] || p.ID == "" {
			t.Errorf("ID %q not unique", p.ID)
		}
		seen[p.ID] = true
	}
}

// TestEmbeddedProfilesAreValid is what lets LoadEmbedded skip validation:
// every embedded file parses with no problem at all, and to exactly the
// Resume that LoadEmbedded's plain decode gives.
func TestEmbeddedProfilesAreValid(t *testing.T) {
	entries, err := fs.ReadDir(embedded, "profiles")
	if err != nil || len(entries) != 5 {
		t.Fatalf("%d embedded profiles, %v; want 5", len(entries), err)
	}
	fast := LoadEmbedded()
	if len(fast.Problems) != 0 || len(fast.Profiles) != 5 {
		t.Fatalf("LoadEmbedded: %d profiles, problems %v", len(fast.Profiles), fast.Problems)
	}
	for i, e := range entries {
		b, _ := fs.ReadFile(embedded, "profiles/"+e.Name())
		r, probs := testLoader.Parse("embedded/"+e.Name(), b, FormatJSON)
		for _, p := range probs {
			t.Errorf("%s", p)
		}
		if r == nil {
			continue
		}
		want, _ := Marshal(r, FormatJSON)
		got, _ := Marshal(&fast.Profiles[i].Resume, FormatJSON)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the validated parse and LoadEmbedded's decode differ", e.Name())
		}
	}
}
