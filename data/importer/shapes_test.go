package importer

import (
	"strings"
	"testing"
)

// TestRoleShapes checks small role layouts, one rule each: the roles
// read as employer/title/start–end.
func TestRoleShapes(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"employer and city after a date column",
			"Ahmed Al-Rashid\na@b.co\n\nWORK EXPERIENCE\n2019 - present    Careem, Dubai — Engineering Manager\n2013 - 2016       Emirates NBD, Dubai — Software Engineer\n",
			"Careem/Engineering Manager/2019– Emirates NBD/Software Engineer/2013–2016"},
		{"employer named after a city",
			"Aisling Byrne\na@b.co\n\nWORK HISTORY\n\nMedtronic, Galway\nQuality Engineer | Oct 2021 - Present\n\nBoston Scientific, Clonmel\nManufacturing Engineer | Jul 2015 - May 2019\n",
			"Medtronic/Quality Engineer/2021-10– Boston Scientific/Manufacturing Engineer/2015-07–2019-05"},
		{"employer line like the role above",
			"Maya Patel\nm@b.co\n\nEXPERIENCE\n\nBarista Trainer\nBlue Bottle Coffee, Oakland\n2020 – 2023\n\nShift Supervisor\nPeet's Coffee, Berkeley\n2017 – 2020\n",
			"Blue Bottle Coffee/Barista Trainer/2020–2023 Peet's Coffee/Shift Supervisor/2017–2020"},
		{"two-digit years",
			"Grace Liu\ng@b.co\n\nProfessional Experience\n\nIntern — KPMG\nJan 17 – Mar 17\n",
			"KPMG/Intern/2017-01–2017-03"},
		{"German compound titles",
			"Julia Schneider\nj@b.de\n\nBerufserfahrung\n\nseit 03/2020\nTeamleiterin Controlling, Bosch Rexroth AG, Lohr am Main\n\nOkt. 2016 bis Feb. 2020\nControllerin, Würth Elektronik GmbH, Waldenburg\n",
			"Bosch Rexroth AG/Teamleiterin Controlling/2020-03– Würth Elektronik GmbH/Controllerin/2016-10–2020-02"},
		{"column table with a remote note",
			"Hannah Schmidt | h@b.de\n\nEmployment History\n-------------------\nSpotify, Stockholm (remote)          Senior Data Analyst          2021 - 2024\nKing, Stockholm                      Data Analyst                 2018 - 2021\n",
			"Spotify/Senior Data Analyst/2021–2024 King/Data Analyst/2018–2021"},
		{"employer only in the first sentence",
			"Elena Petrova\ne@b.ru\n\nWork Experience\n\n2020 – present\nI lead the mobile team at Revolut, where we rebuilt card controls.\n\n2017 – 2020\nAt Yandex I worked on the maps app as an iOS developer. Later at Google Maps meetups.\n",
			"Revolut//2020– Yandex/iOS developer/2017–2020"},
		{"employer in parentheses",
			"Lucía Fernández\nl@b.es\n\nEXPERIENCE\n\nProduct Manager (Trivago), 2019 – 2021\n- Owned ranking\n\nUX Researcher (Zalando), 2016 – 2019\n",
			"Trivago/Product Manager/2019–2021 Zalando/UX Researcher/2016–2019"},
		{"Europass labels",
			"Paolo Rossi\np@b.it\n\nWORK EXPERIENCE\n\nDates: 01/2019 – present\nOccupation or position held: Backend Developer\nName and address of employer: Satispay S.p.A., Milan (Italy)\n",
			"Satispay S.p.A./Backend Developer/2019-01–"},
		{"one role per bullet, mixed",
			"Ingrid Solberg\ni@b.no\n\nCareer History\n• Google — Software Engineer — 2019-2021\n• 2015-2018 Flipkart (SDE II)\n• Microsoft, Program Manager, Jun 2012 to May 2015\n",
			"Google/Software Engineer/2019–2021 Flipkart/SDE II/2015–2018 Microsoft/Program Manager/2012-06–2015-05"},
		{"comma one-liner with no cue either way",
			"Ava Brooks\na@b.me\n\nExperience\n\nStoryteller, Northwind, 2019 – 2022\n- Wrote campaigns\n",
			"Northwind/Storyteller/2019–2022"},
		{"labelled fields on one line",
			"Suresh Kumar\ns@b.in\n\nEMPLOYMENT DETAILS\n\nOrganization: HCL Technologies | Designation: Lead Engineer | Duration: Jan'19 - Mar'21\n* Led a team of 8\n",
			"HCL Technologies/Lead Engineer/2019-01–2021-03"},
		{"notes after the employer",
			"Leo Park\nl@b.co\n\nExperience\n\nSenior Engineer at Instagram (acquired by Facebook), Menlo Park        2014 - 2018\n- Feed ranking\n\nTarget, a Fortune 50 retailer — Data Analyst — 2009 – 2011\n",
			"Instagram/Senior Engineer/2014–2018 Target/Data Analyst/2009–2011"},
		{"dates written last",
			"Zoe Adams\nz@b.io\n\nExperience\n\nAcme Corp — Engineer\n- Did x\n- Did y\n(2019 – 2021)\n\nBeta Inc — Junior Engineer\n- Did z\n(2017 – 2019)\n",
			"Acme Corp/Engineer/2019–2021 Beta Inc/Junior Engineer/2017–2019"},
		{"years as headings",
			"# Rhian Pryce\n\nr@b.co\n\n## Work\n\n### 2022\n\n**Head of Design**, Monzo Bank — Jul 2022 to present\n\n### 2019\n\n**Product Designer**, Deliveroo — Feb 2019 to Jun 2022\n",
			"Monzo Bank/Head of Design/2022-07– Deliveroo/Product Designer/2019-02–2022-06"},
		{"quarters",
			"Martin Holm\nm@b.co\n\nEMPLOYMENT\n\nMaersk — Program Manager, Q3 2019 – Q2 2021\n  - Delivered the migration\n",
			"Maersk/Program Manager/2019-07–2021-06"},
		{"project blocks under a role",
			"Name      : Sai Prasad\nEmail     : s@b.co\n\nWORK EXPERIENCE\n\nSoftware Engineer - Infosys Limited, Chennai (Jan'18 - Mar'21)\n\nProject #1: Core Banking\nClient: State Bank of India\nRole: Developer\nResponsibilities:\n* Migrated batch jobs\n",
			"Infosys Limited/Software Engineer/2018-01–2021-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range importText(t, tt.text).Resume.Work {
				got = append(got, w.Name+"/"+w.Position+"/"+w.StartDate.String()+"–"+w.EndDate.String())
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("roles\n got %q\nwant %q", g, tt.want)
			}
		})
	}
}

