package importer

import "strings"

// legalForms are company legal-form suffixes matched case-sensitively on a
// name's last word: short forms such as "SE", "AB" or "AS" are ordinary
// words in lower case, so only their registered spelling counts.
var legalForms = newSet(`SE AB AS ASA A/S ApS eG KG OHG GbR UG KGaA e.V. Oy Oyj SpA S.p.A. Srl S.r.l. SRL SL S.L.
	Pty Pvt Bhd Sdn K.K. NV N.V. BV B.V. AG GmbH SAS SARL S.A. SA Ltd Ltd. LLC LLP PLC plc Inc Inc. Corp Corp.
	Co. KK S.A.S. Lda Ltda Ltda. S.A.C. SpA. AS. ehf hf d.o.o. s.r.o. a.s. Zrt Kft S.C. Sp.`)

// hasLegalForm reports whether s ends in a company legal form ("DATEV eG",
// "SAP SE", "Equinor ASA").
func hasLegalForm(s string) bool {
	f := strings.Fields(strings.TrimRight(s, " ,;"))
	return len(f) >= 2 && legalForms.contains(f[len(f)-1])
}

// orgCue reports whether a candidate reads as an organisation.
func orgCue(c *cand) bool {
	return companyWords.hasAny(c.t()) || schoolWords.hasAny(c.t()) || hasLegalForm(c.text)
}

// alignLayout makes the roles of one section agree on where the title and
// the employer sit. Résumés repeat one layout for every role, so when the
// roles decided on clear cues (a title word, an organisation word or legal
// form) mostly put the title first (or the employer first), a role that
// has no such cue, or cues pointing the other way, and was read the other
// way round is swapped: "Sommelier / Chapter One Restaurant" follows
// "Head of Vibes / Tito Surf Hostel" even though "Sommelier" is in no word
// list.
func alignLayout(rs []role) {
	titleFirst, companyFirst := 0, 0
	for i := range rs {
		tf, ok, fixed := layoutOf(&rs[i].rf)
		if ok && (fixed || clearRole(&rs[i].rf)) {
			if tf {
				titleFirst++
			} else {
				companyFirst++
			}
		}
	}
	if titleFirst == companyFirst {
		return
	}
	want := titleFirst > companyFirst
	for i := range rs {
		rf := &rs[i].rf
		tf, ok, fixed := layoutOf(rf)
		if !ok || fixed || tf == want || clearRole(rf) {
			continue
		}
		rf.titleC, rf.companyC = rf.companyC, rf.titleC
		rf.title, rf.company = tidyField(rf.titleC.text), tidyField(rf.companyC.text)
		rf.why["position"] = "the other roles of this section put the title here; " + rf.why["position"]
		rf.why["name"] = "the other roles of this section put the employer here; " + rf.why["name"]
	}
}

// layoutOf tells whether a role's title came before its employer in reading
// order. fixed says the shape itself decided ("Title at X", "Title, X", a
// field label): such a role shows the layout but is never swapped.
func layoutOf(rf *roleFields) (titleFirst, ok, fixed bool) {
	t, c := rf.titleC, rf.companyC
	if t == nil || c == nil {
		return false, false, false
	}
	fixed = t.conn != 0 || c.conn != 0 || t.hint != 0 || c.hint != 0 || rf.commaTitle != "" || rf.titleFromAt ||
		rf.title != tidyField(t.text) || rf.company != tidyField(c.text)
	switch {
	case t.l.no != c.l.no:
		return t.l.no < c.l.no, true, fixed
	case t.seg != c.seg:
		return t.seg < c.seg, true, fixed
	}
	ti, ci := strings.Index(t.l.text, t.text), strings.Index(c.l.text, c.text)
	if ti < 0 || ci < 0 || ti == ci {
		return false, false, false
	}
	return ti < ci, true, fixed
}

// clearRole reports whether the cues agree with the reading: the title has
// a title word or the employer an organisation cue, and neither has the
// other's cue.
func clearRole(rf *roleFields) bool {
	t, c := rf.titleC, rf.companyC
	titleCue := titleWords.hasAny(t.t()) || strongTitleWords.hasAny(t.t())
	orgT, titleC := orgCue(t), strongTitleWords.hasAny(c.t())
	return (titleCue || orgCue(c)) && !orgT && !titleC
}

// mergeUndated folds an undated entry that names the employer of exactly
// one dated role, which has no bullets of its own, into that role: a table
// or list of roles followed by one block of detail per employer
// ("**Ericsson** — radio units" over its bullets). What the block's header
// says besides the employer becomes the role's description.
func mergeUndated(rs []role) []role {
	var drop []bool
	for i := range rs {
		r := &rs[i]
		if r.e.date != nil || r.rf.company == "" || r.banner || len(r.e.highlights) == 0 && len(r.e.prose) == 0 {
			continue
		}
		target := -1
		for j := range rs {
			d := &rs[j]
			if j == i || d.e.date == nil || !strings.EqualFold(d.rf.company, r.rf.company) {
				continue
			}
			if target >= 0 {
				target = -2 // two roles at that employer: which one is unclear
				break
			}
			target = j
		}
		if target < 0 || len(rs[target].e.highlights) > 0 {
			continue
		}
		d := &rs[target]
		d.e.highlights = append(d.e.highlights, r.e.highlights...)
		d.e.hlLines = append(d.e.hlLines, r.e.hlLines...)
		d.e.prose = append(d.e.prose, r.e.prose...)
		if r.rf.title != "" && !strings.EqualFold(r.rf.title, d.rf.title) && d.bannerText == "" {
			d.bannerText = r.rf.title
		}
		if drop == nil {
			drop = make([]bool, len(rs))
		}
		drop[i] = true // its content moved
	}
	if drop == nil {
		return rs
	}
	out := make([]role, 0, len(rs))
	for i, r := range rs {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}
