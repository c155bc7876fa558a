package importer

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

var (
	emailRe        = lazyRE(`[^\s@<>()|,;:\[\]"']+@[^\s@<>()|,;:\[\]"']+\.[A-Za-z]{2,}`)
	phoneRe        = lazyRE(`\+?\(?\d[\d\s().\-/]{5,18}\d\b`)
	urlRe          = lazyRE(`(?i)(?:https?://[^\s<>()|,"']+|www\.[^\s<>()|,"']+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|net|org|co|app|xyz|ai|tech|es|de|fr|it|uk|eu|info|page|site|blog|ch|nl|se|pl|ca)(?:/[^\s<>()|,"']*)?)`)
	nameTokRe      = lazyRE(`^(?:[\p{Lu}][\p{L}\p{M}'.\-]*|["“'(][\p{Lu}][\p{L}\p{M}'.\-]*["”')]|van|von|der|den|de|da|di|du|del|della|la|le|bin|al|y|e|dos|das|ten|ter)$`)
	honorRe        = lazyRE(`(?i)^(?:dr\.?|prof\.?|mr\.?|mrs\.?|ms\.?|mx\.?)\s+|,?\s+(?:ph\.?d\.?|mba|m\.?sc\.?|cpa|pe|md)\.?$`)
	nameFieldRe    = lazyRE(`(?i)^(?:full\s+)?(?:candidate(?:\s+name)?|name|nombre|nom|vorname und name|name und vorname|nome)\s*[:：]\s*(.+)$`)
	credRe         = lazyRE(`(?:,\s*(?:Ph\.?\s?D\.?|P\.\s?Eng\.?|M\.?Sc\.?|B\.?Sc\.?|[A-Z]\.[A-Z]\.?|[A-Z]{2,6}))+\s*$`)
	contactLabelRe = lazyRE(`(?i)^(?:location|address|city|residence|based in|wohnort|adresse|dirección|ubicación)\s*[:：]\s*`)
	cvWordRe       = lazyRE(`(?i)\b(?:curriculum|vitae|cv|r[ée]sum[ée]|lebenslauf|hoja de vida)\b`)
	splitRe        = lazyRE(`\s*[|•·]\s*|\t+|\s{3,}|\s+[—–-]\s+`)
)

// basics fills the person: name, label, contacts and summary.
func (p *parser) basics(secs []section, hint string) {
	b := &model.Basics{}
	var pool []line // lines where the person is described
	for _, s := range secs {
		if s.kind == kWork || s.kind == kEducation {
			break
		}
		if s.kind == kProfile || s.kind == kContact || s.kind == kSkills || s.kind == kLanguages || s.kind == kCertificates || s.kind == kSummary {
			pool = append(pool, s.lines...)
		}
	}
	p.name(b, secs, hint)
	p.contacts(b, pool, secs)
	if len(secs) > 0 {
		var prose []line
		for _, l := range secs[0].lines {
			if !p.used[l.no] && !l.blank && l.glyph == "" && words(l.text) >= 8 && !emailRe.MatchString(l.text) {
				prose = append(prose, l)
			}
		}
		b.Summary = paragraphs(prose)
	}
	p.r.Basics = b
}

// nameCand is a candidate for the person's name.
type nameCand struct {
	text  string
	l     line
	score int
	why   []string
}

// name scores lines near the top as the person's name.
func (p *parser) name(b *model.Basics, secs []section, hint string) {
	var best *nameCand
	nonBlank := 0
	for si, s := range secs {
		if s.kind == kWork || s.kind == kEducation || si > 6 {
			break
		}
		for _, l := range s.lines {
			if l.blank {
				continue
			}
			nonBlank++
			if nonBlank > 40 {
				break
			}
			for _, seg := range splitRe.Split(plain(l.text), 6) {
				labelled := false
				if m := nameFieldRe.FindStringSubmatch(seg); m != nil {
					seg, labelled = m[1], true
				}
				c := scoreName(seg, l, s.kind, nonBlank == 1)
				if c != nil && labelled {
					c.score += 4
					c.why = append(c.why, "+4 labelled as the name")
				}
				if c != nil && (best == nil || c.score > best.score) {
					best = c
				}
			}
		}
	}
	if best != nil && best.score >= 4 {
		p.nameLine = best.l.no
		b.Name = tidyName(best.text)
		p.used[best.l.no] = true
		p.ex.note("basics.name", best.l, strings.Join(best.why, ", "))
		p.label(b, secs, best.l)
		return
	}
	if hint != "" {
		b.Name = model.SanitizeLine(hint)
	}
}

