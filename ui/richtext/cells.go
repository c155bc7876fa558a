package richtext

import "github.com/charmbracelet/x/ansi"

// Cells is the width of s in terminal cells on any terminal: the larger of
// its width by grapheme clusters (terminals that join 👩‍💻 into one wide
// character) and by wcwidth of each code point (terminals that draw it as
// 👩 and 💻). Laying out with the larger one keeps every line within the
// screen on both kinds of terminal, at the cost of a spare cell or two
// after some emoji.
func Cells(s string) int {
	return max(ansi.StringWidth(s), ansi.StringWidthWc(s))
}

// truncateCells is the longest prefix of s, cut between grapheme
// clusters, whose Cells is at most width.
func truncateCells(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if Cells(s) <= width {
		return s
	}
	head := ansi.Truncate(s, width, "") // fits by grapheme width
	for head != "" && ansi.StringWidthWc(head) > width {
		head = dropLastGrapheme(head)
	}
	return head
}

// dropLastGrapheme removes the last user-perceived character of s.
func dropLastGrapheme(s string) string {
	end := 0
	for rest := s; rest != ""; {
		g, _ := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		if g == "" || len(g) == len(rest) {
			break
		}
		end += len(g)
		rest = rest[len(g):]
	}
	return s[:end]
}
