package model

import "strings"

// HighlightIndent is the indentation unit that marks a nested bullet inside
// a flat JSON Resume "highlights" list: a highlight starting with one
// HighlightIndent is a sub-bullet of the highlight before it, two is a
// sub-sub-bullet, and so on. Other JSON Resume tools show the text indented,
// which is what the writer meant.
const HighlightIndent = "  "

// HighlightDepth splits a highlight into its nesting depth (0 for a top-level
// bullet) and its text without the indentation.
func HighlightDepth(h string) (depth int, text string) {
	for strings.HasPrefix(h, HighlightIndent) {
		depth++
		h = h[len(HighlightIndent):]
	}
	return depth, strings.TrimLeft(h, " ")
}

// NestHighlight returns text as a highlight at the given depth.
func NestHighlight(depth int, text string) string {
	return strings.Repeat(HighlightIndent, max(depth, 0)) + strings.TrimSpace(text)
}
