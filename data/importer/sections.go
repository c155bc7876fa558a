package importer

import (
	"strings"
	"sync"
	"unicode"
)

// kind is what a section holds.
type kind int

// The section kinds, mapped from heading synonyms.
const (
	kProfile kind = iota // lines before the first heading
	kSummary
	kWork
	kVolunteer
	kEducation
	kSkills
	kCertificates
	kPublications
	kTalks
	kProjects
	kLanguages
	kAwards
	kInterests
	kContact
	kIgnore
)

var kindNames = [...]string{"profile", "summary", "work", "volunteer", "education", "skills", "certificates",
	"publications", "talks", "projects", "languages", "awards", "interests", "contact", "ignored"}

func (k kind) String() string { return kindNames[k] }

// aliases maps a folded heading to its section kind.
var aliases = sync.OnceValue(func() map[string]kind {
	m := make(map[string]kind, 400)
	table := map[kind]string{
		kSummary:      "summary|professional summary|career summary|executive summary|profile|professional profile|about|about me|objective|career objective|personal statement|research interests|overview|introduction|bio|biography|who i am|personal profile|kurzprofil|profil|perfil|sobre mí|à propos|profiel|samenvatting|sammanfattning|sammendrag|resumo|sobre mim|podsumowanie",
		kWork:         "experience|experiences|work experience|professional experience|relevant experience|employment|employment history|work history|career history|career|professional background|positions|positions held|appointments|academic appointments|work|professional history|industry experience|selected experience|berufserfahrung|experiencia|experiencia laboral|expérience professionnelle|expérience|esperienza|esperienze lavorative|experiencia profesional|experiência profissional|experiência|esperienza professionale|esperienza lavorativa|beruflicher werdegang|werdegang|praxiserfahrung|berufliche erfahrung|expériences professionnelles|experiencia profesional y laboral|experience and employment|job history|professional experiences|technical experience|engineering experience|experience summary|employment details|organizational experience|organisational experience|work profile|employment record|werkervaring|ervaring|werkervaringen|relevante werkervaring|erfaring|arbejdserfaring|arbeidserfaring|yrkeserfaring|yrkeserfarenhet|arbetslivserfarenhet|erfarenhet|doświadczenie zawodowe|doświadczenie|pracovní zkušenosti|työkokemus|experiência profissional|esperienze professionali|historial laboral|trayectoria profesional|parcours professionnel|where i've worked|where i have worked|where i’ve worked|professional journey|career journey|career path|jobs|roles|selected roles|previous roles|recent roles|professional roles|industry roles|internships|internship experience|freelance work|contract work|berufliche stationen|stationen|positions of responsibility|consulting engagements|work and internships|internships and work experience|professional employment|employment and experience|military service|military experience|military|service history|erfahrung|berufspraxis|professional engagements|assignments",
		kVolunteer:    "volunteer experience|volunteering|volunteer|community service|leadership|involvement|activities|extracurricular|extracurricular activities|leadership and activities|volunteer work|community involvement|community engagement|volunteer roles|voluntary work|ehrenamt|ehrenamtliches engagement|bénévolat|voluntariado",
		kEducation:    "education|education and training|academic background|academics|qualifications|degrees|academic qualifications|educational background|educational qualification|educational qualifications|academic profile|academic details|education and qualifications|studies|ausbildung|bildung|formación|formación académica|formation|istruzione|educación|estudios|formação|formação académica|formazione|studium|schulbildung|training and education|education history|opleiding|opleidingen|uddannelse|utdanning|utbildning|wykształcenie|vzdělání|koulutus|formação acadêmica|parcours académique",
		kSkills:       "skills|technical skills|core competencies|competencies|expertise|areas of expertise|skills and expertise|technologies|tech stack|tools|toolbox|top skills|personal skills|digital skills|software|skill set|skillset|key skills|core skills|it skills|computer skills|soft skills|core strengths|areas of strength|programming skills|skills and tools|tools and technologies|technical proficiencies|kenntnisse|fähigkeiten|habilidades|compétences|competenze|skills summary|technical expertise|vaardigheden|kompetencer|kompetanse|kompetenser|færdigheder|ferdigheter|färdigheter|umiejętności|dovednosti|taidot|competências|conhecimentos",
		kCertificates: "certifications|certificates|certification|licenses|licenses and certifications|licences|credentials|professional registration|training|courses|certificates and training|zertifikate|certificaciones",
		kPublications: "publications|selected publications|papers|journal articles|conference papers|preprints|writing|articles|blog posts|posts|writings|blog|veröffentlichungen|publicaciones",
		kTalks:        "talks|invited talks|presentations|speaking|conference talks|public speaking|talks and presentations|vorträge|charlas",
		kProjects:     "projects|personal projects|selected projects|side projects|open source|portfolio|open source contributions|open-source|key projects|projekte|proyectos|projets|progetti",
		kLanguages:    "languages|language skills|language|spoken languages|mother tongue|mother tongues|mother tongue(s)|other languages|other language(s)|sprachen|idiomas|langues|lingue|talen|sprog|språk|języki|jazyky|kielitaito|línguas",
		kAwards:       "awards|honors|honours|awards and honors|awards and honours|achievements|accomplishments|grants and awards|honors and awards|prizes|auszeichnungen|premios",
		kInterests:    "interests|hobbies|hobbies and interests|personal interests|interessen",
		kContact:      "contact|contact info|contact information|contacts|kontakt|contacto|personal information|personal details|personal data|persönliche daten",
		kIgnore:       "references|referees|professional service|teaching|memberships|affiliations|professional affiliations|additional information|miscellaneous|patents|recommendations|references available on request",
	}
	for k, v := range table {
		for _, a := range strings.Split(v, "|") {
			m[a] = k
		}
	}
	return m
})

