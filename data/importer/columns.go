package importer

import (
	"strings"
	"unicode/utf8"
)

// minSideCol is the leftmost column a sidebar can start at: anything closer
// to the margin is a layout inside the main text (dates on the right, a
// two-cell table).
const minSideCol = 25

// splitColumns undoes a two-column layout flattened into one text (a PDF
// with a sidebar, exported with its layout kept): when many lines carry a
// second block of text starting at the same column, and that block holds a
// section heading, the blocks are a sidebar. The main column is kept in
// place and the sidebar is moved after it, so each reads as its own
// sections. Right-aligned dates or places at a fixed column are not a
// sidebar: they hold no heading.
func splitColumns(ls []srcLine) []srcLine {
	col := sidebarColumn(ls)
	if col == 0 {
		return ls
	}
	main := make([]srcLine, 0, len(ls))
	var side []srcLine
	for _, l := range ls {
		left, right, ok := cutAtColumn(l.text, col)
		if !ok {
			main = append(main, l)
			continue
		}
		main = append(main, srcLine{no: l.no, text: left})
		if right != "" {
			side = append(side, srcLine{no: l.no, text: right})
		}
	}
	if len(side) == 0 {
		return ls
	}
	main = append(main, srcLine{no: side[0].no, text: ""})
	return append(main, side...)
}

// sidebarColumn finds the column where a sidebar starts, or 0.
func sidebarColumn(ls []srcLine) int {
	counts := map[int]int{}
	for _, l := range ls {
		if strings.Contains(l.text, "\t") || len(l.text) > 400 {
			continue
		}
		if c := secondBlock(l.text); c >= minSideCol {
			counts[c]++
		}
	}
	best, n := 0, 0
	for c, k := range counts {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	if n < 4 {
		return 0
	}
	headings, dated, blocks := 0, 0, 0
	for _, l := range ls {
		_, right, ok := cutAtColumn(l.text, best)
		if !ok || right == "" {
			continue
		}
		blocks++
		if _, isAlias := aliases()[foldHeading(right)]; isAlias {
			headings++
		}
		if len(findAtoms(right, false)) > 0 {
			dated++
		}
	}
	if headings == 0 || dated*2 > blocks {
		return 0
	}
	return best
}

// secondBlock returns the rune column where text resumes after a run of
// three or more spaces (or the column of a line's only text when it is
// indented that far), or -1.
func secondBlock(s string) int {
	col, spaces, seenText := 0, 0, false
	for _, r := range s {
		if r == ' ' {
			spaces++
		} else {
			if spaces >= 3 && (seenText || col >= minSideCol) {
				return col
			}
			spaces = 0
			seenText = true
		}
		col++
	}
	return -1
}

// cutAtColumn splits s at rune column col when s has a gap of two or more
// spaces (or the margin) just before it, or is shorter than col.
func cutAtColumn(s string, col int) (left, right string, ok bool) {
	if utf8.RuneCountInString(s) <= col {
		return s, "", true
	}
	i, c := 0, 0
	for i < len(s) && c < col {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
		c++
	}
	if !strings.HasSuffix(s[:i], "  ") && strings.TrimSpace(s[:i]) != "" {
		return "", "", false // text runs across the column: not split here
	}
	return strings.TrimRight(s[:i], " "), strings.TrimSpace(s[i:]), true
}
