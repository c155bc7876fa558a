package importer

import "strings"

// teamWords name a part of an organisation, not an employer.
var teamWords = newSet("team teams squad department dept division unit group tribe chapter guild platform")

// commaPair reports whether a and then b are neighbouring fields of one
// line joined by a comma alone ("Storyteller, Northwind").
func commaPair(a, b *cand) bool {
	if a.l.no != b.l.no || b.seg != a.seg && b.seg != a.seg+1 {
		return false
	}
	i := strings.Index(a.l.text, a.text)
	if i < 0 {
		return false
	}
	j := strings.Index(a.l.text[i+len(a.text):], b.text)
	return j >= 0 && strings.TrimSpace(a.l.text[i+len(a.text):i+len(a.text)+j]) == ","
}

// labelledSegs splits a line of two or more labelled fields joined by
// separators into their label matches; nil when the line is not one.
func labelledSegs(t string) [][]string {
	if strings.Count(t, ":") < 2 {
		return nil
	}
	var out [][]string
	for _, seg := range splitSeps(t, 8) {
		if m := fieldLabelRe.FindStringSubmatch(strings.Trim(seg, " ,;")); m != nil {
			out = append(out, m)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// companyNoteRe is a note after an employer's name: "(acquired by
// Facebook)", "(now Meta)", "(formerly Facebook)", ", a Fortune 50
// retailer", "(a Series B fintech)".
var companyNoteRe = lazyRE(`(?i)(?:\s*\((?:acquired|now|formerly|previously|part of|a|an|subsidiary|division|merged)\b[^()]*\)|,\s+(?:a|an)\s+[^,]*)$`)

// stripCompanyNote removes such a note, keeping the name.
func stripCompanyNote(s string) string {
	if loc := companyNoteRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(s[:loc[0]])
	}
	return s
}
