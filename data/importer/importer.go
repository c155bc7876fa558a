// Package importer turns résumés written as plain text or Markdown into JSON
// Resume documents. It works the way the parsers that work do: the text is
// normalised, cut into sections at headings (with the synonyms real résumés
// use), each section into entries, and each field of an entry is chosen by
// feature scoring (OpenResume's design, with text cues instead of bold and
// layout). Every decision can be explained: Result.Explain names the source
// line of each field and the features that made it win.
package importer

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Options tune an import.
type Options struct {
	// Now is the current month, for "Present" sanity and future-date
	// checks. Zero disables the checks that need it.
	Now model.Month
	// Name, when set, is used as the person's name if the text names no one
	// (for example the file name of a pasted bio).
	Name string
	// Explain asks for Result.Explain to be filled.
	Explain bool
}

// Result is an imported résumé with what the importer was unsure about.
type Result struct {
	Resume   *model.Resume
	Source   model.Source // Format "text" or "markdown", Imported true; Path is the name given
	Warnings []Warning
	Explain  []Explanation
}

// parser holds the state of one import.
type parser struct {
	dayFirst bool
	daySure  bool // a date proved the day/month order
	now      model.Month
	ex       *explainer
	r        *model.Resume
	markdown bool
	used     map[int]bool // profile lines taken by basics
	nEntries int          // entries read so far (bounded by maxEntries)
	nameLine int          // line of the person's name, 0 if none
}

// Import parses text (a résumé in plain text or Markdown) named name (a
// file name, used in the Source and to tell Markdown by its extension).
// It fails only when the input cannot be treated as text: larger than
// MaxInput, or binary.
func Import(name string, text []byte, opts Options) (*Result, error) {
	if err := checkText(text); err != nil {
		return nil, err
	}
	src := normalize(text)
	ls := parseLines(src)
	p := &parser{now: opts.Now, ex: &explainer{on: opts.Explain}, r: &model.Resume{}, used: map[int]bool{}}
	texts := make([]string, 0, len(ls))
	for _, l := range ls {
		texts = append(texts, l.text)
		if l.md > 0 {
			p.markdown = true
		}
	}
	p.dayFirst, p.daySure = dayOrder(texts)
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".md") || strings.HasSuffix(lower, ".markdown") {
		p.markdown = true
	}
	secs := splitSections(ls, p.ex)
	p.basics(secs, opts.Name)
	secs = p.profileAfterSidebar(secs)
	for _, s := range secs {
		p.section(s)
	}
	p.fallbackWork(secs)
	if p.blogPosts(secs) && p.r.Basics != nil {
		p.r.Basics.Summary = "" // the posts, not a summary of the person
	}
	format := "text"
	if p.markdown {
		format = "markdown"
	}
	return &Result{
		Resume:   p.r,
		Source:   model.Source{Path: name, Format: format, Imported: true},
		Warnings: p.ex.warn,
		Explain:  p.ex.ex,
	}, nil
}

// section dispatches one section to its parser.
func (p *parser) section(s section) {
	r := p.r
	switch s.kind {
	case kSummary:
		if t := paragraphs(s.lines); t != "" {
			p.basicsPtr().Summary = joinNonEmpty(p.basicsPtr().Summary, t)
		}
	case kWork:
		r.Work = append(r.Work, p.toWork(p.parseRoles(s), "work")...)
	case kVolunteer:
		for _, w := range p.toWork(p.parseRoles(s), "volunteer") {
			r.Volunteer = append(r.Volunteer, model.Volunteer{Organization: w.Name, Position: w.Position, URL: w.URL,
				StartDate: w.StartDate, EndDate: w.EndDate, Summary: w.Summary, Highlights: w.Highlights})
		}
	case kEducation:
		r.Education = append(r.Education, p.education(s)...)
	case kSkills:
		p.skills(s)
	case kLanguages:
		p.languages(s.lines)
	case kCertificates:
		r.Certificates = append(r.Certificates, p.certificates(s)...)
	case kPublications:
		r.Publications = append(r.Publications, p.publications(s)...)
	case kTalks, kProjects:
		r.Projects = append(r.Projects, p.projects(s)...)
	case kAwards:
		r.Awards = append(r.Awards, p.awards(s)...)
	case kInterests:
		for _, it := range listItems(s.lines) {
			r.Interests = append(r.Interests, model.Interest{Name: it})
		}
	case kProfile, kContact, kIgnore:
		// profile and contact lines were read by basics
	}
}

// profileAfterSidebar handles LinkedIn's Profile.pdf, whose sidebar
// (Contact, Top Skills, Languages, Certifications) comes before the name:
// the name, headline and location lines that follow the last sidebar list
// belong to the profile, not to that list.
func (p *parser) profileAfterSidebar(secs []section) []section {
	if p.nameLine == 0 {
		return secs
	}
	for i, s := range secs {
		if s.kind == kProfile || s.kind == kWork || s.kind == kEducation {
			continue
		}
		for j, l := range s.lines {
			if l.no == p.nameLine {
				secs[i].lines = s.lines[:j]
				return secs
			}
		}
	}
	return secs
}

// fallbackWork reads roles from the profile section when the document has
// no work heading but its opening text holds dated entries (a headerless
// work history).
func (p *parser) fallbackWork(secs []section) {
	if len(p.r.Work) > 0 {
		return
	}
	for _, s := range secs {
		if s.kind == kWork {
			return
		}
	}
	for _, s := range secs {
		if s.kind != kProfile {
			continue
		}
		var dated []line
		for _, l := range s.lines {
			if l.glyph == "" {
				if d, _ := headerDate(plain(l.text), p.dayFirst); d != nil && !d.Single {
					dated = append(dated, l)
				}
			}
		}
		if len(dated) < 2 {
			return
		}
		start := 0
		for i, l := range s.lines {
			if l.no == dated[0].no {
				start = i
				break
			}
		}
		// Take the header lines just above the first dated line too, up to
		// the lines the basics used.
		for k := start - 1; k >= 0 && start-k <= 6; k-- {
			l := s.lines[k]
			if p.used[l.no] || l.glyph != "" || !l.blank && (words(l.text) > 12 || endsSentence(l.text)) {
				break
			}
			if !l.blank {
				start = k
			}
		}
		sub := section{kind: kWork, lines: s.lines[start:]}
		p.r.Work = p.toWork(p.parseRoles(sub), "work")
	}
}

func (p *parser) basicsPtr() *model.Basics {
	if p.r.Basics == nil {
		p.r.Basics = &model.Basics{}
	}
	return p.r.Basics
}

// paragraphs joins the prose of lines into paragraphs (wrapped lines joined).
func paragraphs(ls []line) string {
	var paras []string
	cur := ""
	for _, l := range ls {
		if l.blank {
			if cur != "" {
				paras = append(paras, cur)
				cur = ""
			}
			continue
		}
		t := l.text
		if l.glyph != "" {
			t = l.body
			if cur != "" {
				paras = append(paras, cur)
				cur = ""
			}
		}
		if len(cur) < model.MaxFieldLen {
			cur = joinNonEmptySep(cur, t, " ")
		}
	}
	if cur != "" {
		paras = append(paras, cur)
	}
	return strings.Join(paras, "\n")
}

func joinNonEmpty(a, b string) string { return joinNonEmptySep(a, b, "\n") }

func joinNonEmptySep(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}
