package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-normalised line with the cues the parser scores on.
type line struct {
	no     int    // 1-based line in the input
	raw    string // the normalised line, indentation and tabs kept
	text   string // trimmed
	indent int    // leading width in columns (a tab counts 4)
	glyph  string // bullet glyph, "" when the line is not a bullet
	body   string // text after the bullet glyph (== text when no glyph)
	md     int    // Markdown heading level (# … ######), 0 when none
	blank  bool
	plain  string // plain(text) for lines up to 200 bytes, else text
	tail   bool   // the description split off a one-line role header (see splitTails)
}

// bulletGlyphs are the characters that open a bullet when followed by a space.
// U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC and U+F0E0 are Symbol and
// Wingdings bullets as Word's PDF export leaves them (private use area);
// "o" is Word's second-level bullet; "§" and "Ø" are the same Wingdings
// bullets when a converter maps the font to Latin-1.
const bulletGlyphs = "•●○◦▪■□‣⁃∙⋅⦁⚫⬤⚬▸►➤➢✓✔✅★☆◆◇▶→➔✦✧-*+–·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0e0o§Ø"

// subGlyphs conventionally mark a sub-bullet even without indentation.
const subGlyphs = "◦○▫‣⁃o\uf0a7"

var (
	numberedRe  = lazyRE(`^\(?\d{1,2}[.)]\s+\S`)
	mdHeadRe    = lazyRE(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	linkRe      = lazyRE(`\[([^\]]*)\]\(([^)]*)\)`)
	underRe     = lazyRE(`(^|[\s(])_([^_]+)_([\s).,;:·|]|$)`)
	ruleRe      = lazyRE(`^[-=_*~#.·•─━═—–]{3,}$`)
	tableRuleRe = lazyRE(`^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$`)
	tableHeadRe = lazyRE(`(?i)^(?:company|employer|organi[sz]ation|title|role|position|job|dates?|period|years?|from|to|location|city|area|category|group|skills?|tools?|technolog(?:y|ies)|level|proficiency|description|details|duration|institution|school|degree|language|fluency)$`)
	colRunRe    = lazyRE(`\t+|\s{3,}`)
	emphRe      = lazyRE(`\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|` + "`([^`]+)`")
)

// parseLines builds the line model.
func parseLines(src []srcLine) []line {
	out := make([]line, 0, len(src))
	for _, s := range src {
		l := line{no: s.no, raw: s.text}
		t := strings.TrimSpace(s.text)
		if tableRuleRe.MatchString(t) || ruleRe.MatchString(t) || isTableHeader(t) {
			t = "" // a rule line, or a Markdown table's rule or header row
		}
		l.text = t
		if t == "" {
			l.blank = true
			out = append(out, l)
			continue
		}
		for _, r := range s.text {
			if r == ' ' {
				l.indent++
			} else if r == '\t' {
				l.indent += 4
			} else {
				break
			}
		}
		if m := mdHeadRe.FindStringSubmatch(t); m != nil {
			l.md = len(m[1])
			t = m[2]
			l.text = t
		}
		l.body = t
		if l.md == 0 {
			l.glyph, l.body = splitGlyph(t)
		}
		l.plain = l.text
		if len(l.text) <= 200 { // only short lines can be headings or names
			l.plain = plain(l.text)
		}
		out = append(out, l)
	}
	return out
}

// isTableHeader reports whether t is a Markdown table row whose cells are
// all column names ("| Company | Role | Dates |").
func isTableHeader(t string) bool {
	if !strings.HasPrefix(t, "|") || !strings.HasSuffix(t, "|") || len(t) > 200 {
		return false
	}
	cells := strings.Split(strings.Trim(t, "|"), "|")
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" && !tableHeadRe.MatchString(c) {
			return false
		}
	}
	return len(cells) >= 2
}

