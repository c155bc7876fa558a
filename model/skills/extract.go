package skills

import (
	"encoding/json"

	"github.com/vitae-cli/vitae/model"
)

// Section names the part of a résumé a mention was found in.
type Section string

// The sections extraction reads. Languages (spoken) and education are not
// read: they name no skills an interviewer would count.
const (
	SectionWork        Section = "work"
	SectionProjects    Section = "projects"
	SectionVolunteer   Section = "volunteer"
	SectionPublication Section = "publications"
	SectionSkills      Section = "skills"
)

// Field names the text of an entry a mention was found in.
type Field string

// The fields extraction reads.
const (
	FieldSummary     Field = "summary"     // work, volunteer and publication summaries
	FieldHighlight   Field = "highlight"   // a bullet, nested or not
	FieldDescription Field = "description" // a project description
	FieldKeyword     Field = "keyword"     // one keyword of a skills group
	FieldGroup       Field = "name"        // the name of a skills group
	FieldSkillset    Field = "skillset"    // one skill a role lists (its ExtraSkillset)
)

// ExtraSkillset is the key of a work entry's own list of skills, a vitae
// extension of JSON Resume ("Skillset: Python, SQL…" under a role). Like
// the skills section it is a claim, not evidence.
const ExtraSkillset = "x-skillset"

// skillset reads a work entry's ExtraSkillset: a list of strings, or one.
func skillset(w *model.Work) []string {
	raw, ok := w.Extra[ExtraSkillset]
	if !ok {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var one string
	if json.Unmarshal(raw, &one) == nil && one != "" {
		return []string{one}
	}
	return nil
}

// Source says exactly which text of a profile a mention is in.
type Source struct {
	Section Section
	Index   int   // index of the entry in its section (Resume.Work[Index], …)
	Field   Field //
	Item    int   // index in Highlights or Keywords; -1 for a single text
	Depth   int   // nesting depth of a highlight (model.HighlightDepth)
}

// Claim reports whether the source is a list of skills (the skills
// section, a role's skillset), where a person claims a skill rather than
// showing it in work.
func (s Source) Claim() bool { return s.Section == SectionSkills || s.Field == FieldSkillset }

// Mention is one skill found in one text of a profile, with its provenance.
// Start and End are byte offsets in the field's stored text (for a
// highlight, the string in Highlights, indentation included).
type Mention struct {
	Profile string // Profile.ID
	Source
	Match
}

// Text returns the stored text a source points at, or "" when the profile
// has no such text.
func Text(r *model.Resume, s Source) string {
	pick := func(list []string) string {
		if s.Item >= 0 && s.Item < len(list) {
			return list[s.Item]
		}
		return ""
	}
	switch s.Section {
	case SectionWork:
		if s.Index < len(r.Work) {
			w := &r.Work[s.Index]
			switch s.Field {
			case FieldSummary:
				return w.Summary
			case FieldSkillset:
				return pick(skillset(w))
			}
			return pick(w.Highlights)
		}
	case SectionProjects:
		if s.Index < len(r.Projects) {
			p := &r.Projects[s.Index]
			if s.Field == FieldDescription {
				return p.Description
			}
			return pick(p.Highlights)
		}
	case SectionVolunteer:
		if s.Index < len(r.Volunteer) {
			v := &r.Volunteer[s.Index]
			if s.Field == FieldSummary {
				return v.Summary
			}
			return pick(v.Highlights)
		}
	case SectionPublication:
		if s.Index < len(r.Publications) {
			return r.Publications[s.Index].Summary
		}
	case SectionSkills:
		if s.Index < len(r.Skills) {
			g := &r.Skills[s.Index]
			if s.Field == FieldGroup {
				return g.Name
			}
			return pick(g.Keywords)
		}
	}
	return ""
}

// Extract finds every skill mentioned in the profile's work (summaries and
// highlights, nested ones included), projects (descriptions and
// highlights), volunteering, publications, the roles' skillsets and the
// skills section, in that order. Skillsets and skills-section keywords are
// read as list items, and are claims.
func (t *Taxonomy) Extract(p *model.Profile) []Mention {
	sc := t.NewScanner()
	r := &p.Resume
	var out []Mention
	var buf []Match
	scan := func(src Source, text string, list bool) {
		if text == "" {
			return
		}
		if src.Field == FieldHighlight {
			src.Depth, _ = model.HighlightDepth(text)
		}
		buf = sc.Scan(text, list, buf[:0])
		for _, m := range buf {
			out = append(out, Mention{Profile: p.ID, Source: src, Match: m})
		}
	}
	bullets := func(sec Section, i int, hs []string) {
		for k, h := range hs {
			scan(Source{Section: sec, Index: i, Field: FieldHighlight, Item: k}, h, false)
		}
	}
	for i := range r.Work {
		scan(Source{Section: SectionWork, Index: i, Field: FieldSummary, Item: -1}, r.Work[i].Summary, false)
		bullets(SectionWork, i, r.Work[i].Highlights)
	}
	for i := range r.Work {
		for k, kw := range skillset(&r.Work[i]) {
			scan(Source{Section: SectionWork, Index: i, Field: FieldSkillset, Item: k}, kw, true)
		}
	}
	for i := range r.Projects {
		scan(Source{Section: SectionProjects, Index: i, Field: FieldDescription, Item: -1}, r.Projects[i].Description, false)
		bullets(SectionProjects, i, r.Projects[i].Highlights)
	}
	for i := range r.Volunteer {
		scan(Source{Section: SectionVolunteer, Index: i, Field: FieldSummary, Item: -1}, r.Volunteer[i].Summary, false)
		bullets(SectionVolunteer, i, r.Volunteer[i].Highlights)
	}
	for i := range r.Publications {
		scan(Source{Section: SectionPublication, Index: i, Field: FieldSummary, Item: -1}, r.Publications[i].Summary, false)
	}
	for i := range r.Skills {
		scan(Source{Section: SectionSkills, Index: i, Field: FieldGroup, Item: -1}, r.Skills[i].Name, true)
		for k, kw := range r.Skills[i].Keywords {
			scan(Source{Section: SectionSkills, Index: i, Field: FieldKeyword, Item: k}, kw, true)
		}
	}
	return out
}

// EntryRange returns the dates of the entry a source is in (a
// publication's release date as a one-date range); the zero Range when it
// has none.
func EntryRange(r *model.Resume, s Source) model.Range {
	switch s.Section {
	case SectionWork:
		if s.Index < len(r.Work) {
			return r.Work[s.Index].Range()
		}
	case SectionProjects:
		if s.Index < len(r.Projects) {
			return model.Range{Start: r.Projects[s.Index].StartDate, End: r.Projects[s.Index].EndDate}
		}
	case SectionVolunteer:
		if s.Index < len(r.Volunteer) {
			return model.Range{Start: r.Volunteer[s.Index].StartDate, End: r.Volunteer[s.Index].EndDate}
		}
	case SectionPublication:
		if s.Index < len(r.Publications) {
			d := r.Publications[s.Index].ReleaseDate
			return model.Range{Start: d, End: d}
		}
	}
	return model.Range{}
}
