package data

import (
	"path/filepath"
	"strings"

	"github.com/vitae-cli/vitae/data/importer"
	"github.com/vitae-cli/vitae/model"
)

// Formats of résumés written for people, which Load imports (see
// data/importer) instead of parsing. vitae never writes them.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
)

// readableFormat is FormatOf extended with the text formats Load imports:
// .txt, .text, .md and .markdown.
func readableFormat(path string) (Format, bool) {
	if f, ok := FormatOf(path); ok {
		return f, true
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return FormatText, true
	case ".md", ".markdown":
		return FormatMarkdown, true
	}
	return "", false
}

// isText reports whether f is a format Load imports.
func isText(f Format) bool { return f == FormatText || f == FormatMarkdown }

// importText turns a plain-text or Markdown résumé into a profile with the
// importer. Its warnings become warnings at their lines. A text in which
// the importer finds no résumé (no roles, education, projects or writing,
// and no name with contact details) is not a profile: named explicitly it
// is an error, met inside a folder a notice, like any other file that is
// not a profile.
func (l Loader) importText(path string, b []byte, explicit bool) (*model.Profile, []model.Problem) {
	res, err := importer.Import(path, b, importer.Options{Now: model.MonthAt(l.now().Now())})
	if err != nil {
		return nil, []model.Problem{fileProblem(path, err.Error())}
	}
	if !looksLikeResume(res.Resume) {
		sev := model.Notice
		if explicit {
			sev = model.Error
		}
		return nil, []model.Problem{{File: path, Severity: sev,
			Message: "skipped: no résumé found in the text (no roles, education, projects or writing, and no name with contact details)"}}
	}
	probs := make([]model.Problem, 0, len(res.Warnings))
	for _, w := range res.Warnings {
		probs = append(probs, model.Problem{File: path, Line: w.Line, Col: w.Col, Severity: model.Warning,
			Message: "import: " + w.Message})
	}
	sanitizeResume(res.Resume)
	src := res.Source
	src.Path, src.Imported = path, true
	return &model.Profile{Source: src, Resume: *res.Resume}, probs
}

// looksLikeResume reports whether an imported document holds enough of a
// career to be shown as a person.
func looksLikeResume(r *model.Resume) bool {
	if r == nil {
		return false
	}
	if len(r.Work)+len(r.Education)+len(r.Projects)+len(r.Publications)+len(r.Volunteer) > 0 {
		return true
	}
	b := r.Basics
	return b != nil && strings.TrimSpace(b.Name) != "" && (b.Email != "" || b.Phone != "")
}
