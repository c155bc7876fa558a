package importer

import (
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// blogPosts reads a document with no résumé sections that is a run of
// dated posts (a blog export: "Sunday, September 22, 2019", a title, the
// post) as publications: the title, the day, the first paragraph as the
// summary and the post's bullets as highlights. It reports whether it did.
func (p *parser) blogPosts(secs []section) bool {
	if len(p.r.Work) > 0 || len(p.r.Education) > 0 || len(p.r.Skills) > 0 {
		return false
	}
	var ls []line
	for _, s := range secs {
		if s.kind == kProfile || s.kind == kSummary || s.kind == kIgnore {
			ls = append(ls, s.lines...)
		}
	}
	var starts []int
	for i, l := range ls {
		if isPostDate(l, p.dayFirst) {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		return false
	}
	for k, st := range starts {
		end := len(ls)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		d := findRanges(plain(ls[st].text), p.dayFirst)[0].Start
		pub := model.Publication{ReleaseDate: d}
		var bl bulletNester
		var hl []string
		para, inPara, done := "", false, false
		for _, l := range ls[st+1 : end] {
			switch {
			case l.blank:
				if inPara {
					done = true
				}
			case pub.Name == "":
				pub.Name = plain(l.text)
				p.ex.note("publications["+itoa(len(p.r.Publications))+"].name", l, "first line after a dated post header")
			case l.glyph != "":
				done = done || inPara
				hl = append(hl, model.NestHighlight(bl.depth(l), l.body))
			case !inPara && words(l.text) <= 6 && !endsSentence(l.text):
				// a sub-heading before the first paragraph
			case !done && len(para) < model.MaxFieldLen:
				para += " " + l.text
				inPara = true
			}
		}
		if pub.Summary == "" {
			pub.Summary = strings.TrimSpace(para)
		}
		if len(hl) > 0 {
			setExtraJSON(&pub.Extra, "highlights", hl)
		}
		if pub.Name != "" {
			p.r.Publications = append(p.r.Publications, pub)
		}
	}
	return true
}

// isPostDate reports whether l is a full date on its own ("Sunday,
// September 22, 2019"), the header of a blog post.
func isPostDate(l line, dayFirst bool) bool {
	if l.glyph != "" || l.blank || len(l.text) > 60 {
		return false
	}
	t := plain(l.text)
	rs := findRanges(t, dayFirst)
	if len(rs) != 1 || !rs[0].Single || rs[0].Start.Prec != model.PrecisionDay {
		return false
	}
	return words(strings.Trim(t[:rs[0].Lo]+t[rs[0].Hi:], " ,.")) <= 1
}
