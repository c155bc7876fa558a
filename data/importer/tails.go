package importer

import "strings"

// splitTails cuts a one-line role that goes on to describe the role
// ("Senior Demand Planner, Ocado Retail (Feb 2021 – Present): owns the
// chilled-category forecast") into its header and a prose line holding the
// description, so that the description neither spoils the header's fields
// nor is lost. Lines without such a tail are returned as they are.
func splitTails(ls []line, dayFirst bool) []line {
	var out []line
	for i, l := range ls {
		head, tail, ok := headTail(l, dayFirst)
		if !ok {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(ls)+8), ls[:i]...)
		}
		h := l
		h.body, h.plain = head, head
		if h.glyph == "" {
			h.text = head
		}
		t := line{no: l.no, raw: tail, text: tail, body: tail, plain: tail, indent: l.indent + 2, tail: true}
		out = append(out, h, t)
	}
	if out == nil {
		return ls
	}
	return out
}

// headTail splits l at the end of its first date range when a description
// follows it after a colon or a dash: the part before the date must be a
// short header, the part after reads as prose (it starts in lower case, or
// is long, or is a finished sentence).
func headTail(l line, dayFirst bool) (head, tail string, ok bool) {
	if l.blank || len(l.body) > 400 || len(l.body) < 20 {
		return "", "", false
	}
	t := plain(l.body)
	rs := findRanges(t, dayFirst)
	if len(rs) == 0 {
		return "", "", false
	}
	r := rs[0]
	before := strings.TrimRight(t[:r.Lo], " ([")
	if n := words(before); n < 2 || n > 12 {
		return "", "", false
	}
	end := r.Hi
	for end < len(t) && (t[end] == ')' || t[end] == ']' || t[end] == ' ') {
		end++
	}
	after := t[end:]
	colon := false
	switch {
	case strings.HasPrefix(after, ":"):
		after, colon = after[1:], true
	case strings.HasPrefix(after, "— "), strings.HasPrefix(after, "– "), strings.HasPrefix(after, "- "):
		_, after, _ = strings.Cut(after, " ")
	default:
		return "", "", false
	}
	after = strings.TrimSpace(after)
	n := words(after)
	if n < 3 || len(findRanges(after, dayFirst)) > 0 {
		return "", "", false
	}
	if !startsLower(after) && n < 7 && !(colon && n >= 4 && endsSentence(after)) {
		return "", "", false
	}
	return strings.TrimRight(t[:end], " "), after, true
}
