package importer

import (
	"encoding/json"
	"os"
	"testing"
)

// TestDump prints the import of $IMPORT_FILE (a debugging aid; skipped
// when the variable is unset).
func TestDump(t *testing.T) {
	f := os.Getenv("IMPORT_FILE")
	if f == "" {
		t.Skip("set IMPORT_FILE to a résumé to print its import")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(f, b, Options{Explain: os.Getenv("EXPLAIN") != ""})
	if err != nil {
		t.Fatal(err)
	}
	out, _ := json.MarshalIndent(res.Resume, "", "  ")
	t.Log("\n" + string(out))
	for _, w := range res.Warnings {
		t.Logf("%d:%d: %s", w.Line, w.Col, w.Message)
	}
	for _, e := range res.Explain {
		t.Logf("%s line %d: %s", e.Field, e.Line, e.Why)
	}
}
