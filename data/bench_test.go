package data

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

// Run: go test ./data -run '^$' -bench . -benchmem
// BenchmarkDecodeOnly is the floor: encoding/json into model.Resume, with
// none of vitae's checks, so the others read as ratios against it.

func benchSample(b *testing.B) ([]byte, []byte) {
	js, err := os.ReadFile("testdata/peer/sample.resume.json")
	if err != nil {
		b.Fatal(err)
	}
	r, _ := Parse("s", js, FormatJSON)
	ya, err := Marshal(r, FormatYAML)
	if err != nil {
		b.Fatal(err)
	}
	return js, ya
}

func BenchmarkDecodeOnly(b *testing.B) {
	js, _ := benchSample(b)
	b.SetBytes(int64(len(js)))
	for b.Loop() {
		var r model.Resume
		if err := json.Unmarshal(js, &r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseJSON(b *testing.B) {
	js, _ := benchSample(b)
	b.SetBytes(int64(len(js)))
	for b.Loop() {
		if r, _ := Parse("s", js, FormatJSON); r == nil {
			b.Fatal("not loaded")
		}
	}
}

func BenchmarkParseYAML(b *testing.B) {
	_, ya := benchSample(b)
	b.SetBytes(int64(len(ya)))
	for b.Loop() {
		if r, _ := Parse("s", ya, FormatYAML); r == nil {
			b.Fatal("not loaded")
		}
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	js, _ := benchSample(b)
	r, _ := Parse("s", js, FormatJSON)
	for b.Loop() {
		if _, err := Marshal(r, FormatJSON); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if res := LoadEmbedded(); len(res.Profiles) == 0 {
			b.Fatal("none")
		}
	}
}
