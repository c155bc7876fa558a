package main

import (
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// profileText renders a profile as plain text for people and pipes: every
// section, every bullet with its nesting, dates in words, durations and the
// derived career facts. Profile text is sanitized; nothing is wrapped.
func profileText(p *model.Profile, clock model.Clock) string {
	var b strings.Builder
	r := &p.Resume
	now := model.MonthAt(clock.Now())
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	s := model.SanitizeLine

	line("%s", s(p.Name()))
	if h := p.Headline(); h != "" {
		line("%s", s(h))
	}
	if bs := r.Basics; bs != nil {
		var contacts []string
		if bs.Location != nil {
			contacts = append(contacts, joinNonEmpty(", ", bs.Location.City, bs.Location.Region, bs.Location.CountryCode))
		}
		contacts = append(contacts, bs.Email, bs.Phone, bs.URL)
		for _, sp := range bs.Profiles {
			contacts = append(contacts, joinNonEmpty(": ", sp.Network, firstNonEmpty(sp.URL, sp.Username)))
		}
		if c := joinNonEmpty(" · ", mapStrings(contacts, s)...); c != "" {
			line("%s", c)
		}
		if bs.Summary != "" {
			line("\n%s", model.Sanitize(bs.Summary))
		}
	}
	roles := model.Roles(r)
	if m, approx := model.Experience(roles, now); m > 0 {
		line("\nExperience: %s across %d %s", model.FormatMonths(m, approx),
			len(model.Employers(r)), plural(len(model.Employers(r)), "employer", "employers"))
	}
	for _, g := range model.Gaps(roles, now, 3) {
		line("Gap: %s – %s (%s)", monthHuman(g.From), monthHuman(g.To), model.FormatMonths(g.Months(), g.Approx))
	}
	for _, o := range model.Overlaps(roles, now, 2) {
		line("Overlap: %s and %s for %s", s(r.Work[o.A].Position), s(r.Work[o.B].Position), model.FormatMonths(o.Months(), o.Approx))
	}
	writeWork(&b, r, now)
	writeEvents(&b, r)
	return b.String()
}

// writeWork renders employers with their role progressions.
func writeWork(b *strings.Builder, r *model.Resume, now model.Month) {
	emps := model.Employers(r)
	if len(emps) == 0 {
		return
	}
	fmt.Fprintf(b, "\nWORK\n")
	for _, e := range emps {
		name := model.SanitizeLine(e.Name)
		if name == "" {
			name = "(employer not named)"
		}
		fmt.Fprintf(b, "\n%s", name)
		if m, approx, ok := e.Tenure(now); ok {
			fmt.Fprintf(b, " — %s", model.FormatMonths(m, approx))
		}
		b.WriteString("\n")
		for i, ro := range e.Roles {
			w := ro.Work
			if i == 0 && w.Description != "" {
				fmt.Fprintf(b, "  %s\n", model.SanitizeLine(w.Description))
			}
			fmt.Fprintf(b, "  %s", model.SanitizeLine(firstNonEmpty(w.Position, "(role)")))
			fmt.Fprintf(b, "  %s", rangeHuman(ro.Range(), now))
			if w.Location != "" {
				fmt.Fprintf(b, "  %s", model.SanitizeLine(w.Location))
			}
			b.WriteString("\n")
			if w.Summary != "" {
				for _, para := range strings.Split(model.Sanitize(w.Summary), "\n") {
					if strings.TrimSpace(para) != "" {
						fmt.Fprintf(b, "    %s\n", strings.TrimSpace(para))
					}
				}
			}
			for _, h := range w.Highlights {
				d, text := model.HighlightDepth(h)
				fmt.Fprintf(b, "    %s- %s\n", strings.Repeat("  ", d), model.SanitizeLine(text))
			}
		}
	}
}

// rangeHuman writes a range for people: "Aug 2018 – now (8y 4m)", "2006 –
// end unknown", or "undated".
func rangeHuman(rg model.Range, now model.Month) string {
	if !rg.Dated() {
		return "undated"
	}
	if d := rg.Duration(now); d != "" {
		return rg.Human() + " (" + d + ")"
	}
	return rg.Human()
}

// monthHuman writes an absolute month as "Apr 2017".
func monthHuman(m model.Month) string { return model.YearMonth(m.Year(), m.Num()).Human() }

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return strings.Join(out, sep)
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func mapStrings(in []string, f func(string) string) []string {
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = f(s)
	}
	return out
}
