package importer

import (
	"strings"
	"unicode/utf8"
)

// splitSeps splits a header line into at most n segments at the separators
// résumés put between fields: " | ", " · ", "•", " — ", " – ", " - ", "⟶",
// tabs and runs of three or more spaces. A dash needs a space beside it
// ("Jean-Luc" and "2019–2021" stay whole). Segments are not trimmed. It is
// a single scan, the hottest split of the importer.
func splitSeps(s string, n int) []string {
	var out []string
	start, spaces := 0, 0
	for i := 0; i < len(s); {
		if n > 0 && len(out) == n-1 {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		prevSpace := i > 0 && (s[i-1] == ' ')
		nextSpace := i+w < len(s) && s[i+w] == ' '
		cut := 0 // bytes of separator at i, 0 when none
		switch {
		case r == ' ':
			spaces++
			if spaces == 3 {
				j := i + 1
				for j < len(s) && s[j] == ' ' {
					j++
				}
				out = append(out, s[start:i-2])
				start, i, spaces = j, j, 0
				continue
			}
			i += w
			continue
		case r == '\t' || r == '|' || r == '•' || r == '⟶':
			cut = w
		case r == '·':
			if prevSpace && nextSpace {
				cut = w
			}
		case r == '—' || r == '–':
			if prevSpace || nextSpace {
				cut = w
			}
		case r == '-':
			if prevSpace && nextSpace {
				cut = w
			}
		}
		spaces = 0
		if cut > 0 {
			out = append(out, strings.TrimRight(s[start:i], " "))
			j := i + cut
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			start, i = j, j
			continue
		}
		i += w
	}
	return append(out, s[start:])
}
