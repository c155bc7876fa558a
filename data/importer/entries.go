package importer

import (
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

// classify decides what each line of an entry section is.
func classify(l line, dayFirst bool) (lineClass, *dateRange, string) {
	switch {
	case l.blank:
		return clsBlank, nil, ""
	case l.glyph != "":
		return clsBullet, nil, ""
	case l.tail:
		return clsProse, nil, l.text
	}
	t := plain(emphComma(l.text))
	if u := urlRe.FindString(t); u != "" && len(strings.Trim(t, "<>()[] ")) <= len(u)+2 {
		return clsURL, nil, u
	}
	if d, rest := headerDate(t, dayFirst); d != nil {
		return clsHeader, d, rest
	}
	if isLabelledList(t) {
		return clsProse, nil, t // "Tech: Kotlin, PostgreSQL, Kafka" under a header
	}
	if l.md > 0 || strings.HasPrefix(l.text, "**") && strings.HasSuffix(l.text, "**") {
		return clsHeader, nil, t
	}
	bold := strings.HasPrefix(l.text, "**") && strings.Count(l.text, "**") >= 2 // "**u-blox** — GNSS modules"
	if words(t) <= 12 && !endsSentence(t) && len(t) < 120 && !(startsLower(t) && words(t) > 3 && !bold) && !strings.HasPrefix(t, "<http") {
		return clsHeader, nil, t
	}
	return clsProse, nil, t
}

// buildEntries cuts a section into entries. Header lines gather until body
// content (prose or bullets) follows; each gathered group becomes one entry,
// or several when it holds several dated lines.
//
// It stops after budget entries: no résumé has thousands of roles, and the
// bound keeps a pathological megabyte of headers cheap.
func buildEntries(ls []line, dayFirst bool, budget int) []*entry {
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
		groups := splitGroup(joinDangling(pending))
		pending = nil
		for _, g := range groups {
			if len(out) >= budget {
				break
			}
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
	ls = splitTails(ls, dayFirst)
	datedList, top := isDatedList(ls, dayFirst), minIndent(ls)
	for i, l := range ls {
		if len(out)+len(pending) >= budget {
			break
		}
		if isHeaderBullet(ls, i, dayFirst) || datedList && l.glyph != "" && l.indent == top {
			// "- **Klarna** — Principal Engineer (2020–present)" over its
			// own indented bullets: the bullet is the entry's header.
			l.glyph, l.text, l.raw = "", l.body, l.body
		}
		cls, d, rest := classify(l, dayFirst)
		// Wrapped bullet text: a line right under a bullet that continues it.
		if cls != clsBlank && cls != clsBullet && prevCls == clsBullet && cur != nil && lastHL >= 0 &&
			(l.indent > bulletLine.indent || startsLower(l.text) || d == nil && isContinuation(bulletLine, l) && !looksHeader(l, ls, i, dayFirst)) {
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
		// "(2019 – 2021)" alone right under an undated entry's bullets and
		// closing the block: that entry's dates, written last.
		if cls == clsHeader && d != nil && cur != nil && cur.date == nil && bodySeen && len(pending) == 0 &&
			(prevCls == clsBullet || prevCls == clsProse) && i > 0 && !ls[i-1].blank &&
			(i+1 == len(ls) || ls[i+1].blank) && strings.Trim(rest, " ()[]|,·–-") == "" {
			cur.date, cur.dateLine = d, l
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

// looksHeader reports whether l, right under a bullet, is rather the next
// entry's header: a Markdown heading or bold line, fields set apart by
// separators, or a line with a date line right after it.
func looksHeader(l line, ls []line, i int, dayFirst bool) bool {
	if l.md > 0 || strings.HasPrefix(l.text, "**") || len(splitSeps(l.text, 3)) > 1 {
		return true
	}
	if i+1 < len(ls) && !ls[i+1].blank && ls[i+1].glyph == "" {
		if d, _ := headerDate(ls[i+1].plain, dayFirst); d != nil {
			return true
		}
	}
	return false
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

// maxEntries bounds the entries read from one document.
const maxEntries = 2000

// entries cuts a section into entries within the document's budget,
// warning once when the budget runs out.
func (p *parser) entries(ls []line) []*entry {
	left := maxEntries - p.nEntries
	if left <= 0 {
		return nil
	}
	es := buildEntries(ls, p.dayFirst, left)
	p.nEntries += len(es)
	if p.nEntries >= maxEntries && len(ls) > 0 {
		p.ex.warnf(ls[0], 1, "more than %d entries: the rest of the document was not read", maxEntries)
	}
	return es
}

// isHeaderBullet reports whether the bullet at ls[i] is an entry header
// written as a bullet: it carries a date in header position and the next
// line is a bullet indented under it.
func isHeaderBullet(ls []line, i int, dayFirst bool) bool {
	l := ls[i]
	if l.glyph == "" || i+1 >= len(ls) {
		return false
	}
	next := ls[i+1]
	if next.glyph == "" || next.indent <= l.indent {
		return false
	}
	d, _ := headerDate(plain(l.body), dayFirst)
	return d != nil
}

// isDatedList reports whether a section is nothing but a bullet list whose
// top-level bullets all carry dates in header position: one role per
// bullet ("- Principal Engineer, Klarna (2020–present)").
func isDatedList(ls []line, dayFirst bool) bool {
	top, n := minIndent(ls), 0
	for _, l := range ls {
		switch {
		case l.blank, l.tail:
		case l.glyph == "":
			return false
		case l.indent == top && n < 50: // the first fifty decide
			if d, _ := headerDate(plain(l.body), dayFirst); d == nil {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// minIndent is the smallest indentation of the bullets in ls.
func minIndent(ls []line) int {
	m := -1
	for _, l := range ls {
		if l.glyph != "" && (m < 0 || l.indent < m) {
			m = l.indent
		}
	}
	return m
}

// isLabelledList reports whether t is a short label and a comma list ("Tech:
// Kotlin, PostgreSQL, Kafka", "Stack: Java, Spring") rather than a header
// field: its label is no field name ("Company:", "Location:").
func isLabelledList(t string) bool {
	if len(t) > 300 || !strings.Contains(t, ":") || !strings.Contains(t, ",") {
		return false
	}
	m := groupRe.FindStringSubmatch(t)
	return m != nil && words(m[1]) <= 3 && !fieldLabelRe.MatchString(t) && strings.Count(m[2], ",") >= 1
}
