package profile

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/richtext"
)

// Header layout.
const (
	contactSep = " · "
	// summaryLines is how much of the summary the header shows; the rest
	// is in the Experience tab. Tall terminals show more.
	summaryLinesShort = 2
	summaryLinesTall  = 4
	tallHeight        = 40
	// contactLines bounds the contacts, however long they are.
	contactLines = 3
)

// header draws the name and headline, the contacts and links, and the
// start of the summary. cut reports whether the summary did not fit.
func header(c *common.Common, p *model.Profile, width, height int) (out string, cut bool) {
	st := c.Styles.Profile
	var lines []string
	name := richtext.Truncate(p.Name(), width, st.Name)
	if h := p.Headline(); h != "" {
		room := width - lipgloss.Width(name) - lipgloss.Width(contactSep)
		if room > len(contactSep) {
			name += st.Contact.Render(contactSep) + richtext.Truncate(h, room, st.Headline)
		}
	}
	if p.Source.Imported {
		badge := c.Styles.Roster.Badge.Render(" imported")
		if lipgloss.Width(name)+lipgloss.Width(badge) <= width {
			name += badge
		}
	}
	lines = append(lines, name)
	if cs := contacts(p); len(cs) > 0 {
		block := strings.Split(richtext.Block(strings.Join(cs, contactSep), width, st.Contact, "", ""), "\n")
		lines = append(lines, block[:min(len(block), contactLines)]...)
	}
	b := p.Resume.Basics
	if b == nil || strings.TrimSpace(b.Summary) == "" {
		return strings.Join(lines, "\n"), false
	}
	maxLines := summaryLinesShort
	if height >= tallHeight {
		maxLines = summaryLinesTall
	}
	wrapped := richtext.Wrap(richtext.Parse(strings.TrimSpace(b.Summary)), width)
	keep := min(len(wrapped), maxLines)
	for i, l := range wrapped[:keep] {
		if l.Width() == 0 { // a paragraph break: the rest is in the Experience tab
			keep = i
			break
		}
	}
	cut = keep < len(wrapped)
	wrapped = wrapped[:keep]
	if cut && keep > 0 {
		wrapped[keep-1] = withEllipsis(wrapped[keep-1], width)
	}
	for _, l := range wrapped {
		lines = append(lines, l.Render(st.Summary))
	}
	return strings.Join(lines, "\n"), cut
}

// contacts lists where the person is and how to reach them: location,
// email, phone, home page and social profiles, links shown by their real
// host.
func contacts(p *model.Profile) []string {
	b := p.Resume.Basics
	if b == nil {
		return nil
	}
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(model.SanitizeLine(s)); s != "" {
			out = append(out, s)
		}
	}
	if l := b.Location; l != nil {
		var parts []string
		for _, s := range []string{l.City, l.Region, l.CountryCode} {
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		add(strings.Join(parts, ", "))
	}
	add(b.Email)
	add(b.Phone)
	if b.URL != "" {
		add(common.DisplayURL(b.URL))
	}
	for _, sp := range b.Profiles {
		add(socialProfile(sp))
	}
	return out
}

// socialProfile is "GitHub: github.com/user" (or "GitHub: user
// (host/path)" when the address does not show the user), shortened to what
// the profile gives; an icon instead of a network name is kept as given.
func socialProfile(sp model.SocialProfile) string {
	label := strings.TrimSpace(sp.Network)
	if label == "" {
		label = extraString(sp.Extra, extraIcon)
	}
	user := strings.TrimSpace(sp.Username)
	link := ""
	if sp.URL != "" {
		link = common.DisplayURL(sp.URL)
	}
	s := user
	switch {
	case user == "":
		s = link
	case link != "" && !strings.Contains(strings.ToLower(link), strings.ToLower(user)):
		s = user + " (" + link + ")"
	case link != "":
		s = link
	}
	switch {
	case label == "" || s == "":
		return s
	case strings.IndexFunc(label, unicode.IsLetter) >= 0: // a network's name
		return label + ": " + s
	}
	return label + " " + s // an icon
}

// ellipsis ends a line of text that goes on elsewhere.
const ellipsis = " …"

// withEllipsis appends the ellipsis to a line, shortening it to fit width.
func withEllipsis(l richtext.Line, width int) richtext.Line {
	room := width - lipgloss.Width(ellipsis)
	if l.Width() > room {
		l = richtext.Wrap(l, room)[0]
	}
	out := append(richtext.Line(nil), l...)
	return append(out, richtext.Run{Text: ellipsis})
}
