package importer

import (
	"strings"
	"testing"
)

// BenchmarkImportLarge imports a 1 MiB résumé-shaped text.
func BenchmarkImportLarge(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < MaxInput-128 {
		sb.WriteString("EXPERIENCE\nAcme Inc — Senior Engineer — Jan 2019 – Present\n• Built x\n")
	}
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Import("large.txt", in, Options{Explain: true}); err != nil {
			b.Fatal(err)
		}
	}
}
