package importer

import "strings"

// splitGroup cuts a run of header lines holding several dated lines into
// one group per date. One-line headers ("Acme — Engineer (2018–2021)") keep
// the undated lines that follow them; date-only lines take the lines before.
func splitGroup(g []hline) [][]hline {
	var anchors []int
	oneLine := true
	for i, h := range g {
		if h.date != nil {
			anchors = append(anchors, i)
			if h.text == "" {
				oneLine = false
			}
		}
	}
	if len(anchors) == 1 && oneLine {
		if c := trailingHeader(g, anchors[0]); c > 0 {
			return [][]hline{g[:c], g[c:]}
		}
	}
	if len(anchors) <= 1 {
		return [][]hline{g}
	}
	var out [][]hline
	if oneLine {
		// Undated lines after a one-line header stay with it unless a blank
		// line sets them apart (then they are the next entry's banner).
		// When the first dated line has a banner above it, banners between
		// dated lines belong to the entry below them too.
		bannerFirst := anchors[0] > 0
		start := 0
		for k, a := range anchors {
			if k == 0 {
				continue
			}
			cut := a
			for j := anchors[k-1] + 1; j < a; j++ {
				if g[j].blank || bannerFirst && isBanner(g[j].text) {
					cut = j
					break
				}
			}
			out = append(out, g[start:cut])
			start = cut
		}
		if c := trailingHeader(g, anchors[len(anchors)-1]); c > 0 {
			return append(out, g[start:c], g[c:])
		}
		return append(out, g[start:])
	}
	// A group that opens with a date-only line writes the date first:
	// each date line takes the lines after it.
	if anchors[0] == 0 {
		for k, a := range anchors {
			end := len(g)
			if k+1 < len(anchors) {
				end = anchors[k+1]
			}
			out = append(out, g[a:end])
		}
		return out
	}
	// Date-only lines take the lines before them; a place right after a
	// date still belongs to the entry above.
	start := 0
	for k, a := range anchors {
		end := a + 1
		for end < len(g) && g[end].date == nil && looksLocation(g[end].text) {
			end++
		}
		if k == len(anchors)-1 {
			end = len(g)
		}
		out = append(out, g[start:end])
		start = end
	}
	return out
}

// trailingHeader finds, after the last dated one-line header of a group,
// an undated Markdown heading or bold line set apart by a blank line: the
// header of what follows ("| 2015 – 2018 | u-blox | Engineer |", blank,
// "**Husqvarna Group** — robotic mowers"), not part of the row above. It
// returns its index, or -1.
func trailingHeader(g []hline, last int) int {
	for j := last + 1; j < len(g); j++ {
		if g[j].date != nil {
			return -1
		}
		if g[j].blank && (g[j].l.md > 0 || strings.HasPrefix(g[j].l.text, "**") || strings.HasPrefix(g[j].l.text, "__")) {
			return j
		}
	}
	return -1
}

// isBanner reports whether t names an organisation and no role.
func isBanner(t string) bool {
	return (companyWords.has(t) || schoolWords.has(t)) && !strongTitleWords.has(t)
}

// danglingEnds are words a header line cannot end on: the line was wrapped
// ("Senior Manager, Customer Success and" / "Strategic Accounts   Jan 2019").
var danglingEnds = newSet("and & of for the in to with at on und et y e de des du der")

// joinDangling joins a header line that ends on a dangling word (or a
// comma) to the header line right under it.
func joinDangling(g []hline) []hline {
	out := g[:0:0]
	for j := 0; j < len(g); j++ {
		h := g[j]
		for j+1 < len(g) && !g[j+1].blank && h.date == nil && g[j+1].l.glyph == "" && danglingEnd(h.text) && len(h.text) < 200 {
			next := g[j+1]
			next.text = strings.TrimSpace(h.text) + " " + strings.TrimSpace(next.text)
			next.blank = h.blank
			h = next
			j++
		}
		out = append(out, h)
	}
	return out
}

func danglingEnd(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.HasSuffix(t, ":") {
		return false
	}
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "&") {
		return true
	}
	f := strings.Fields(t)
	return len(f) >= 2 && danglingEnds.contains(strings.ToLower(f[len(f)-1]))
}