func TestBreakBulletLeavesRole(t *testing.T) {
	res := importText(t, "Aisling Byrne\na@b.co\n\nWORK HISTORY\n\nMedtronic, Galway\nQuality Engineer | Oct 2021 - Present\n• Lead CAPA investigations\n\n• Career break (Jun 2019 - Sep 2021): full-time carer\n\nBoston Scientific, Clonmel\nManufacturing Engineer | Jul 2015 - May 2019\n• Validated two lines\n")
	w := res.Resume.Work
	if len(w) != 2 || strings.Join(w[0].Highlights, "|") != "Lead CAPA investigations" {
		t.Fatalf("work %+v", w)
	}
	found := false
	for _, x := range res.Warnings {
		found = found || strings.Contains(x.Message, "full-time carer")
	}
	if !found {
		t.Errorf("the break's text is in no warning: %+v", res.Warnings)
	}
}

func TestAchievementsLabelUnderBullets(t *testing.T) {
	res := importText(t, "Noah Williams\nn@b.au\n\nWork Experience\n\nSoftware Engineer\nAtlassian | Sydney, Australia | Feb 2020 – Present\nKey Responsibilities:\n- Jira Cloud performance\nAchievements:\n- Cut page load by 30%\n\nGraduate Developer\nCanva | Sydney, Australia | Feb 2018 – Jan 2020\n")
	w := res.Resume.Work
	if len(w) != 2 || w[1].Name != "Canva" || strings.Join(w[0].Highlights, "|") != "Jira Cloud performance|Cut page load by 30%" {
		t.Errorf("work %+v", w)
	}
	if len(res.Resume.Awards) != 0 {
		t.Errorf("awards %+v", res.Resume.Awards)
	}
}

func TestWordSymbolBullets(t *testing.T) {
	res := importText(t, "Karen Lee\nk@b.co\n\nEXPERIENCE\n\nACME CORPORATION\t\t\tNew York, NY\nSenior Analyst\t\t\tJune 2019 – Present\n\uf0b7\tBuilt the pricing model\n\to\tMonte Carlo engine\n§\tPresented to the board\nØ Weekly KPI reports\n")
	w := res.Resume.Work
	want := "Built the pricing model|  Monte Carlo engine|Presented to the board|Weekly KPI reports"
	if len(w) != 1 || strings.Join(w[0].Highlights, "|") != want {
		t.Errorf("work %+v, want highlights %q", w, want)
	}
}
