package importer

import (
	"regexp"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// hline is a header line of an entry, its date (if any) taken out.
type hline struct {
	l     line
	text  string     // plain text without the date
	date  *dateRange // header date on this line
	blank bool       // a blank line came before it
}

// entry is one role (or project, talk…) found in a section: header lines,
// then a body of prose and bullets.
type entry struct {
	head       []hline
	date       *dateRange
	dateLine   line
	prose      []string // paragraphs
	highlights []string // with model.HighlightIndent nesting
	hlLines    []int
	urls       []string
	first      int // line number of the first header line
}

// lineClass is how the entry builder sees a line.
type lineClass int

const (
	clsBlank lineClass = iota
	clsBullet
	clsHeader
	clsProse
	clsURL
)

// headerDate returns the date on a line when it sits in header position:
// the line is short apart from the date, and the date is not buried inside
// a parenthesis with other words ("(Madrid; remote since 2020)").
func headerDate(t string, dayFirst bool) (*dateRange, string) {
	if len(t) > 300 {
		return nil, t
	}
	rs := findRanges(t, dayFirst)
	for i := range rs {
		r := rs[i]
		if inWordyParens(t, r.Lo, r.Hi) {
			continue
		}
		rest := strings.TrimSpace(t[:r.Lo] + " " + t[r.Hi:])
		if words(rest) > 14 {
			continue
		}
		return &r, cutDate(t, r.Lo, r.Hi)
	}
	return nil, t
}

// inWordyParens reports whether t[lo:hi] sits inside parentheses that also
// hold two or more other words.
func inWordyParens(t string, lo, hi int) bool {
	open := strings.LastIndexAny(t[:lo], "([")
	if open < 0 || strings.ContainsAny(t[open+1:lo], ")]") {
		return false
	}
	closeRel := strings.IndexAny(t[hi:], ")]")
	end := len(t)
	if closeRel >= 0 {
		end = hi + closeRel
	}
	other := t[open+1:lo] + " " + t[hi:end]
	return words(strings.Trim(other, " ,;:-–—")) >= 2
}

// cleanHeader tidies what is left of a header line once its date is out:
// empty parentheses, dangling separators and commas.
func cleanHeader(s string) string {
	s = strings.NewReplacer("()", " ", "[]", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, "|") {
		s = barCommaRe.ReplaceAllString(s, " | ")
		s = commaBarRe.ReplaceAllString(s, " |")
		s = barsRe.ReplaceAllString(s, "|")
	}
	for {
		t := strings.Trim(s, " ,;:|·•—–-/(")
		if t == s {
			break
		}
		s = t
	}
	return s
}

var (
	barCommaRe = regexp.MustCompile(`\s*\|\s*[,;]\s*`)
	commaBarRe = regexp.MustCompile(`\s*[,;]\s*\|`)
	barsRe     = regexp.MustCompile(`\|(?:\s*\|)+`)
)

// cutDurations removes set-apart durations ("(3y, 3m)", "· 2 yrs").
func cutDurations(s string) string {
	if !strings.ContainsAny(s, "(·") {
		return s
	}
	return durationCutRe.ReplaceAllString(s, " ")
}

// cutDate removes t[lo:hi] (and parentheses around it); when text is left
// on both sides, a bar marks where the date stood, since a date in mid-line
// separates two fields ("Manager (2019–2023), Tacoma").
func cutDate(t string, lo, hi int) string {
	left, right := strings.TrimRight(t[:lo], " "), strings.TrimLeft(cutDurations(t[hi:]), " ")
	if strings.HasSuffix(left, "(") && strings.HasPrefix(right, ")") {
		left, right = left[:len(left)-1], right[1:]
	}
	if strings.Trim(left, " ,;:|·•—–-(") != "" && strings.Trim(right, " ,;:|·•—–-)") != "" {
		return cleanHeader(left + " | " + right)
	}
	return cleanHeader(left + " " + right)
}

var emphCommaRe = regexp.MustCompile(`(\*\*|__|\*|_)([^*_]+?)(\*\*|__|\*|_),`)

// emphComma marks where an emphasised span ends at a comma as a field
// boundary: in "**Bosch**, Bengaluru" the bold is the employer, the rest
// its place.
func emphComma(s string) string {
	if !strings.Contains(s, ",") || !strings.ContainsAny(s, "*_") {
		return s
	}
	return emphCommaRe.ReplaceAllString(s, "$1$2$3 |")
}

// classify decides what each line of an entry section is.
func classify(l line, dayFirst bool) (lineClass, *dateRange, string) {
	switch {
	case l.blank:
		return clsBlank, nil, ""
	case l.glyph != "":
		return clsBullet, nil, ""
	}
	t := plain(emphComma(l.text))
	if u := urlRe.FindString(t); u != "" && len(strings.Trim(t, "<>()[] ")) <= len(u)+2 {
		return clsURL, nil, u
	}
	if d, rest := headerDate(t, dayFirst); d != nil {
		return clsHeader, d, rest
	}
	if l.md > 0 || strings.HasPrefix(l.text, "**") && strings.HasSuffix(l.text, "**") {
		return clsHeader, nil, t
	}
	if words(t) <= 12 && !endsSentence(t) && len(t) < 120 && !(startsLower(t) && words(t) > 3) && !strings.HasPrefix(t, "<http") {
		return clsHeader, nil, t
	}
	return clsProse, nil, t
}

// buildEntries cuts a section into entries. Header lines gather until body
// content (prose or bullets) follows; each gathered group becomes one entry,
// or several when it holds several dated lines.
func buildEntries(ls []line, dayFirst bool) []*entry {
	var (
		out        []*entry
		cur        *entry
		pending    []hline
		bodySeen   bool // body content since the last header group
		prevCls    = clsBlank
		bl         bulletNester
		lastHL     = -1 // index into cur.highlights of the last bullet, for continuations
		paraOpen   bool
		bulletLine line
	)
	flush := func() {
		if len(pending) == 0 {
			return
		}
		groups := splitGroup(pending)
		pending = nil
		for _, g := range groups {
			if !isEntryHeader(g) && cur != nil {
				continue // a sub-heading inside the entry ("Technical", "Key results:")
			}
			cur = &entry{head: g, first: g[0].l.no}
			for _, h := range g {
				if h.date != nil && cur.date == nil {
					cur.date, cur.dateLine = h.date, h.l
				}
			}
			out = append(out, cur)
			bl = bulletNester{}
			lastHL = -1
		}
	}
	for i, l := range ls {
		cls, d, rest := classify(l, dayFirst)
		// Wrapped bullet text: a line right under a bullet that continues it.
		if cls != clsBlank && cls != clsBullet && prevCls == clsBullet && cur != nil && lastHL >= 0 &&
			(l.indent > bulletLine.indent || startsLower(l.text) || d == nil && isContinuation(bulletLine, l)) {
			if len(cur.highlights[lastHL]) < model.MaxFieldLen {
				cur.highlights[lastHL] += " " + strings.TrimSpace(l.text)
			}
			continue
		}
		if cls == clsProse && paraOpen && cur != nil && prevCls == clsProse {
			if len(cur.prose[len(cur.prose)-1]) < model.MaxFieldLen {
				cur.prose[len(cur.prose)-1] += " " + l.text
			}
			continue
		}
		switch cls {
		case clsBlank:
			paraOpen = false
			if prevCls == clsBullet {
				prevCls = clsBlank
			}
			continue
		case clsHeader:
			if bodySeen {
				flush()
				bodySeen = false
			}
			pending = append(pending, hline{l: l, text: rest, date: d, blank: i > 0 && ls[i-1].blank})
			prevCls = clsHeader
			continue
		}
		flush()
		if cls == clsURL {
			if cur != nil {
				cur.urls = append(cur.urls, rest)
			}
			continue
		}
		if cur == nil {
			cur = &entry{first: l.no}
			out = append(out, cur)
		}
		bodySeen = true
		if cls == clsBullet {
			depth := bl.depth(l)
			cur.highlights = append(cur.highlights, model.NestHighlight(depth, l.body))
			cur.hlLines = append(cur.hlLines, l.no)
			lastHL = len(cur.highlights) - 1
			bulletLine = l
		} else {
			cur.prose = append(cur.prose, l.text)
			paraOpen = true
		}
		prevCls = cls
	}
	if len(pending) > 0 {
		if cur != nil && !bodySeen && len(out) > 0 && out[len(out)-1] == cur && !anyDate(pending) && !isEntryHeader(pending) {
			pending = nil
		}
		flush()
	}
	return out
}

func anyDate(g []hline) bool {
	for _, h := range g {
		if h.date != nil {
			return true
		}
	}
	return false
}

// isEntryHeader reports whether a header group without a date still opens
// an entry: it names a title, an organisation, or is a Markdown heading.
func isEntryHeader(g []hline) bool {
	for _, h := range g {
		if h.date != nil || h.l.md > 0 || strings.HasPrefix(h.l.text, "**") {
			return true
		}
		t := h.text
		if strings.HasSuffix(t, ":") {
			continue
		}
		if strongTitleWords.has(t) || companyWords.has(t) || strings.Contains(t, " @ ") {
			return true
		}
	}
	return false
}

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
	if len(anchors) <= 1 {
		return [][]hline{g}
	}
	var out [][]hline
	if oneLine {
		// Undated lines after a one-line header stay with it unless a blank
		// line sets them apart (then they are the next entry's banner).
		start := 0
		for k, a := range anchors {
			if k == 0 {
				continue
			}
			cut := a
			for j := anchors[k-1] + 1; j < a; j++ {
				if g[j].blank {
					cut = j
					break
				}
			}
			out = append(out, g[start:cut])
			start = cut
		}
		return append(out, g[start:])
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