func scoreName(seg string, l line, k kind, first bool) *nameCand {
	seg = credRe.ReplaceAllString(honorRe.ReplaceAllString(strings.TrimSpace(seg), ""), "")
	seg = strings.TrimSpace(strings.TrimRightFunc(seg, func(r rune) bool { return r == ',' || r == ':' }))
	// "Kim Min-jun (김민준)", "Jane Doe (she/her)": a trailing aside.
	if i := strings.LastIndex(seg, " ("); i > 0 && strings.HasSuffix(seg, ")") && words(seg[:i]) >= 2 {
		seg = strings.TrimSpace(seg[:i])
	}
	reordered := false
	if sur, given, ok := strings.Cut(seg, ", "); ok && k == kProfile && seg == strings.TrimSpace(plain(l.text)) &&
		(first || l.md > 0 || isCaps(sur)) && !strings.Contains(given, ",") &&
		words(given) <= 3 && words(sur) <= 4 && !looksLocation(seg) && isCapitalised(given) {
		// "GARCÍA LÓPEZ, María José", "van der Berg, Pieter": the surname
		// first, before a comma.
		seg, reordered = strings.TrimSpace(given)+" "+strings.TrimSpace(sur), true
	}
	f := strings.Fields(seg)
	if len(f) < 2 || len(f) > 5 || len(seg) > 60 {
		return nil
	}
	c := &nameCand{text: seg, l: l}
	add := func(w int, s string) { c.score += w; c.why = append(c.why, s) }
	shape := true
	for _, w := range f {
		if !nameTokRe.MatchString(w) {
			shape = false
		}
	}
	if !shape {
		return nil
	}
	add(4, "+4 two to five capitalised words")
	if reordered {
		c.why = append(c.why, "surname written first, before a comma")
	}
	if first {
		add(2, "+2 first line")
	}
	switch {
	case l.md == 1:
		add(3, "+3 top-level Markdown heading")
	case l.md > 1:
		add(1, "+1 Markdown heading")
	}
	if k == kProfile {
		add(2, "+2 before any section")
	}
	if k == kSkills || k == kLanguages {
		add(-2, "-2 inside a list section")
	}
	if strings.ContainsAny(seg, "@/0123456789") {
		add(-6, "-6 digits, @ or /")
	}
	if strongTitleWords.has(seg) || titleWords.has(seg) && len(f) > 2 {
		add(-4, "-4 job title word")
	}
	if companyWords.has(seg) || schoolWords.has(seg) {
		add(-3, "-3 organisation word")
	}
	if looksLocation(seg) {
		add(-4, "-4 looks like a place")
	}
	if cvWordRe.MatchString(seg) {
		add(-10, "-10 document title")
	}
	if spokenLanguages.has(seg) {
		add(-3, "-3 language name")
	}
	if l.glyph != "" {
		add(-3, "-3 bullet")
	}
	return c
}

// surnameParticles open surnames ("de la Cruz", "van der Berg").
var surnameParticles = newSet("de la del della van von der den da di du dos das le el al bin ben ter ten")

// tidyName folds capitals ("ANNA KOWALSKA", "Anna KOWALSKA") and puts a
// surname written first in capitals ("KOWALSKA Anna") after the given names.
func tidyName(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	particle := func(w string) bool { return surnameParticles.contains(strings.ToLower(w)) }
	caps := func(w string) bool { return isCaps(w) && (len([]rune(w)) > 2 || particle(w)) }
	last := f[len(f)-1]
	initial := strings.HasSuffix(last, ".") && len([]rune(last)) <= 3 // "ADEBAYO OLUWASEUN T."
	if len(f) >= 2 && caps(f[0]) && !caps(last) && !isCaps(last) && !initial {
		k := 0
		for k < len(f) && caps(f[k]) {
			k++
		}
		f = append(f[k:], f[:k]...)
		for i, w := range f { // "DE LA CRUZ Juan Carlos" → "Juan Carlos de la Cruz"
			if i > 0 && isCaps(w) && particle(w) {
				f[i] = strings.ToLower(w)
			}
		}
	}
	all := true
	for _, w := range f {
		all = all && isCaps(w)
	}
	for i, w := range f {
		// A name holds no acronyms: "WEI ZHANG" is Wei Zhang, and in an
		// all-capitals name "LI" too; initials ("J.") stay as written.
		if caps(w) && !strings.Contains(w, ".") || all && len([]rune(w)) == 2 && isCaps(w) && !strings.Contains(w, ".") {
			f[i] = capitalise(strings.ToLower(w))
		}
	}
	return strings.Join(f, " ")
}

// label takes the line under the name (or the rest of the name's line) as
// the headline when it reads like one.
func (p *parser) label(b *model.Basics, secs []section, nameLine line) {
	if segs := splitRe.Split(plain(nameLine.text), 4); len(segs) > 1 {
		for _, s := range segs[1:] {
			if titleWords.has(s) && !emailRe.MatchString(s) {
				b.Label = tidyField(s)
				return
			}
		}
	}
	seen := false
	for _, s := range secs {
		if s.kind != kProfile {
			continue
		}
		for _, l := range s.lines {
			if l.no == nameLine.no {
				seen = true
				continue
			}
			if !seen || l.blank {
				continue
			}
			// The first part of the line that is not a contact or a place:
			// "Platform engineer · Leeds, UK · me@example.org".
			if l.glyph != "" || words(l.text) > 16 {
				return
			}
			for _, seg := range splitRe.Split(plain(l.text), 8) {
				seg = strings.TrimSpace(seg)
				if seg == "" || isContact(seg) || looksLocation(seg) {
					continue
				}
				if words(seg) > 10 || endsSentence(seg) {
					return
				}
				b.Label = tidyField(seg)
				p.ex.note("basics.label", l, "first part of the line under the name that is not a contact or a place")
				return
			}
			if !isContactLine(plain(l.text)) {
				return
			}
		}
	}
}
