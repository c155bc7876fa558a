package model

import (
	"net/url"
	"path"
	"strings"
)

// Source says where a profile came from.
type Source struct {
	Path     string // file path as given by the user, or "embedded/<file>"
	Format   string // "json", "yaml", "text" or "markdown"
	Embedded bool   // shipped inside the binary
	Imported bool   // converted from plain text or Markdown by the importer
}

// Profile is one loaded person: the document plus where it came from.
type Profile struct {
	// ID is unique among the loaded profiles: the file name without its
	// extension, made unique with a suffix when two files share a name.
	ID     string
	Source Source
	Resume Resume
}

// Name is what to call the person: the name in basics, else a handle from
// a social profile or URL, else the ID.
func (p *Profile) Name() string {
	if b := p.Resume.Basics; b != nil && strings.TrimSpace(b.Name) != "" {
		return strings.TrimSpace(b.Name)
	}
	if h := p.Handles(); len(h) > 0 {
		return h[0]
	}
	return p.ID
}

// Headline is the person's label ("Site Reliability Engineer"), or "".
func (p *Profile) Headline() string {
	if b := p.Resume.Basics; b != nil {
		return strings.TrimSpace(b.Label)
	}
	return ""
}

// Handles lists the user names the person is known by: social profile user
// names, then the last path segment of profile URLs, without duplicates.
func (p *Profile) Handles() []string {
	b := p.Resume.Basics
	if b == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(h string) {
		h = strings.TrimSpace(strings.TrimPrefix(h, "@"))
		if h == "" || seen[strings.ToLower(h)] {
			return
		}
		seen[strings.ToLower(h)] = true
		out = append(out, h)
	}
	for _, sp := range b.Profiles {
		add(sp.Username)
	}
	for _, sp := range b.Profiles {
		add(handleFromURL(sp.URL))
	}
	return out
}

// handleFromURL returns the last path segment of a profile URL
// ("github.com/andream16" → "andream16"), or "".
func handleFromURL(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	seg := path.Base(strings.TrimRight(u.Path, "/"))
	if seg == "." || seg == "/" {
		return ""
	}
	return seg
}
