package search

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Extract lists the searchable documents of profiles in ranking order: the
// entries of the most recent roles first (see recency), and within the same
// recency in the order written — profile by profile; work, volunteer,
// projects, publications; summary or description before the highlights.
// Empty texts are left out.
func Extract(profiles []*model.Profile) []Doc {
	docs := make([]Doc, 0, countTexts(profiles))
	for _, p := range profiles {
		if p == nil {
			continue
		}
		docs = appendProfile(docs, p)
	}
	slices.SortStableFunc(docs, func(a, b Doc) int { return cmp.Compare(b.Entry.recency, a.Entry.recency) })
	return docs
}

// appendProfile appends the documents of one profile in written order.
func appendProfile(docs []Doc, p *model.Profile) []Doc {
	r := &p.Resume
	person := model.SanitizeLine(p.Name())
	for i := range r.Work {
		w := &r.Work[i]
		e := &Entry{Profile: p, Person: person, Section: SectionWork, Index: i,
			Org: line(w.Name), Title: line(w.Position),
			Dates: w.Range()}
		e.recency = recency(e.Dates)
		docs = appendText(docs, e, FieldSummary, w.Summary)
		docs = appendHighlights(docs, e, w.Highlights)
	}
	for i := range r.Volunteer {
		v := &r.Volunteer[i]
		e := &Entry{Profile: p, Person: person, Section: SectionVolunteer, Index: i,
			Org: line(v.Organization), Title: line(v.Position),
			Dates: model.Range{Start: v.StartDate, End: v.EndDate}}
		e.recency = recency(e.Dates)
		docs = appendText(docs, e, FieldSummary, v.Summary)
		docs = appendHighlights(docs, e, v.Highlights)
	}
	for i := range r.Projects {
		pr := &r.Projects[i]
		e := &Entry{Profile: p, Person: person, Section: SectionProject, Index: i,
			Org: line(pr.Entity), Title: line(pr.Name),
			Dates: model.Range{Start: pr.StartDate, End: pr.EndDate}}
		e.recency = recency(e.Dates)
		docs = appendText(docs, e, FieldDescription, pr.Description)
		docs = appendHighlights(docs, e, pr.Highlights)
	}
	for i := range r.Publications {
		pb := &r.Publications[i]
		e := &Entry{Profile: p, Person: person, Section: SectionPublication, Index: i,
			Org: line(pb.Publisher), Title: line(pb.Name),
			Dates: model.Range{Start: pb.ReleaseDate, End: pb.ReleaseDate}}
		e.recency = recency(e.Dates)
		docs = appendText(docs, e, FieldSummary, pb.Summary)
	}
	return docs
}

// appendText appends a summary or description when it has text.
func appendText(docs []Doc, e *Entry, f Field, text string) []Doc {
	if t := line(text); t != "" {
		docs = append(docs, Doc{Text: t, Entry: e, Highlight: -1, Field: f})
	}
	return docs
}

// appendHighlights appends each highlight with its nesting depth.
func appendHighlights(docs []Doc, e *Entry, hs []string) []Doc {
	for i, h := range hs {
		depth, text := model.HighlightDepth(h)
		if t := line(text); t != "" {
			docs = append(docs, Doc{Text: t, Entry: e, Highlight: int32(i),
				Depth: uint8(min(depth, math.MaxUint8)), Field: FieldHighlight})
		}
	}
	return docs
}

// countTexts is how many documents profiles can give at most, so the
// document slice is allocated once, at its size.
func countTexts(profiles []*model.Profile) int {
	n := 0
	for _, p := range profiles {
		if p == nil {
			continue
		}
		r := &p.Resume
		for i := range r.Work {
			n += 1 + len(r.Work[i].Highlights)
		}
		for i := range r.Volunteer {
			n += 1 + len(r.Volunteer[i].Highlights)
		}
		for i := range r.Projects {
			n += 1 + len(r.Projects[i].Highlights)
		}
		n += len(r.Publications)
	}
	return n
}

// line is untrusted text made safe for one line, without surrounding space.
// Text that is already safe is kept as it is, not copied.
func line(s string) string {
	if t := model.SanitizeLine(s); t != s {
		s = t
	}
	return strings.TrimSpace(s)
}

// recency orders entries by how recent they are: ongoing entries first, then
// by the last month they cover, then by the month they started; undated
// entries last. Greater is more recent.
func recency(r model.Range) int64 {
	const ongoing = math.MaxInt32
	var end, start int64
	switch {
	case r.Ongoing():
		end = ongoing
	case !r.End.IsZero():
		end = int64(r.End.Last()) + 1
	case !r.Start.IsZero(): // unreachable: a start without an end is ongoing
		end = int64(r.Start.Last()) + 1
	default:
		return 0
	}
	if !r.Start.IsZero() {
		start = int64(r.Start.First()) + 1
	}
	return end<<32 | start
}
