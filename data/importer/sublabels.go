package importer

import "strings"

// styledHeadings reports whether most of the document's headings are
// styled (ALL CAPS or Markdown), with at least two of them.
func styledHeadings(ls []line, heads []headingResult) bool {
	styled, plainN := 0, 0
	for i, l := range ls {
		if heads[i].score > 0 {
			if l.md > 0 || isCaps(l.plain) {
				styled++
			} else {
				plainN++
			}
		}
	}
	return styled >= 2 && styled > plainN
}

// isSubLabel reports whether the heading-like line ls[i] is rather a label
// inside a role ("Achievements:", "Key projects:", "Summary:") in a document
// whose headings are styled: it is unstyled, ends in a colon or has no blank
// line before it, sits in a work-like section and bullets follow it.
func isSubLabel(ls []line, i int, cur kind) bool {
	l := ls[i]
	if cur != kWork && cur != kVolunteer && cur != kProjects || l.md > 0 || isCaps(l.plain) ||
		strings.HasPrefix(l.text, "**") || strings.HasPrefix(l.text, "__") {
		return false
	}
	if !strings.HasSuffix(strings.TrimSpace(l.plain), ":") && i > 0 && ls[i-1].blank {
		return false
	}
	for j := i + 1; j < len(ls) && j <= i+2; j++ {
		if !ls[j].blank {
			return ls[j].glyph != ""
		}
	}
	return false
}
