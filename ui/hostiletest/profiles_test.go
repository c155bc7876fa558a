package hostiletest

import (
	"encoding/json"
	"fmt"

	"github.com/vitae-cli/vitae/model"
)

// filler hands out the text of the fields, one string at a time.
type filler struct {
	next func() string
	n    int // strings handed out
}

func (f *filler) s() string { f.n++; return f.next() }

func (f *filler) list(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = f.s()
	}
	return out
}

// raw is the text as a JSON string, for Extra.
func (f *filler) raw() json.RawMessage {
	b, _ := json.Marshal(f.s())
	return b
}

// fillProfile builds profile i with every text field the UI may show taken
// from f. Dates are real (they are typed), so timelines have roles to
// draw; each work entry has a distinct range, and two overlap.
func fillProfile(i int, f *filler) *model.Profile {
	ym := model.YearMonth
	work := func(k int) model.Work {
		return model.Work{
			Name: f.s(), Location: f.s(), Description: f.s(), Position: f.s(), URL: f.s(),
			StartDate: ym(2010+2*k, 1+k), EndDate: ym(2013+2*k, 12-k), Summary: f.s(), Highlights: f.list(4),
			Extra: model.Extra{"x-highlights": json.RawMessage(`[` + string(f.raw()) + `]`),
				"x-summary": f.raw(), "x-location": f.raw(), "x-role": f.raw()},
		}
	}
	r := model.Resume{
		Basics: &model.Basics{
			Name: f.s(), Label: f.s(), Email: f.s(), Phone: f.s(), URL: f.s(), Summary: f.s(),
			Location: &model.Location{Address: f.s(), City: f.s(), Region: f.s(), CountryCode: f.s(), PostalCode: f.s()},
			Profiles: []model.SocialProfile{{Network: f.s(), Username: f.s(), URL: f.s()}, {Network: "GitHub", Username: f.s(), URL: f.s()}},
		},
		Work:         []model.Work{work(0), work(1), work(2)},
		Volunteer:    []model.Volunteer{{Organization: f.s(), Position: f.s(), URL: f.s(), StartDate: ym(2015, 3), Summary: f.s(), Highlights: f.list(2)}},
		Education:    []model.Education{{Institution: f.s(), URL: f.s(), Area: f.s(), StudyType: f.s(), StartDate: ym(2005, 9), EndDate: ym(2009, 6), Score: f.s(), Courses: f.list(2)}},
		Awards:       []model.Award{{Title: f.s(), Date: ym(2019, 5), Awarder: f.s(), Summary: f.s()}},
		Certificates: []model.Certificate{{Name: f.s(), Date: ym(2020, 2), URL: f.s(), Issuer: f.s(), Extra: model.Extra{"id": f.raw()}}},
		Publications: []model.Publication{{Name: f.s(), Publisher: f.s(), ReleaseDate: ym(2021, 4), URL: f.s(), Summary: f.s()}},
		Skills:       []model.Skill{{Name: f.s(), Level: f.s(), Keywords: append(f.list(2), "Go", "Kubernetes")}, {Name: "Languages", Keywords: f.list(2)}},
		Languages:    []model.Language{{Language: f.s(), Fluency: f.s()}},
		Interests:    []model.Interest{{Name: f.s(), Keywords: f.list(2)}},
		References:   []model.Reference{{Name: f.s(), Reference: f.s()}},
		Projects: []model.Project{{Name: f.s(), Description: f.s(), Highlights: f.list(2), Keywords: f.list(2),
			StartDate: ym(2017, 1), EndDate: ym(2018, 1), URL: f.s(), Roles: f.list(1), Entity: f.s(), Type: f.s()}},
		Extra: model.Extra{"x-skillset": f.raw(), "x-icon": f.raw()},
	}
	return &model.Profile{
		ID:     fmt.Sprintf("p%d-%s", i, f.s()),
		Source: model.Source{Path: f.s(), Format: "json"},
		Resume: r,
	}
}

// fill builds n profiles and n problems from f.
func fill(n int, f *filler) ([]*model.Profile, []model.Problem) {
	var ps []*model.Profile
	var probs []model.Problem
	for i := range n {
		ps = append(ps, fillProfile(i, f))
		probs = append(probs, model.Problem{File: f.s(), Line: i + 1, Col: 2, Severity: model.Error, Message: f.s()},
			model.Problem{File: f.s(), Line: 0, Col: 0, Severity: model.Warning, Message: f.s()})
	}
	return ps, probs
}

// corpusFiller cycles through corpus; benignFiller hands out plain text of
// similar shapes (a few URLs among words) for the twin.
func corpusFiller(corpus []string) *filler {
	i := 0
	return &filler{next: func() string { s := corpus[i%len(corpus)]; i++; return s }}
}

func benignFiller() *filler {
	i := 0
	return &filler{next: func() string {
		i++
		switch i % 5 {
		case 0:
			return fmt.Sprintf("https://example.com/page/%d", i)
		case 1:
			return fmt.Sprintf("Benign entry %d with a few words of text", i)
		}
		return fmt.Sprintf("Text %d", i)
	}}
}
