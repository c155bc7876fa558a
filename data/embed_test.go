package data

import (
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
