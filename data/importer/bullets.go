package importer

import "strings"

// isContinuation reports whether l continues the bullet on prev (a wrapped
// line): it starts in lower case, is indented past the glyph, or the bullet
// did not end its sentence and l does not look like a new header.
func isContinuation(prev, l line) bool {
	t := l.text
	if startsLower(t) {
		return true
	}
	if prev.glyph != "" && l.indent > prev.indent {
		return true
	}
	if endsSentence(prev.text) || words(t) <= 6 && (titleWords.has(t) || companyWords.has(t)) {
		return false
	}
	return !isCaps(t) && words(t) > 3
}

// bulletNester turns indentation (and sub-bullet glyphs) into depths.
type bulletNester struct {
	stack []int // indents of the open levels
	glyph string
}

func (b *bulletNester) depth(l line) int {
	ind := l.indent
	if len(b.stack) == 0 {
		b.stack = []int{ind}
		b.glyph = l.glyph
		if strings.Contains(subGlyphs, l.glyph) {
			return 0
		}
		return 0
	}
	for len(b.stack) > 1 && ind < b.stack[len(b.stack)-1] {
		b.stack = b.stack[:len(b.stack)-1]
	}
	top := b.stack[len(b.stack)-1]
	switch {
	case ind > top:
		b.stack = append(b.stack, ind)
	case ind == top && len(b.stack) == 1 && l.glyph != b.glyph && strings.Contains(subGlyphs, l.glyph):
		return 1
	case ind < top:
		b.stack[len(b.stack)-1] = ind
	}
	return min(len(b.stack)-1, 5)
}