// keywordKinds is the fallback for headings that are not exact aliases.
var keywordKinds = []struct {
	word string
	k    kind
}{
	{"experience", kWork}, {"employment", kWork}, {"education", kEducation}, {"skills", kSkills},
	{"projects", kProjects}, {"certifications", kCertificates}, {"certificates", kCertificates},
	{"publications", kPublications}, {"talks", kTalks}, {"languages", kLanguages}, {"awards", kAwards},
	{"summary", kSummary}, {"volunteering", kVolunteer},
}

// hasWord reports whether key holds w (or its singular) as a whole word,
// or a word starting with one of the stems below ("Educational").
func hasWord(key, w string) bool {
	for _, f := range strings.Fields(key) {
		if f == w || f+"s" == w || stems[w] != "" && strings.HasPrefix(f, stems[w]) {
			return true
		}
	}
	return false
}

// stems extend some keywords to their derived forms.
var stems = map[string]string{"education": "educat", "experience": "experien", "employment": "employ",
	"skills": "skill", "projects": "project", "publications": "publicat", "languages": "languag"}

// foldHeading reduces a heading to its alias key: emphasis and leading icons
// dropped, trailing colon removed, letter-spacing collapsed, lower case.
func foldHeading(s string) string {
	s = plain(s)
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	s = strings.TrimRight(s, " :.-–—=_")
	f := strings.Fields(s)
	single := 0
	for _, w := range f {
		if len([]rune(w)) == 1 {
			single++
		}
	}
	if len(f) >= 4 && single >= len(f)-1 { // "E X P E R I E N C E", "S UMMARY"
		s = strings.Join(f, "")
	} else if len(f) == 2 && single == 1 && len([]rune(f[0])) == 1 {
		s = f[0] + f[1]
	}
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "&", " and ")
	return strings.Join(strings.Fields(s), " ")
}

// headingKind scores a line as a section heading. It returns the kind and
// a positive score when the line is one.
func headingKind(l line, prevBlank, nextBlank bool) (kind, int, string) {
	if l.glyph != "" && !strings.Contains(bulletGlyphs, l.glyph) {
		l.glyph, l.plain = "", plain(l.body) // an icon before a heading: "🎓 Education"
	}
	if l.blank || l.glyph != "" || len(l.text) > 80 || strings.ContainsAny(l.raw, "\t@|") {
		return 0, 0, ""
	}
	t := strings.TrimSpace(parenRe.ReplaceAllString(l.plain, " ")) // "Experience (selected)"
	if strings.Contains(t, ":") && !strings.HasSuffix(strings.TrimSpace(t), ":") {
		return 0, 0, ""
	}
	for _, r := range t {
		if unicode.IsDigit(r) {
			return 0, 0, ""
		}
	}
	key := foldHeading(t)
	if key == "" || words(key) > 6 {
		return 0, 0, ""
	}
	score, why := 0, []string{}
	add := func(w int, s string) { score += w; why = append(why, s) }
	if l.md > 0 {
		add(3, "markdown heading")
	}
	if isCaps(t) {
		add(2, "all caps")
	}
	if strings.HasSuffix(strings.TrimSpace(t), ":") {
		add(1, "trailing colon")
	}
	if strings.HasPrefix(l.text, "**") || strings.HasPrefix(l.text, "__") {
		add(1, "bold")
	}
	if prevBlank {
		add(1, "blank line before")
	}
	k, ok := aliases()[key]
	if ok {
		add(4, "heading synonym \""+key+"\"")
		return k, score, strings.Join(why, ", ")
	}
	// Compound headings ("Projects & Talks"): the first side that maps wins.
	for _, part := range strings.FieldsFunc(key, func(r rune) bool { return r == '/' || r == ',' }) {
		for _, p := range strings.Split(part, " and ") {
			if k, ok := aliases()[strings.TrimSpace(p)]; ok {
				add(3, "compound heading with \""+strings.TrimSpace(p)+"\"")
				return k, score, strings.Join(why, ", ")
			}
		}
	}
	if words(key) <= 4 && (score >= 2 || words(key) <= 3 && prevBlank && isCapitalised(t) && !strongTitleWords.has(t)) {
		for _, kw := range keywordKinds {
			if hasWord(key, kw.word) {
				add(1, "keyword \""+kw.word+"\"")
				return kw.k, score, strings.Join(why, ", ")
			}
		}
	}
	return 0, 0, ""
}

