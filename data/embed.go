package data

import (
	"embed"
	"encoding/json"
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
// "embedded/<file>" and their Source says Embedded. They are part of the
// binary and fully validated by the package's tests (every one must Parse
// with no problem at all, to the same Resume), so here they are only
// decoded and sanitized: the TUI's first roster does not wait for the
// schema to compile.
func (l Loader) LoadEmbedded() Result {
	var res Result
	entries, err := fs.ReadDir(embedded, "profiles")
	if err != nil {
		res.Problems = append(res.Problems, fileProblem("embedded", err.Error()))
		return res
	}
	for _, e := range entries {
		name := "embedded/" + e.Name()
		r, err := decodeEmbedded(e.Name())
		if err != nil {
			res.Problems = append(res.Problems, fileProblem(name, err.Error()))
			continue
		}
		res.Profiles = append(res.Profiles, &model.Profile{Resume: *r,
			Source: model.Source{Path: name, Format: string(FormatJSON), Embedded: true}})
	}
	finish(&res)
	return res
}

// decodeEmbedded decodes one embedded profile without validating it.
func decodeEmbedded(file string) (*model.Resume, error) {
	b, err := fs.ReadFile(embedded, path.Join("profiles", file))
	if err != nil {
		return nil, err
	}
	var r model.Resume
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	sanitizeResume(&r)
	return &r, nil
}
