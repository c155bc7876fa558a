package importer

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

var (
	certWordRe  = lazyRE(`(?i)\b(?:certified|certification|certificate|certificat|zertifikat|associate|professional|specialty|specialist|practitioner|foundation|license|licence|exam|credential|cka|ckad|cks|ccna|ccnp|pmp|cissp|itil|scrum|toefl|ielts)\b`)
	idRe        = lazyRE(`(?i)\b(?:credential\s+id|certificate\s+id|license\s+(?:no\.?|number)|id|no\.|#)\s*[:#]?\s*([A-Z0-9][A-Z0-9\-_/]{3,})`)
	certLevelRe = lazyRE(`(?i)^(?:associate|professional|specialty|practitioner|foundational|fundamentals|expert|advanced|intermediate)(?: level)?$`)
	bareIDRe    = lazyRE(`^[A-Za-z0-9][A-Za-z0-9\-_]{4,}$`)
	quotedRe    = lazyRE(`["“]([^"”]{3,})["”]`)
	talkRe      = lazyRE(`(?i)\b(?:talk|keynote|speaker|presented|presentation|conference|meetup|webinar|panel|workshop|lightning)\b`)
	issuedRe    = lazyRE(`(?i)\b(?:issued(?: on| by)?|expires|expiration(?: date)?|expired|valid until|no expiration date)\b`)
)

// listMode reports whether a section is a plain list (each bullet or line
// one item) rather than entries with header lines above bullets.
func listMode(ls []line) bool {
	text, bullets := 0, 0
	for _, l := range ls {
		switch {
		case l.blank:
		case l.glyph != "":
			bullets++
		default:
			text++
		}
	}
	return bullets > 0 && text == 0
}

// items returns the lines of a section as one item per bullet or line,
// wrapped lines joined.
func items(ls []line) []line {
	var out []line
	for _, l := range ls {
		if l.blank {
			continue
		}
		if len(out) > 0 && l.glyph == "" && (startsLower(l.text) || l.indent > out[len(out)-1].indent && out[len(out)-1].glyph != "") {
			out[len(out)-1].body += " " + l.text
			continue
		}
		out = append(out, l)
	}
	return out
}

// certificates reads one certificate per line when a line carries several
// fields ("Name — Issuer, 2021, ID: X") or per bullet in a list; otherwise
// it fills name, issuer, ID and date from successive lines until one would
// be filled twice (issuer line, name line, ID line, date line).
func (p *parser) certificates(s section) []model.Certificate {
	var out []model.Certificate
	var cur *model.Certificate
	var has map[string]bool
	list := listMode(s.lines)
	open := func() {
		out = append(out, model.Certificate{})
		cur = &out[len(out)-1]
		has = map[string]bool{}
	}
	for _, l := range items(s.lines) {
		if l.glyph != "" && !list {
			continue // a description under a certificate
		}
		t := plain(l.body)
		id := ""
		if m := idRe.FindStringSubmatchIndex(t); m != nil && hasDigit(t[m[2]:m[3]]) {
			id = t[m[2]:m[3]]
			t = strings.TrimSpace(t[:m[0]] + " " + t[m[1]:])
		} else if bareIDRe.MatchString(t) && hasDigit(t) && len(findAtoms(t, p.dayFirst)) == 0 {
			id, t = t, ""
		}
		var date model.Date
		if rs := findRanges(t, p.dayFirst); len(rs) > 0 {
			date = rs[0].Start
			for i := len(rs) - 1; i >= 0; i-- {
				t = t[:rs[i].Lo] + " | " + t[rs[i].Hi:]
			}
		}
		t = cleanHeader(issuedRe.ReplaceAllString(t, " | "))
		var segs []string
		for _, seg := range splitSeps(t, 6) {
			segs = append(segs, splitOutsideParens(seg, ", ")...)
		}
		var texts []string
		parenIssuer := ""
		for _, seg := range segs {
			seg = strings.Trim(seg, " ,;:")
			// "Associate (Amazon Web Services)": the parenthesis names the issuer.
			if i := strings.LastIndex(seg, " ("); i > 0 && strings.HasSuffix(seg, ")") && !certWordRe.MatchString(seg[i:]) && parenIssuer == "" {
				parenIssuer = strings.Trim(seg[i:], " ()")
				seg = strings.TrimSpace(seg[:i])
			}
			if seg != "" {
				texts = append(texts, seg)
			}
		}
		whole := len(texts) >= 2 || list || parenIssuer != ""
		if cur == nil || whole || id != "" && has["id"] || !date.IsZero() && has["date"] ||
			len(texts) == 1 && has["name"] && (has["issuer"] || certWordRe.MatchString(texts[0]) && !has["tentative"]) {
			open()
		}
		if id != "" {
			setExtra(&cur.Extra, "id", id)
			has["id"] = true
		}
		if !date.IsZero() {
			cur.Date, has["date"] = date, true
		}
		for _, x := range texts {
			isCert := certWordRe.MatchString(x)
			switch {
			case has["name"] && certLevelRe.MatchString(x):
				cur.Name += " – " + x // "AWS Certified Solutions Architect – Associate"
			case !has["name"]:
				cur.Name, has["name"], has["tentative"] = tidyField(x), true, !isCert
			case has["tentative"] && isCert && !has["issuer"]:
				cur.Issuer, has["issuer"] = cur.Name, true
				cur.Name, has["tentative"] = tidyField(x), false
			case !has["issuer"]:
				cur.Issuer, has["issuer"] = x, true
			}
		}
		if parenIssuer != "" && !has["issuer"] {
			cur.Issuer, has["issuer"] = parenIssuer, true
		}
		p.ex.note(fmt.Sprintf("certificates[%d]", len(p.r.Certificates)+len(out)-1), l, "one line per certificate when it holds several fields; else filled line by line until a field repeats")
	}
	var keep []model.Certificate
	for _, c := range out {
		if c.Name != "" {
			keep = append(keep, c)
		}
	}
	return keep
}

