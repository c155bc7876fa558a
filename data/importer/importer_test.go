package importer

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func importText(t *testing.T, text string) *Result {
	t.Helper()
	res, err := Import("t.txt", []byte(text), Options{Now: model.MonthOf(2026, 11), Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"KOWALSKA Anna\nanna@example.org\n", "Anna Kowalska"},
		{"WEI ZHANG\nzhang.wei@163.com\n", "Wei Zhang"},
		{"ADEBAYO OLUWASEUN T.\nade@example.org\n", "Adebayo Oluwaseun T."},
		{"DE LA CRUZ Juan Carlos\njc@example.org\n", "Juan Carlos de la Cruz"},
		{"Kim Min-jun (김민준)\nmj@example.org\n", "Kim Min-jun"},
		{"Jane Doe (she/her)\njane@example.org\n", "Jane Doe"},
		{"GARCÍA LÓPEZ, María José\nmaria@example.org\n", "María José García López"},
		{"van der Berg, Pieter\npieter@example.org\n", "Pieter van der Berg"},
		{"LI NA\nli.na@example.org\n", "Li Na"},
		{"MARY-KATE O'BRIEN\nmk@example.org\n", "Mary-Kate O'Brien"},
		{"JANE Q. PUBLIC\njane@example.org\n", "Jane Q. Public"},
		{"Dr. Amara Nwosu-Bello, PhD\n", "Amara Nwosu-Bello"},
		{"Curriculum Vitae\n\nName: Li Wei\nEmail: li@example.org\n", "Li Wei"},
		{"# Zoë Muñoz\n", "Zoë Muñoz"},
		{"Ludwig van Beethoven | ludwig@example.org | Bonn\n", "Ludwig van Beethoven"},
	}
	for _, tt := range tests {
		if got := importText(t, tt.text).Resume.Basics.Name; got != tt.want {
			t.Errorf("%q: name %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestHeadings(t *testing.T) {
	tests := []struct {
		line string
		want kind
	}{
		{"E X P E R I E N C E", kWork}, {"S UMMARY", kSummary}, {"## Work History", kWork},
		{"**Skills & Expertise:**", kSkills}, {"Licenses & Certifications", kCertificates},
		{"PROJECTS & TALKS", kProjects}, {"Berufserfahrung", kWork}, {"Educational Qualifications", kEducation},
		{"🎓 Education", kEducation}, {"Where I've Worked", kWork}, {"Berufliche Stationen", kWork},
		{"WERKERVARING", kWork}, {"Doświadczenie zawodowe", kWork}, {"Utbildning", kEducation}, {"Jobs", kWork},
		{"Military Service", kWork}, {"Community Involvement", kVolunteer}, {"BERUFSPRAXIS", kWork},
	}
	for _, tt := range tests {
		ls := parseLines([]srcLine{{no: 1, text: tt.line}})
		k, score, _ := headingKind(ls[0], true, true)
		if score <= 0 || k != tt.want {
			t.Errorf("%q: kind %v (score %d), want %v", tt.line, k, score, tt.want)
		}
	}
	for _, not := range []string{"SITE RELIABILITY ENGINEER", "MIKROTIK CERTIFIED ROUTING ENGINEER", "Skills: Go, SQL", "- Experience", "Internship", "Freelance"} {
		ls := parseLines([]srcLine{{no: 1, text: not}})
		if _, score, _ := headingKind(ls[0], true, true); score > 0 {
			t.Errorf("%q read as a heading", not)
		}
	}
}

func TestNestedBullets(t *testing.T) {
	res := importText(t, "Experience\nAcme — Engineer (2019–2021)\n• top\n◦ sub by glyph\n• next\n    - sub by indent\n        - subsub\n• last\n")
	want := []string{"top", "  sub by glyph", "next", "  sub by indent", "    subsub", "last"}
	got := res.Resume.Work[0].Highlights
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("highlights %q, want %q", got, want)
	}
}

func TestWarningsAndExplain(t *testing.T) {
	res := importText(t, "Ann Lee\nann@example.org\n\nExperience\nAcme — Engineer (2030–2031)\n- x\nBeta — Engineer\n06.2019 – 08.2020 (3y, 3m)\n- y\n\nHOBBIES AND SUCH\nknitting\n")
	var msgs []string
	for _, w := range res.Warnings {
		msgs = append(msgs, w.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"in the future", "span 15 months but the text says 39 months"} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning containing %q in:\n%s", want, all)
		}
	}
	found := false
	for _, e := range res.Explain {
		if e.Field == "work[0].position" && e.Line == 5 && strings.Contains(e.Why, "title word") && strings.Contains(e.Source, "Acme") {
			found = true
		}
	}
	if !found {
		t.Errorf("no explanation for work[0].position on line 5: %+v", res.Explain)
	}
}

func TestCareerBreakIsNotARole(t *testing.T) {
	res := importText(t, "Experience\nAcme — Engineer (2019–2021)\n- x\n\nCareer break — parental leave (2018–2019)\n\nBeta — Engineer (2015–2018)\n- y\n")
	if n := len(res.Resume.Work); n != 2 {
		t.Errorf("%d roles, want 2: %+v", n, res.Resume.Work)
	}
}

func TestSpokenLanguagesInSkills(t *testing.T) {
	res := importText(t, "Skills\nProgramming\tGo, Rust\nLanguages\tEnglish (native), German (B2)\n")
	if len(res.Resume.Skills) != 1 || len(res.Resume.Languages) != 2 || res.Resume.Languages[1].Fluency != "B2" {
		t.Errorf("skills %+v languages %+v", res.Resume.Skills, res.Resume.Languages)
	}
}

func TestSanitized(t *testing.T) {
	res := importText(t, "Eve \x1b[31mEvil\x1b[0m\neve@example.org\n\nExperience\nAcme\u202e — Engineer (2019–2021)\n- pwn \x1b]52;c;AAAA\x07now\n")
	r := res.Resume
	for _, s := range []string{r.Basics.Name, r.Work[0].Name, r.Work[0].Highlights[0]} {
		if strings.ContainsAny(s, "\x1b\x07\u202e") {
			t.Errorf("control characters survived: %q", s)
		}
	}
}

func TestLooseHeadings(t *testing.T) {
	for _, line := range []string{"Work Experience (Selected)", "Relevant Work Experience", "Experience (2015–2024)"} {
		ls := parseLines([]srcLine{{no: 1, text: line}})
		if k, score, _ := headingKind(ls[0], true, true); score <= 0 || k != kWork {
			t.Errorf("%q: kind %v score %d, want work", line, k, score)
		}
	}
	for _, line := range []string{"Customer Experience Manager", "User Experience Designer"} {
		ls := parseLines([]srcLine{{no: 1, text: line}})
		if _, score, _ := headingKind(ls[0], true, true); score > 0 {
			t.Errorf("%q read as a heading", line)
		}
	}
}

func TestMoreShapes(t *testing.T) {
	res := importText(t, "Jane Doe, MBA, PMP\njane@example.org\n\nExperience\n\n| Company | Role | Dates |\n|---|---|---|\n| Acme Corp | Senior Engineer | 2019–2021 |\n| Beta LLC | Engineer | 2016–2019 |\n\nGlobex Corporation, Staff Engineer, 2014–2016\n\nSkills\n\n| Area | Tools |\n|------|-------|\n| Cloud | AWS, GCP |\n")
	r := res.Resume
	if r.Basics.Name != "Jane Doe" {
		t.Errorf("name %q", r.Basics.Name)
	}
	var got []string
	for _, w := range r.Work {
		got = append(got, w.Name+"/"+w.Position+"/"+w.StartDate.String())
	}
	want := "Acme Corp/Senior Engineer/2019 Beta LLC/Engineer/2016 Globex Corporation/Staff Engineer/2014"
	if strings.Join(got, " ") != want {
		t.Errorf("roles %q, want %q", strings.Join(got, " "), want)
	}
	if len(r.Skills) != 1 || r.Skills[0].Name != "Cloud" || strings.Join(r.Skills[0].Keywords, ",") != "AWS,GCP" {
		t.Errorf("skills %+v", r.Skills)
	}
}

func TestSplitSeps(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Title | Company | City", "Title/Company/City"},
		{"Acme — Engineer", "Acme/Engineer"},
		{"Jean-Luc Picard – Captain", "Jean-Luc Picard/Captain"},
		{"2019–2021", "2019–2021"},
		{"Acme · Full-time", "Acme/Full-time"},
		{"Left      Right", "Left/Right"},
		{"a\tb", "a/b"},
		{"Self-employed - Bristol", "Self-employed/Bristol"},
	}
	for _, tt := range tests {
		if got := strings.Join(splitSeps(tt.in, 8), "/"); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCertificateLines(t *testing.T) {
	res := importText(t, "Certifications\n- AWS Certified Solutions Architect – Associate (Amazon Web Services), 2021, Credential ID ABC-1234\n- Certified Kubernetes Administrator — CNCF — Issued Mar 2020 · Expires Mar 2023\n")
	c := res.Resume.Certificates
	if len(c) != 2 {
		t.Fatalf("certificates %+v", c)
	}
	if c[0].Name != "AWS Certified Solutions Architect – Associate" || c[0].Issuer != "Amazon Web Services" || c[0].Date.String() != "2021" || string(c[0].Extra["id"]) != `"ABC-1234"` {
		t.Errorf("first %+v id %s", c[0], c[0].Extra["id"])
	}
	if c[1].Name != "Certified Kubernetes Administrator" || c[1].Issuer != "CNCF" || c[1].Date.String() != "2020-03" {
		t.Errorf("second %+v", c[1])
	}
}

func TestWrappedDateRange(t *testing.T) {
	res := importText(t, "Experience\nNurse Manager, Northwestern Memorial Hospital, Chicago, IL, 2019 –\nPresent\n- Manage 48 RNs\n")
	w := res.Resume.Work
	if len(w) != 1 || w[0].Name != "Northwestern Memorial Hospital" || w[0].StartDate.String() != "2019" || !w[0].EndDate.IsZero() {
		t.Errorf("work %+v", w)
	}
}

func TestDatedBulletList(t *testing.T) {
	res := importText(t, "Experience\n- Principal Engineer, Klarna (2020–present)\n- Senior Engineer, Spotify (2016–2020)\n- Engineer, Ericsson (2012–2016)\n")
	var got []string
	for _, w := range res.Resume.Work {
		got = append(got, w.Name+"/"+w.Position+"/"+w.StartDate.String())
	}
	if strings.Join(got, " ") != "Klarna/Principal Engineer/2020 Spotify/Senior Engineer/2016 Ericsson/Engineer/2012" {
		t.Errorf("roles %q", got)
	}
}

func TestObfuscatedEmail(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Jane Doe\njane [at] example [dot] com\n", "jane@example.com"},
		{"Jane Doe\njane(at)example.org\n", "jane@example.org"},
		{"Jane Doe\njane.doe at mail dot example dot co dot uk\n", "jane.doe@mail.example.co.uk"},
		{"Jane Doe\nWorked at Acme for years.\n", ""},
		{"Jane Doe\nLondon | jane at example dot com | +44 7700 900123\n", "jane@example.com"},
		{"Jane Doe\nLooking at data dot science trends in my spare time\n", ""},
	}
	for _, tt := range tests {
		if got := importText(t, tt.text).Resume.Basics; got == nil && tt.want != "" || got != nil && got.Email != tt.want {
			t.Errorf("%q: email %+v, want %q", tt.text, got, tt.want)
		}
	}
}