// splitGlyph separates a leading bullet glyph (or glyphs: "- ★ text") from
// the text. A leading emoji counts as a glyph too.
func splitGlyph(t string) (glyph, body string) {
	body = t
	for i := 0; i < 3; i++ {
		r, n := utf8.DecodeRuneInString(body)
		rest := body[n:]
		isGlyph := strings.ContainsRune(bulletGlyphs, r) || unicode.Is(unicode.So, r) && r != '©'
		if !isGlyph || rest == "" {
			break
		}
		// "*" followed by text without a space is Markdown emphasis;
		// "-" likewise is a negative number or a dash word.
		next, _ := utf8.DecodeRuneInString(rest)
		if next != ' ' && next != '\t' && next != 0xFE0F {
			break
		}
		if (r == '*' || r == '-' || r == '+') && strings.HasPrefix(strings.TrimSpace(rest), string(r)) && i == 0 && len(strings.TrimSpace(rest)) < 3 {
			break // "---" rule lines
		}
		if glyph == "" {
			glyph = string(r)
		}
		body = strings.TrimLeft(rest, " \t\uFE0F")
	}
	if glyph == "" && numberedRe.MatchString(t) {
		i := strings.IndexAny(t, ".)")
		glyph = t[:i+1]
		body = strings.TrimSpace(t[i+1:])
	}
	if glyph != "" && body == "" {
		return "", t
	}
	return glyph, body
}

// plain strips Markdown emphasis, links and heading marks for field values.
func plain(s string) string {
	if strings.Contains(s, "](") {
		s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
			sm := linkRe.FindStringSubmatch(m)
			if strings.TrimSpace(sm[1]) == "" {
				return sm[2]
			}
			return sm[1]
		})
	}
	for i := 0; i < 3 && strings.ContainsAny(s, "*_`"); i++ {
		s = emphRe.ReplaceAllString(s, "$1$2$3$4")
		s = underRe.ReplaceAllString(s, "$1$2$3")
	}
	s = strings.Trim(s, " \t*_`<>")
	if strings.Contains(s, "\t") || strings.Contains(s, "   ") {
		s = colRunRe.ReplaceAllString(s, " | ")
	}
	return strings.Join(strings.Fields(s), " ")
}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }

// isCaps reports whether s has letters and no lower-case letter.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// titleCase turns "SITE RELIABILITY ENGINEER" into "Site Reliability Engineer",
// leaving short all-caps acronyms (SRE, AWS, B.S.) alone.
func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if lf, ok := legalCase[strings.ToLower(w)]; ok && i > 0 {
			f[i] = lf // "GLOBEX INC." → "Globex Inc.", "ACME GMBH" → "Acme GmbH"
			continue
		}
		if letters <= 3 && (i > 0 || len(f) == 1) && !smallWord[strings.ToLower(w)] || strings.Contains(w, ".") {
			continue
		}
		lw := strings.ToLower(w)
		if smallWord[lw] && i > 0 {
			f[i] = lw
			continue
		}
		f[i] = capitalise(lw)
	}
	return strings.Join(f, " ")
}

// legalCase is the usual spelling of legal forms that are not acronyms.
var legalCase = map[string]string{"inc": "Inc", "inc.": "Inc.", "ltd": "Ltd", "ltd.": "Ltd.", "corp": "Corp",
	"corp.": "Corp.", "co.": "Co.", "gmbh": "GmbH", "ltda": "Ltda", "ltda.": "Ltda.", "pty": "Pty", "bhd": "Bhd"}

// capitalise upper-cases the first letter of w and of each part after a
// hyphen or apostrophe ("mei-lin" → "Mei-Lin", "o'brien" → "O'Brien").
func capitalise(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
			up = false
		}
		if r == '-' || r == '\'' || r == '’' {
			up = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

var smallWord = map[string]bool{"of": true, "and": true, "in": true, "the": true, "for": true, "at": true, "de": true, "del": true, "la": true, "y": true, "i": true, "on": true, "to": true, "a": true, "an": true, "und": true, "der": true, "di": true, "degli": true, "des": true, "du": true}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends like a sentence.
// A final abbreviation ("Inc.", "S.L.", "Jr.") does not end a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " *_)\"'")
	if strings.HasSuffix(s, ".") {
		f := strings.Fields(s)
		last := f[len(f)-1]
		if strings.Count(last, ".") > 1 && strings.IndexFunc(last, unicode.IsDigit) >= 0 {
			return true // "worth AED 1.2bn."
		}
		return len(last) > 5 && strings.Count(last, ".") == 1
	}
	return strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ";")
}
