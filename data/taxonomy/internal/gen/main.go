// Command gen writes data/taxonomy/languages.yaml from GitHub Linguist's
// language data (via go-enry). Run it with `go generate ./data/taxonomy`.
package main

import (
	"log"
	"os"

	"github.com/vitae-cli/vitae/data/taxonomy/internal/linguist"
)

func main() {
	b, err := linguist.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("languages.yaml", b, 0o644); err != nil {
		log.Fatal(err)
	}
}
