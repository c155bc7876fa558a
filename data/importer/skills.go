package importer

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

var (
	groupRe      = lazyRE(`^([^:,]{1,40}?)\s*[:：]\s+(.+)$`)
	headerCellRe = lazyRE(`(?i)^(?:category|area|areas|skills?|technolog(?:y|ies)|tools?|group|domain|level|type|name|proficiency)$`)
	fluencyRe    = lazyRE(`(?i)\b(?:native|mother tongue|bilingual|fluent|fluency|proficient|professional|working|limited|elementary|basic|beginner|intermediate|advanced|conversational|full professional|business|muttersprache|fließend|nativo|nativa|lengua materna|langue maternelle|madrelingua|[ABC][12])\b`)
	langItemRe   = lazyRE(`^([^(:–—-]+?)\s*(?:\(([^)]*)\)|[:–—-]\s*(.+))\s*$`)
	itemSplitRe  = lazyRE(`\s*[,;·•|]\s*|\s+/\s+`)
)

// splitItems splits a list on commas, semicolons, middots and bars outside
// parentheses: "AWS (S3, Lambda), Go" is two items.
func splitItems(s string) []string {
	var out []string
	depth, start := 0, 0
	flush := func(end int) {
		if it := strings.Trim(strings.TrimSpace(s[start:end]), ".*_"); it != "" {
			out = append(out, strings.TrimSpace(it))
		}
	}
	for i, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0 && (r == ',' || r == ';' || r == '·' || r == '•' || r == '|'):
			flush(i)
			start = i + len(string(r))
		}
	}
	flush(len(s))
	if len(out) == 1 && strings.Contains(out[0], " / ") {
		return itemSplitRe.Split(out[0], -1)
	}
	for i, it := range out {
		out[i] = strings.TrimPrefix(strings.TrimSpace(it), "and ")
	}
	// "Go, Java and Python": the last item of a list joins two one-word
	// items with "and"; "Algorithms and Data Structures" stays whole.
	if n := len(out); n >= 2 {
		if f := strings.Fields(out[n-1]); len(f) == 3 && (f[1] == "and" || f[1] == "&") {
			out = append(out[:n-1], f[0], f[2])
		}
	}
	return out
}

// skills reads a skills section: tab tables, "Group: a, b" lines, comma lists
// and one skill per line. Rows whose items are spoken languages go to
// languages.
func (p *parser) skills(s section) {
	var loose []string
	for _, l := range s.lines {
		if l.blank {
			continue
		}
		raw := strings.TrimSpace(l.raw)
		if l.glyph != "" {
			raw = l.body
		}
		var name, rest string
		if strings.HasPrefix(raw, "|") && strings.Count(raw, "|") >= 3 { // a Markdown table row
			var cells []string
			for _, c := range strings.Split(strings.Trim(raw, "| "), "|") {
				if c = strings.TrimSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
			if len(cells) < 2 {
				continue
			}
			name, rest = plain(cells[0]), strings.Join(cells[1:], ", ")
		} else if cells := splitTab(raw); len(cells) >= 2 {
			name, rest = plain(cells[0]), strings.Join(cells[1:], ", ")
			if headerCellRe.MatchString(name) && headerCellRe.MatchString(plain(rest)) {
				continue
			}
		} else if m := groupRe.FindStringSubmatch(plain(raw)); m != nil && words(m[1]) <= 5 {
			name, rest = m[1], m[2]
		} else {
			loose = append(loose, splitItems(plain(raw))...)
			continue
		}
		items := splitItems(plain(rest))
		if k, ok := aliases()[foldHeading(name)]; ok && k == kInterests {
			for _, it := range items {
				p.r.Interests = append(p.r.Interests, model.Interest{Name: it})
			}
			continue
		}
		if isLanguageList(name, items) {
			p.languages([]line{{no: l.no, raw: l.raw, text: name + ": " + rest, body: name + ": " + rest}})
			continue
		}
		if len(items) > 0 {
			p.r.Skills = append(p.r.Skills, model.Skill{Name: name, Keywords: items})
			p.ex.note("skills["+itoa(len(p.r.Skills)-1)+"]", l, "group \""+name+"\" with a list")
		}
	}
	if len(loose) > 0 {
		p.r.Skills = append(p.r.Skills, model.Skill{Name: s.title, Keywords: loose})
	}
}

// splitTab splits a table row on tabs or runs of three or more spaces.
func splitTab(s string) []string {
	if !strings.Contains(s, "\t") && !strings.Contains(s, "   ") {
		return nil
	}
	var out []string
	for _, c := range colRunRe.Split(s, -1) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// isLanguageList reports whether a skills row lists spoken languages.
func isLanguageList(name string, items []string) bool {
	n := 0
	for _, it := range items {
		f := tokens(it)
		if len(f) > 0 && spokenLanguages.contains(f[0]) {
			n++
		}
	}
	low := strings.ToLower(name)
	named := false
	for _, w := range []string{"lang", "idioma", "sprach", "tongue", "native", "lingu", "spoken"} {
		named = named || strings.Contains(low, w)
	}
	return n > 0 && n*2 > len(items) && named
}

// languages reads a languages section.
func (p *parser) languages(ls []line) {
	for _, l := range ls {
		if l.blank {
			continue
		}
		t := plain(l.body)
		if m := groupRe.FindStringSubmatch(t); m != nil {
			low := strings.ToLower(m[1])
			if strings.Contains(low, "mother") || strings.Contains(low, "native") {
				for _, it := range splitItems(m[2]) {
					p.addLanguage(it, "Native", l)
				}
				continue
			}
			if strings.Contains(low, "other") || strings.Contains(low, "language") {
				t = m[2]
			}
		}
		p.languageItems(splitItems(t), l)
	}
}

func (p *parser) languageItems(items []string, l line) {
	for _, it := range items {
		p.addLanguage(it, "", l)
	}
}

// addLanguage reads "English (native)", "German – C1", "Spanish: fluent".
func (p *parser) addLanguage(it, fluency string, l line) {
	it = strings.TrimSpace(it)
	if it == "" || words(it) > 8 {
		return
	}
	name := it
	if m := langItemRe.FindStringSubmatch(it); m != nil {
		name, fluency = m[1], strings.TrimSpace(m[2]+m[3])
	} else if loc := fluencyRe.FindStringIndex(it); loc != nil && loc[0] > 0 {
		name, fluency = strings.TrimSpace(it[:loc[0]]), strings.TrimSpace(it[loc[0]:])
	}
	name = strings.Trim(name, " ,.")
	if name == "" {
		return
	}
	p.r.Languages = append(p.r.Languages, model.Language{Language: name, Fluency: fluency})
	p.ex.note("languages["+itoa(len(p.r.Languages)-1)+"]", l, "item of a languages list")
}

// listItems reads a section as a flat list of items.
func listItems(ls []line) []string {
	var out []string
	for _, l := range ls {
		if !l.blank {
			out = append(out, splitItems(plain(l.body))...)
		}
	}
	return out
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
