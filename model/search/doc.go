// Package search is vitae's fuzzy search over everything people wrote about
// their work: every bullet and sub-bullet, role summary, project description
// and publication summary of every loaded profile.
//
// Ranking is sahilm/fuzzy's: the same documents match, with the same scores
// and the same matched positions, as fuzzy.Find over Index.Texts(); ties are
// broken by how recent the role is, then by the order the profiles were
// written in. Search is much faster than fuzzy.Find because the index is
// prepared once (lowercased text, a set of the letters in each document), the
// scorer jumps between occurrences of the query's characters instead of
// walking every byte, work is spread across cores and only the best Limit
// results are kept. The scorer is checked against sahilm/fuzzy by a
// differential fuzz test.
package search

import (
	"strconv"

	"github.com/vitae-cli/vitae/model"
)

// Section is the part of a résumé a document comes from.
type Section uint8

// The sections that hold searchable text.
const (
	SectionWork Section = iota
	SectionVolunteer
	SectionProject
	SectionPublication
)

// String names the section as in JSON Resume ("work", "projects"…).
func (s Section) String() string {
	switch s {
	case SectionWork:
		return "work"
	case SectionVolunteer:
		return "volunteer"
	case SectionProject:
		return "projects"
	case SectionPublication:
		return "publications"
	}
	return "unknown"
}

// Field is which text of an entry a document is.
type Field uint8

// The searchable fields of an entry.
const (
	FieldHighlight   Field = iota // one bullet of "highlights"
	FieldSummary                  // "summary" of a role or publication
	FieldDescription              // "description" of a project
)

// String is the JSON Resume key of the field.
func (f Field) String() string {
	switch f {
	case FieldHighlight:
		return "highlights"
	case FieldSummary:
		return "summary"
	case FieldDescription:
		return "description"
	}
	return "unknown"
}

// Entry is the résumé entry documents come from: one role, volunteer
// position, project or publication of one person. All documents of an entry
// share it.
type Entry struct {
	Profile *model.Profile
	Person  string  // the person's name, sanitized for one line
	Section Section // where in the résumé the entry is
	Index   int     // position in Resume.Work, Volunteer, Projects or Publications
	Org     string  // employer, organization, project entity or publisher; sanitized
	Title   string  // position, project or publication name; sanitized
	Dates   model.Range

	recency int64 // the sort key of Dates, see recency
}

// Doc is one searchable text.
type Doc struct {
	// Text is what is searched and shown: the text as written, without the
	// indentation that nests a bullet, sanitized for one line
	// (model.SanitizeLine). Match positions are byte offsets into it.
	Text  string
	Entry *Entry
	// Highlight is the index in the entry's highlights, or -1 for a summary
	// or description.
	Highlight int32
	// Depth is the nesting of a highlight: 0 for a bullet, 1 for a
	// sub-bullet, and so on (model.HighlightDepth).
	Depth uint8
	Field Field
}

// ProfileID is the ID of the profile the document belongs to.
func (d *Doc) ProfileID() string { return d.Entry.Profile.ID }

// Years is the entry's time in years for a result line: "2021–2024",
// "2023–now" for an ongoing role, "2019" for a single year or a
// publication, "" when undated.
func (e *Entry) Years() string {
	r := e.Dates
	switch {
	case r.Ongoing():
		return strconv.Itoa(r.Start.Year) + "–now"
	case r.Start.IsZero() && r.End.IsZero():
		return ""
	case r.Start.IsZero():
		return strconv.Itoa(r.End.Year)
	case r.Start.Year == r.End.Year:
		return strconv.Itoa(r.Start.Year)
	}
	return strconv.Itoa(r.Start.Year) + "–" + strconv.Itoa(r.End.Year)
}

// Heading names the entry in a result line: the employer (organization,
// project entity or publisher), else the position, project or publication
// name.
func (e *Entry) Heading() string {
	if e.Org != "" {
		return e.Org
	}
	return e.Title
}
