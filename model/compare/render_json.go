package compare

import (
	"encoding/json"
	"io"

	"github.com/vitae-cli/vitae/model"
)

// jsonMonths is a length of time in the JSON output.
type jsonMonths struct {
	Months int    `json:"months"`
	Approx bool   `json:"approximate,omitempty"`
	Text   string `json:"text"`
}

// months converts a summary length; nil when there is nothing to measure.
func months(m Months) *jsonMonths {
	if !m.OK {
		return nil
	}
	return &jsonMonths{Months: m.N, Approx: m.Approx, Text: m.String()}
}

type jsonRole struct {
	Dates    string `json:"dates"`
	Length   string `json:"length,omitempty"`
	Title    string `json:"title,omitempty"`
	Employer string `json:"employer,omitempty"`
	Dated    bool   `json:"dated"`
}

type jsonPerson struct {
	ID           string      `json:"id"`
	Name         string      `json:"name"`
	Headline     string      `json:"headline,omitempty"`
	Current      []string    `json:"currentRoles"`
	Experience   *jsonMonths `json:"experience"`
	Undated      int         `json:"undatedRoles"`
	EndsUnknown  bool        `json:"someEndUnknown,omitempty"`
	Employers    int         `json:"employers"`
	Unnamed      int         `json:"unnamedEmployers,omitempty"`
	MedianTenure *jsonMonths `json:"medianTenure"`
	LongestGap   *jsonMonths `json:"longestGap"`
	Ongoing      bool        `json:"ongoing"`
	LastEnd      string      `json:"lastRoleEnd,omitempty"` // JSON Resume date of the latest end
	Strip        string      `json:"years,omitempty"`       // one rune a year over the axis
	Roles        []jsonRole  `json:"roles"`
}

type jsonFact struct {
	Fact   string   `json:"fact"`
	Values []string `json:"values"`
	Best   []bool   `json:"best"`
}

type jsonCell struct {
	Status   string `json:"status"` // "evidenced", "claimed only", "both" or "none"
	Months   int    `json:"months"`
	Approx   bool   `json:"approximate,omitempty"`
	LastYear int    `json:"lastYear,omitempty"`
	Text     string `json:"text"`
}

type jsonSkill struct {
	Name     string     `json:"name"`
	Category string     `json:"category"`
	Holders  int        `json:"heldBy"`
	Cells    []jsonCell `json:"cells"`
}

type jsonComparison struct {
	AsOf     string       `json:"asOf"`
	FromYear int          `json:"fromYear,omitempty"`
	ToYear   int          `json:"toYear,omitempty"`
	People   []jsonPerson `json:"people"`
	Summary  []jsonFact   `json:"summary"`
	Order    string       `json:"skillOrder,omitempty"`
	Skills   []jsonSkill  `json:"skills,omitempty"`
}

// renderJSON writes every fact of the comparison for scripts.
func renderJSON(w io.Writer, c *Comparison) error {
	out := jsonComparison{AsOf: model.YearMonth(c.Now.Year(), c.Now.Num()).String(), People: []jsonPerson{}, Summary: []jsonFact{}}
	from, to, dated := c.YearRange()
	if dated {
		out.FromYear, out.ToYear = from, to
	}
	for i := range c.People {
		p := &c.People[i]
		s := &p.Summary
		jp := jsonPerson{ID: model.SanitizeLine(p.Profile.ID), Name: s.Name, Headline: s.Headline,
			Current: append([]string{}, s.Current...), Experience: months(s.Experience), Undated: s.Undated,
			EndsUnknown: s.Open, Employers: s.Employers, Unnamed: s.Unnamed, MedianTenure: months(s.MedianTenure),
			LongestGap: months(s.LongestGap), Ongoing: s.LastEnd.Ongoing, LastEnd: s.LastEnd.Date.String(), Roles: []jsonRole{}}
		if dated {
			jp.Strip = s.Strip(from, to)
		}
		for _, r := range p.Roles() {
			jp.Roles = append(jp.Roles, jsonRole(r))
		}
		out.People = append(out.People, jp)
	}
	for _, f := range Facts() {
		jf := jsonFact{Fact: f.Label(), Best: c.Best(f)}
		for i := range c.People {
			jf.Values = append(jf.Values, c.People[i].Summary.Value(f))
		}
		out.Summary = append(out.Summary, jf)
	}
	if c.HasSkills {
		out.Order = c.Grid.Order.String()
		out.Skills = []jsonSkill{}
		for _, r := range c.Grid.Rows {
			js := jsonSkill{Name: model.SanitizeLine(r.Skill.Name), Category: model.SanitizeLine(r.Skill.Category), Holders: r.Holders()}
			for _, cell := range r.Cells {
				jc := jsonCell{Status: "none", Months: cell.Months, Approx: cell.Approx, Text: cell.Text()}
				if cell.Status != 0 {
					jc.Status = cell.Status.String()
				}
				if cell.Last != 0 {
					jc.LastYear = cell.Last.Year()
				}
				js.Cells = append(js.Cells, jc)
			}
			out.Skills = append(out.Skills, js)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
