package main

import (
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// writeEvents renders the sections around the work: projects and talks,
// publications, education, certificates, awards, volunteering, skills,
// languages and interests.
func writeEvents(b *strings.Builder, r *model.Resume) {
	s := model.SanitizeLine
	section := func(title string, n int) bool {
		if n > 0 {
			fmt.Fprintf(b, "\n%s\n", title)
		}
		return n > 0
	}
	if section("PROJECTS & TALKS", len(r.Projects)) {
		for _, p := range r.Projects {
			fmt.Fprintf(b, "  %s", s(firstNonEmpty(p.Name, p.Entity, "(project)")))
			if p.Type != "" {
				fmt.Fprintf(b, " [%s]", s(p.Type))
			}
			fmt.Fprintf(b, "  %s\n", joinNonEmpty(" – ", p.StartDate.Human(), p.EndDate.Human()))
			if p.Description != "" {
				fmt.Fprintf(b, "    %s\n", s(p.Description))
			}
			for _, h := range p.Highlights {
				d, text := model.HighlightDepth(h)
				fmt.Fprintf(b, "    %s- %s\n", strings.Repeat("  ", d), s(text))
			}
			if p.URL != "" {
				fmt.Fprintf(b, "    %s\n", s(p.URL))
			}
		}
	}
	if section("WRITING", len(r.Publications)) {
		for _, p := range r.Publications {
			fmt.Fprintf(b, "  %s  %s\n", s(firstNonEmpty(p.Name, "(untitled)")), joinNonEmpty(" · ", s(p.Publisher), p.ReleaseDate.Human()))
			if p.Summary != "" {
				fmt.Fprintf(b, "    %s\n", s(p.Summary))
			}
			if p.URL != "" {
				fmt.Fprintf(b, "    %s\n", s(p.URL))
			}
		}
	}
	if section("EDUCATION", len(r.Education)) {
		for _, e := range r.Education {
			fmt.Fprintf(b, "  %s  %s  %s\n", s(joinNonEmpty(" in ", e.StudyType, e.Area)), s(e.Institution),
				joinNonEmpty(" – ", e.StartDate.Human(), e.EndDate.Human()))
		}
	}
	if section("CERTIFICATES", len(r.Certificates)) {
		for _, c := range r.Certificates {
			id := ""
			if raw, ok := c.Extra["id"]; ok {
				id = strings.Trim(string(raw), `"`)
			}
			fmt.Fprintf(b, "  %s  %s\n", s(joinNonEmpty(" · ", c.Name, c.Issuer, id)), c.Date.Human())
		}
	}
	if section("AWARDS", len(r.Awards)) {
		for _, a := range r.Awards {
			fmt.Fprintf(b, "  %s  %s\n", s(joinNonEmpty(" · ", a.Title, a.Awarder)), a.Date.Human())
		}
	}
	if section("VOLUNTEERING", len(r.Volunteer)) {
		for _, v := range r.Volunteer {
			fmt.Fprintf(b, "  %s  %s  %s\n", s(v.Position), s(v.Organization), joinNonEmpty(" – ", v.StartDate.Human(), v.EndDate.Human()))
		}
	}
	if section("SKILLS", len(r.Skills)) {
		for _, sk := range r.Skills {
			fmt.Fprintf(b, "  %s: %s\n", s(firstNonEmpty(sk.Name, "Skills")), s(strings.Join(sk.Keywords, ", ")))
		}
	}
	if section("LANGUAGES", len(r.Languages)) {
		for _, l := range r.Languages {
			fmt.Fprintf(b, "  %s\n", s(joinNonEmpty(" — ", l.Language, l.Fluency)))
		}
	}
	if section("INTERESTS", len(r.Interests)) {
		for _, in := range r.Interests {
			fmt.Fprintf(b, "  %s\n", s(joinNonEmpty(": ", in.Name, strings.Join(in.Keywords, ", "))))
		}
	}
}
