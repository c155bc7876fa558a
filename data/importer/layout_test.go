package importer

import (
	"strings"
	"testing"
)

func TestHasLegalForm(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"DATEV eG", true}, {"SAP SE", true}, {"Equinor ASA", true}, {"Spotify AB", true},
		{"Acme Ltd.", true}, {"SE", false}, {"worked as", false}, {"Head of Vibes", false},
		{"Senior Engineer", false}, {"sold as", false},
	}
	for _, tt := range tests {
		if got := hasLegalForm(tt.s); got != tt.want {
			t.Errorf("hasLegalForm(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestLooksLocationComma(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Chapter One Restaurant, Dublin", false}, {"Commissioners of Irish Lights, Skellig Michael", false},
		{"Dublin, Ireland", true}, {"Palo Alto, CA", true},
		{"New York, NY", true}, {"Salt Lake City, USA", true},
	}
	for _, tt := range tests {
		if got := looksLocation(tt.s); got != tt.want {
			t.Errorf("looksLocation(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestDropDoubled(t *testing.T) {
	mk := func(ss ...string) []srcLine {
		out := make([]srcLine, len(ss))
		for i, s := range ss {
			out[i] = srcLine{no: i + 1, text: s}
		}
		return out
	}
	tests := []struct {
		name string
		in   []srcLine
		want int
	}{
		{"doubled page", mk("Acme", "Acme", "Engineer", "Engineer", "Jan 2020 - Present", "Jan 2020 - Present", "- did things"), 4},
		{"one repeat is left", mk("Acme", "Acme", "Engineer", "- did", "- did"), 5},
		{"bullets never dropped", mk("- a", "- a", "- b", "- b", "- c", "- c"), 6},
		{"numbers only kept", mk("2020", "2020", "x", "x", "y", "y", "z", "z"), 5},
	}
	for _, tt := range tests {
		if got := len(dropDoubled(tt.in)); got != tt.want {
			t.Errorf("%s: %d lines kept, want %d", tt.name, got, tt.want)
		}
	}
}

func TestHeadTail(t *testing.T) {
	tests := []struct {
		text, head, tail string
	}{
		{"• Senior Demand Planner, Ocado Retail (Feb 2021 – Present): owns the chilled-category forecast.", "Senior Demand Planner, Ocado Retail (Feb 2021 – Present)", "owns the chilled-category forecast."},
		{"Data Engineer, Acme (2019 – 2021) – built the pipelines for billing", "Data Engineer, Acme (2019 – 2021)", "built the pipelines for billing"},
		{"Acme Corp (2019 – 2021): Senior Engineer", "", ""},            // a title, not a description
		{"2019 – 2021: Acme Ltd, Data Engineer", "", ""},                // nothing before the date
		{"Engineer, Acme (2019 – 2021)", "", ""},                        // no tail
		{"Engineer, Acme (2019 – 2021): moved to Beta in 2022", "", ""}, // a date in the tail
	}
	for _, tt := range tests {
		ls := parseLines([]srcLine{{no: 1, text: tt.text}})
		head, tail, ok := headTail(ls[0], false)
		if ok != (tt.head != "") || head != tt.head || tail != tt.tail {
			t.Errorf("%q: got (%q, %q, %v), want (%q, %q)", tt.text, head, tail, ok, tt.head, tt.tail)
		}
	}
}

// TestSectionRules imports small documents that exercise one rule each and
// checks the roles that come out as "employer|title|start".
func TestSectionRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"layout follows the clear roles",
			"Experience\n\nSommelier\nChapter One Restaurant, Dublin\nNov 2009 – Aug 2015\n\nHead of Vibes\nTito Surf Hostel, Lahinch\nSep 2015 – Mar 2019\n\nSenior Engineer\nBothar Cloud Ltd, Galway\nApr 2019 – Present\n",
			[]string{"Chapter One Restaurant|Sommelier|2009-11", "Tito Surf Hostel|Head of Vibes|2015-09", "Bothar Cloud Ltd|Senior Engineer|2019-04"}},
		{"legal form marks the employer",
			"Berufserfahrung\n\n01.04.2021 – heute\nSoftwaretesterin\nDATEV eG, Nürnberg\n\n01.10.2014 – 31.08.2016\nWerkstudentin\nSAP SE, Walldorf\n",
			[]string{"DATEV eG|Softwaretesterin|2021-04", "SAP SE|Werkstudentin|2014-10"}},
		{"achievements label stays in the role",
			"JO BLOGGS\njo@example.org\n\nEXPERIENCE\n\nController\nAcme Ltd\nOct 2019 to Present\nResponsibilities:\n- Close the books\nAchievements:\n- Cut the close to five days\n\nAuditor\nKPMG LLP\nSep 2015 to Sep 2019\n- Audits\n\nSKILLS\nExcel\n",
			[]string{"Acme Ltd|Controller|2019-10", "KPMG LLP|Auditor|2015-09"}},
		{"title, employer, city, country",
			"Employment History\n\nProject Manager, Emaar Properties, Dubai, UAE\nJune 2018 - Present\nManaged a portfolio of three towers worth AED 1.2bn.\n\nSite Engineer, Arabtec Construction, Abu Dhabi, UAE\nAugust 2013 - May 2018\nSupervised concrete works.\n",
			[]string{"Emaar Properties|Project Manager|2018-06", "Arabtec Construction|Site Engineer|2013-08"}},
		{"month/year with a slash",
			"Experience\n\nNubank — São Paulo, Brazil\nSenior Data Scientist | Mar/2021 – Present\n• Credit models\n",
			[]string{"Nubank|Senior Data Scientist|2021-03"}},
		{"one-line headers follow the clear ones",
			"EXPERIENCE\n\nSoftware Engineer II at Microsoft (Redmond, WA) · 2019–2022\nWorked on scaling.\n\nWrangler of Chaos — Pendleton & Sons (2016–2019)\nKept the warehouse running.\n\nFarmhand, Hillcrest Dairy, 2014 – 2016\n",
			[]string{"Microsoft|Software Engineer II|2019", "Pendleton & Sons|Wrangler of Chaos|2016", "Hillcrest Dairy|Farmhand|2014"}},
		{"portuguese, ongoing 'atual'",
			"EXPERIÊNCIA PROFISSIONAL\n\nDesenvolvedora Sênior — Mercado Livre\njan 2020 – atual\n• Pagamentos com Pix\n",
			[]string{"Mercado Livre|Desenvolvedora Sênior|2020-01"}},
		{"dutch heading, 'bij', 'heden'",
			"Werkervaring\n\nOntwikkelaar bij Bol.com\n2019 – heden\n- Zoekfunctie\n",
			[]string{"Bol.com|Ontwikkelaar|2019"}},
		{"danish heading, date first, title before a legal form",
			"Erfaring\n\n2020 – nu\nUdvikler, Danske Bank A/S\n- Betalinger\n",
			[]string{"Danske Bank A/S|Udvikler|2020"}},
		{"a 'Tech:' list under a header is no header field",
			"EXPERIENCE\n\nBackend Engineer — Revolut — London — 2020–2023\nTech: Kotlin, PostgreSQL, Kafka\n- Built the dispute service\n",
			[]string{"Revolut|Backend Engineer|2020"}},
		{"an unstyled 'Skills:' after a role still ends it",
			"JO BLOGGS\njo@example.org\n\nEXPERIENCE\n\nController\nAcme Ltd\nOct 2019 to Present\n- Close the books\n\nSkills:\n- Excel\n- SAP\n\nEDUCATION\nBA, Leeds, 2012\n",
			[]string{"Acme Ltd|Controller|2019-10"}},
		{"a title wrapped after 'and'",
			"EXPERIENCE\n\nSenior Manager, Customer Success and\nStrategic Accounts                 Jan 2019 – Present\nSalesforce, San Francisco, CA\n• Managed accounts\n",
			[]string{"Salesforce|Senior Manager, Customer Success and Strategic Accounts|2019-01"}},
		{"table then blocks per employer",
			"## Experience\n\n| Period | Company | Role |\n|---|---|---|\n| 2022-03 – present | Husqvarna Group | Lead Engineer |\n| 2015-06 – 2022-02 | u-blox | Firmware Engineer |\n\n**u-blox** — GNSS modules\n- Implemented tracking\n",
			[]string{"Husqvarna Group|Lead Engineer|2022-03", "u-blox|Firmware Engineer|2015-06"}},
	}
	for _, tt := range tests {
		res := importText(t, tt.text)
		var got []string
		for _, w := range res.Resume.Work {
			got = append(got, w.Name+"|"+w.Position+"|"+w.StartDate.String())
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestTidyFieldLegalForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GLOBEX INC.", "Globex Inc."}, {"NORTHWIND TRADERS LTD", "Northwind Traders Ltd"},
		{"INITECH LLC", "Initech LLC"}, {"ACME CORPORATION", "Acme Corporation"},
	}
	for _, tt := range tests {
		if got := tidyField(tt.in); got != tt.want {
			t.Errorf("tidyField(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCommaPlace(t *testing.T) {
	tests := []struct{ text, name, title, place string }{
		{"Employment\n2016 – Present: Site Electrician, Kirby Group Engineering, Limerick\n  - Installed switchgear\n", "Kirby Group Engineering", "Site Electrician", "Limerick"},
		{"CLINICAL EXPERIENCE\n\nCharge Nurse – Aga Khan University Hospital, Nairobi\nMarch 2019 – Present\n• Supervise nurses\n", "Aga Khan University Hospital", "Charge Nurse", "Nairobi"},
	}
	for _, tt := range tests {
		w := importText(t, tt.text).Resume.Work
		if len(w) != 1 || w[0].Name != tt.name || w[0].Position != tt.title || w[0].Location != tt.place {
			t.Errorf("%q: work %+v", tt.text, w)
		}
	}
}

func TestThirdFieldIsPlace(t *testing.T) {
	res := importText(t, "EXPERIENCE\n\nSoftware Engineer — JetBrains — Saint Petersburg — 2017–2020\n- Kotlin plugin\n")
	if w := res.Resume.Work; len(w) != 1 || w[0].Location != "Saint Petersburg" || w[0].Name != "JetBrains" {
		t.Errorf("work %+v", w)
	}
}

func TestEmployerFromText(t *testing.T) {
	tests := []struct {
		hl   []string
		want string
	}{
		{[]string{"Led *Curve*'s sponsorship of GopherCon", "Rebuilt Curve's fraud system", "Wrote Go"}, "Curve"},
		{[]string{"Rebuilt Curve's fraud system", "Used Go"}, ""},                                 // once is not enough
		{[]string{"Acme's billing", "Acme's search", "Beta's API", "Beta's UI"}, ""},              // a tie
		{[]string{"Improved London's bus data", "London's tram data", "English's hard"}, ""},      // places and languages
		{[]string{"Grew Stripe Atlas's funnel", "Ran Stripe Atlas's onboarding"}, "Stripe Atlas"}, // several words
	}
	for _, tt := range tests {
		if got := employerFromText(&entry{highlights: tt.hl}); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.hl, got, tt.want)
		}
	}
}

func TestSkillsAfterRoleNotSubLabel(t *testing.T) {
	r := importText(t, "JO BLOGGS\njo@example.org\n\nEXPERIENCE\n\nController\nAcme Ltd\nOct 2019 to Present\n- Close the books\n\nSkills:\n- Excel\n- SAP\n\nEDUCATION\nBA, Leeds, 2012\n").Resume
	if len(r.Work) != 1 || len(r.Work[0].Highlights) != 1 || len(r.Skills) == 0 {
		t.Errorf("work %+v skills %+v", r.Work, r.Skills)
	}
}