// setExtra stores a string under key in an Extra map.
func setExtra(e *model.Extra, key, v string) { setExtraJSON(e, key, v) }

// setExtraJSON stores any JSON value under key in an Extra map (for keys
// JSON Resume does not model, such as a post's highlights).
func setExtraJSON(e *model.Extra, key string, v any) {
	if *e == nil {
		*e = model.Extra{}
	}
	b, _ := json.Marshal(v)
	(*e)[key] = b
}

// publications reads a list of papers or posts, or entries with headers.
func (p *parser) publications(s section) []model.Publication {
	var out []model.Publication
	if listMode(s.lines) || !anyHeader(s.lines, p.dayFirst) {
		for _, l := range items(s.lines) {
			t := plain(l.body)
			pub := model.Publication{}
			if u := urlRe.FindString(t); u != "" && strings.Contains(u, "/") {
				pub.URL = fullURL(u)
				t = strings.TrimSpace(strings.Replace(t, u, "", 1))
			}
			if rs := findRanges(t, p.dayFirst); len(rs) > 0 {
				pub.ReleaseDate = rs[len(rs)-1].Start
				t = cleanHeader(t[:rs[len(rs)-1].Lo] + " " + t[rs[len(rs)-1].Hi:])
			}
			if m := quotedRe.FindStringSubmatchIndex(t); m != nil {
				pub.Name = strings.TrimRight(t[m[2]:m[3]], ",. ")
				pub.Publisher = cleanHeader(strings.Trim(t[m[1]:], " ,.—–-"))
			} else {
				parts := splitSeps(t, 3)
				pub.Name = strings.Trim(parts[0], " .,")
				if len(parts) > 1 {
					pub.Publisher = strings.Trim(parts[1], " .,")
				}
			}
			if pub.Name != "" {
				out = append(out, pub)
			}
		}
		return out
	}
	for _, e := range p.entries(s.lines) {
		pub := model.Publication{}
		for _, h := range e.head {
			t := strings.TrimSpace(h.text)
			switch {
			case t == "":
			case pub.Name == "":
				pub.Name = t
			case pub.Publisher == "" && !(strongTitleWords.has(t) && words(t) <= 3):
				pub.Publisher = t
			}
		}
		if e.date != nil {
			pub.ReleaseDate = e.date.Start
		}
		urls := append(append([]string{}, e.urls...), linksIn(e.highlights)...)
		if len(urls) > 0 {
			pub.URL = fullURL(urls[0])
		}
		pub.Summary = strings.Join(e.prose, "\n")
		if pub.Name != "" {
			out = append(out, pub)
		}
	}
	return out
}

func anyHeader(ls []line, dayFirst bool) bool {
	for _, l := range ls {
		if c, _, _ := classify(l, dayFirst); c == clsHeader && !l.blank && l.glyph == "" && words(l.text) <= 8 {
			return true
		}
	}
	return false
}

// linksIn finds URLs in highlights.
func linksIn(hs []string) []string {
	var out []string
	for _, h := range hs {
		if u := urlRe.FindString(h); u != "" && strings.Contains(u, "/") {
			out = append(out, strings.TrimRight(u, ">.,"))
		}
	}
	return out
}
