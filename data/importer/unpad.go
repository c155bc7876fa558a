package importer

import "strings"

// unpadLabel closes the gap between a field label and its colon: forms
// and Indian-style résumés align values with spaces or tabs ("Name      :
// Asha Rao", "Languages\t: Java, SQL") and French typography puts a space
// before the colon ("Nom : Dupont"). The result is "Name: Asha Rao", which
// the label, name and skills readers understand, and which no column
// splitter mistakes for two columns. Only a short label (at most four
// words, no digits) at the start of the line followed by ": " changes.
func unpadLabel(l string) string {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 48 || i+1 < len(l) && l[i+1] != ' ' && l[i+1] != '\t' {
		return l
	}
	j := i
	for j > 0 && (l[j-1] == ' ' || l[j-1] == '\t') {
		j--
	}
	if j == i || j == 0 {
		return l
	}
	label := l[:j]
	if strings.ContainsAny(label, "0123456789:|•*") || len(strings.Fields(label)) > 4 {
		return l
	}
	k := i + 1
	for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
		k++
	}
	if k == len(l) {
		return label + ":"
	}
	return label + ": " + l[k:]
}
