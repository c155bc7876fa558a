package importer

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkImportResume imports a real résumé (the first seed, 12 KB).
func BenchmarkImportResume(b *testing.B) {
	in, err := os.ReadFile("../seeds/000_951a850dc3e8625b.txt")
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import("seed.txt", in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportLarge imports 1 MiB of role headers and bullets (about
// 15 000 roles), with explanations on: the worst realistic shape for the
// per-role field scoring.
func BenchmarkImportLarge(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < MaxInput-128 {
		sb.WriteString("EXPERIENCE\nAcme Inc — Senior Engineer — Jan 2019 – Present\n• Built x\n")
	}
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import("large.txt", in, Options{Explain: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportProse imports 1 MiB of wrapped prose and bullets.
func BenchmarkImportProse(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Jane Doe\njane@example.org\n\nExperience\nAcme — Engineer (2018–2021)\n")
	for sb.Len() < MaxInput-128 {
		sb.WriteString("- Led the migration of the billing platform to a new\n  event-driven design, cutting costs by a third.\n")
	}
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import("prose.txt", in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
