package data

import (
	"embed"
	"io/fs"
	"path"

	"github.com/vitae-cli/vitae/model"
)

// embedded holds the profiles shipped inside the binary: the JSON Resume
// files made from the seed documents in data/seeds.
//
//go:embed profiles/*.json
var embedded embed.FS

// LoadEmbedded reads the embedded profiles with the default Loader.
func LoadEmbedded() Result { return Loader{}.LoadEmbedded() }

// LoadEmbedded reads the profiles embedded in the binary. Their paths are
// "embedded/<file>" and their Source says Embedded.
func (l Loader) LoadEmbedded() Result {
	var res Result
	entries, err := fs.ReadDir(embedded, "profiles")
	if err != nil {
		res.Problems = append(res.Problems, fileProblem("embedded", err.Error()))
		return res
	}
	for _, e := range entries {
		b, err := fs.ReadFile(embedded, path.Join("profiles", e.Name()))
		name := "embedded/" + e.Name()
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		l.add(&res, name, b, msg, FormatJSON, model.Source{Path: name, Format: string(FormatJSON), Embedded: true}, true)
	}
	finish(&res)
	return res
}