// section is a run of lines under one heading.
type section struct {
	kind  kind
	title string // heading text as written
	head  int    // line number of the heading, 0 for the profile
	lines []line
}

// splitSections cuts the document at headings. Once the document has shown
// how it writes headings (Markdown at one level, or ALL CAPS), a heading
// written the same way that names no known section still ends the section
// above it: its text is set aside with a warning instead of being read as
// part of, say, the last role.
func splitSections(ls []line, ex *explainer) []section {
	secs := []section{{kind: kProfile}}
	heads := make([]headingResult, len(ls))
	for i, l := range ls {
		prevBlank := i == 0 || ls[i-1].blank
		nextBlank := i+1 >= len(ls) || ls[i+1].blank
		heads[i].k, heads[i].score, heads[i].why = headingKind(l, prevBlank, nextBlank)
	}
	mdLevel, caps := headingStyle(ls, heads)
	styled := styledHeadings(ls, heads)
	for i, l := range ls {
		prevBlank := i == 0 || ls[i-1].blank
		nextBlank := i+1 >= len(ls) || ls[i+1].blank
		// Unstyled headings: "Achievements:" straight under a role's
		// bullets (no blank line before it, a colon after) is a label too.
		tight := !prevBlank && strings.HasSuffix(strings.TrimSpace(l.plain), ":")
		if heads[i].score > 0 && (styled || tight) && (heads[i].k == kAwards || heads[i].k == kProjects || heads[i].k == kSummary) &&
			isSubLabel(ls, i, secs[len(secs)-1].kind) {
			ex.note("section.sublabel", l, "written unlike the document's headings, inside a role, over bullets: a label within the role")
			heads[i].score = 0
		}
		if k, score, why := heads[i].k, heads[i].score, heads[i].why; score > 0 {
			secs = append(secs, section{kind: k, title: plain(l.text), head: l.no})
			ex.note("section."+k.String(), l, why)
			continue
		}
		// "Skills: Go, SQL" outside any section: a one-line section.
		if cur := secs[len(secs)-1].kind; (cur == kProfile || cur == kSummary) && l.glyph == "" {
			if m := groupRe.FindStringSubmatch(plain(l.text)); m != nil {
				if k, ok := aliases()[foldHeading(m[1])]; ok && (k == kSkills || k == kLanguages || k == kInterests) {
					secs = append(secs, section{kind: k, title: m[1], head: l.no, lines: []line{inlineBody(l, m[2])}},
						section{kind: cur})
					ex.note("section."+k.String(), l, "inline heading \""+m[1]+":\"")
					continue
				}
			}
		}
		if len(secs) > 1 && isUnknownHeading(l, prevBlank, nextBlank, mdLevel, caps) {
			secs = append(secs, section{kind: kIgnore, title: plain(l.text), head: l.no})
			ex.warnf(l, 1, "%q is not a section vitae knows; the text under it was left out of the import", plain(l.text))
			continue
		}
		secs[len(secs)-1].lines = append(secs[len(secs)-1].lines, l)
	}
	return secs
}

// headingResult is headingKind's verdict on one line.
type headingResult struct {
	k     kind
	score int
	why   string
}

// inlineBody is line l reduced to the text after its inline heading.
func inlineBody(l line, body string) line {
	l.raw, l.text, l.body, l.plain = body, body, body, plain(body)
	return l
}

// headingStyle reports how the known headings are written: the one
// Markdown level they all share (0 if none or mixed), and whether there are
// at least three and all are ALL CAPS.
func headingStyle(ls []line, heads []headingResult) (mdLevel int, caps bool) {
	n, nCaps, level, mixed := 0, 0, 0, false
	for i, l := range ls {
		if heads[i].score > 0 {
			n++
			if isCaps(l.plain) {
				nCaps++
			}
			switch {
			case l.md == 0:
				mixed = true
			case level == 0:
				level = l.md
			case level != l.md:
				mixed = true
			}
		}
	}
	if mixed || n < 2 {
		level = 0
	}
	return level, n >= 3 && nCaps == n
}

// isUnknownHeading reports whether l is written like the document's
// headings but names nothing vitae knows (and is not a role or employer).
func isUnknownHeading(l line, prevBlank, nextBlank bool, mdLevel int, caps bool) bool {
	if l.blank || l.glyph != "" || strings.ContainsAny(l.raw, "\t@|") || len(l.text) > 60 {
		return false
	}
	t := l.plain
	if words(t) > 4 || hasDigit(t) || strings.Contains(t, "   ") || strongTitleWords.has(t) || companyWords.has(t) ||
		schoolWords.has(t) || looksLocation(t) || strings.Contains(t, ",") {
		return false
	}
	switch {
	case mdLevel > 0 && l.md > 0 && l.md <= mdLevel:
		return true
	case caps && l.md == 0 && isCaps(t) && prevBlank && nextBlank && words(t) <= 3:
		return true
	}
	return false
}
