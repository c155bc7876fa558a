package importer

import (
	"strings"
	"sync"
	"unicode"
)

// wordSet is a set of lower-case words, built on first use so that the
// package costs next to nothing at start-up.
type wordSet struct {
	get func() map[string]bool
	// suffixes also match as the end of a longer word: German compounds
	// ("Teamleiterin", "Softwareentwickler") are titles by their last part.
	suffixes []string
}

// match reports whether w is in m, is one of the set's suffixes, or ends
// in one after a stem of at least four letters.
func (ws *wordSet) match(m map[string]bool, w string) bool {
	if m[w] {
		return true
	}
	for _, suf := range ws.suffixes {
		if (len(w) == len(suf) || len(w) >= len(suf)+4) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// germanTitleEnds are the last parts of German compound job titles
// ("Teamleiterin", "Projektmanager", "Werkstudentin").
var germanTitleEnds = []string{"leiter", "leiterin", "entwickler", "entwicklerin", "berater", "beraterin",
	"ingenieur", "ingenieurin", "managerin", "referent", "referentin", "werkstudent", "werkstudentin",
	"controllerin", "assistent", "assistentin", "kaufmann", "kauffrau", "sachbearbeiter", "sachbearbeiterin",
	"architektin", "praktikant", "praktikantin", "analystin", "beauftragter", "beauftragte"}

func newSet(s string, suffixes ...string) *wordSet {
	return &wordSet{suffixes: suffixes, get: sync.OnceValue(func() map[string]bool {
		f := strings.Fields(s)
		m := make(map[string]bool, len(f))
		for _, w := range f {
			m[w] = true
		}
		return m
	})}
}

// contains reports whether w itself is in the set.
func (ws *wordSet) contains(w string) bool { return ws.match(ws.get(), w) }

// has reports whether any word of s (letters only, folded) is in the set.
func (ws *wordSet) has(s string) bool {
	m := ws.get()
	for _, w := range tokens(s) {
		if ws.match(m, w) {
			return true
		}
	}
	return false
}

// hasAny reports whether any of the tokens is in the set.
func (ws *wordSet) hasAny(toks []string) bool {
	m := ws.get()
	for _, w := range toks {
		if ws.match(m, w) {
			return true
		}
	}
	return false
}

// tokens splits s into lower-case words: a letter, then letters, marks and
// . ' + # / (so "c#", "s.l.", "ci/cd" stay whole), trailing dots removed.
func tokens(s string) []string {
	if len(s) > 512 {
		s = s[:512]
	}
	s = strings.ToLower(s)
	var f []string
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.Is(unicode.M, r)
		if start >= 0 && (inWord || strings.ContainsRune(".'+#/", r)) {
			continue
		}
		if start >= 0 {
			f = append(f, strings.TrimRight(s[start:i], ".'/"))
			start = -1
		}
		if inWord && len(f) < 64 {
			start = i
		}
	}
	if start >= 0 {
		f = append(f, strings.TrimRight(s[start:], ".'/"))
	}
	return f
}

// titleWords mark a job title (OpenResume's lexicon, extended).
var titleWords = newSet(`engineer engineers engineering developer developers manager management analyst intern internship
	director president vp vice head lead leader chief cto ceo cfo coo cio ciso officer architect consultant
	specialist scientist researcher designer administrator admin technician coordinator associate assistant
	supervisor executive representative programmer sre devops owner founder co-founder cofounder partner
	principal staff senior junior sr jr fellow lecturer professor student teacher instructor tutor postdoc
	postdoctoral editor writer author speaker maintainer creator contributor advisor adviser strategist
	accountant auditor nurse physician doctor counsel attorney lawyer paralegal clerk secretary
	recruiter operator mechanic electrician chef cook cashier barista server waiter sales agent broker
	trainee apprentice freelance freelancer contractor self-employed volunteer ambassador evangelist
	advocate producer photographer illustrator animator artist marketer product programme program
	staff ios android frontend front-end backend back-end fullstack full-stack
	stack qa tester sdet dba webmaster superintendent foreman steward therapist pharmacist dentist
	entwickler ingenieur leiter berater werkstudent praktikant ingeniero desarrollador jefe gerente analista
	développeur ingénieur chef responsable sviluppatore ingegnere ingeniera desarrolladora programadora
	analista consultora directora jefa arquitecta diseñadora administradora técnica becaria becario
	entwicklerin ingenieurin leiterin beraterin développeuse ingénieure cheffe consultante directrice
	stagiaire alternant alternante organiser organizer coach controller comptroller treasurer bookkeeper
	surgeon midwife paramedic librarian curator journalist reporter copywriter translator interpreter
	planner buyer merchandiser estimator surveyor inspector dispatcher driver pilot technologist chemist
	biologist physicist mathematician statistician economist actuary underwriter adjuster banker trader
	teller receptionist caregiver dietitian psychologist counselor counsellor worker machinist welder
	carpenter plumber sergeant lieutenant captain commander
	desenvolvedor desenvolvedora engenheiro engenheira programador estagiário estagiária coordenador coordenadora
	diretor diretora gerente consultor consultora técnico técnica professor professora sênior pleno júnior
	stewardess housekeeper groundskeeper gardener
	bartender baker butcher florist tailor cleaner janitor porter concierge guide ranger lifeguard
	ontwikkelaar utvecklare utvikler udvikler programista inżynier kierownik sde swe tpm`, germanTitleEnds...)

// strongTitleWords are title words that rarely appear in a company name.
var strongTitleWords = newSet(`engineer developer manager analyst intern director vp head lead architect consultant
	specialist scientist researcher designer administrator technician coordinator supervisor programmer sre
	founder co-founder cofounder cto ceo cfo coo cio officer lecturer professor student teacher postdoc
	intern internship trainee apprentice freelance freelancer contractor maintainer creator author speaker
	writer editor recruiter assistant associate executive entwickler ingenieur ingeniero desarrollador
	développeur ingénieur sviluppatore ingegnere president partner owner accountant nurse ingeniera
	desarrolladora programadora arquitecta diseñadora entwicklerin ingenieurin développeuse ingénieure
	stagiaire organiser organizer postdoctoral fellow controller comptroller treasurer bookkeeper surgeon
	physician pharmacist therapist paralegal attorney lawyer journalist translator statistician economist
	desenvolvedor desenvolvedora engenheiro engenheira estagiário estagiária programista
	actuary underwriter teacher tutor instructor librarian receptionist clerk cashier`, germanTitleEnds...)

// companyWords mark an employer or organisation.
var companyWords = newSet(`inc inc. llc ltd ltd. limited gmbh ag sa s.a s.a. sas sarl bv b.v b.v. nv plc corp corporation
	co company companies group holdings labs lab technologies technology tech systems solutions software
	university universität universidad université università college institute institut school academy
	hospital clinic trust foundation studio studios agency bank capital partners ventures consulting
	services networks media games interactive industries international global s.l s.l. s.r.l s.r.l. srl
	spa s.p.a kg ohg ug pty oy ab as asa aps kk gk inc pvt llp lp pc ministry department council
	government agency office center centre society association organization organisation`)

// schoolWords mark an educational institution.
var schoolWords = newSet(`university universität universidad universitat université università universiteit uniwersytet
	college institute institut school academy polytechnic politecnico politécnica politècnica hochschule
	fachhochschule école ecole escuela gymnasium lycée bootcamp conservatory seminary tu eth epfl mit`)

// degreeRe recognises a degree or course of study.
var degreeRe = lazyRE(`(?i)\b(?:bachelor|bachelors|bachelor's|master|masters|master's|ph\.?\s?d|doctor(?:ate)?|doctoral|associate(?:'s)? degree|associate of (?:arts|science|applied science)|diploma|diplom|licenciatura|laurea|licence|abitur|a-levels?|ged|high school|mba|msc|m\.sc|bsc|b\.sc|b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?a\.?|m\.?a\.?|b\.e|m\.e|b\.?com|m\.?com|bba|bca|mca|ll\.?b|ll\.?m|b\.?eng|m\.?eng|b\.?tech|m\.?tech|beng|meng|btech|mtech|ba|ma|bs|ms|mres|mphil|dphil|jd|md|llb|llm|certificate|engineering degree|degree|grado|ingeniería|ingegneria|telecommunications engineering)\b\.?`)

// employmentWords are LinkedIn's employment types, dropped from headers.
var employmentRe = lazyRE(`(?i)^(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship|apprenticeship|seasonal|permanent|temporary|on[- ]site|hybrid|remote)$`)

// countries and regions that end a location ("Berlin, Germany").
var placeWords = newSet(`remote hybrid usa us uk u.s u.k united states kingdom germany deutschland france spain españa italy italia
	portugal netherlands belgium switzerland austria poland sweden norway denmark finland ireland scotland
	england wales canada mexico brazil argentina chile colombia peru india china japan korea singapore
	australia zealand nz israel turkey greece czechia czech romania hungary ukraine estonia latvia lithuania
	indonesia vietnam thailand philippines malaysia nigeria kenya egypt morocco africa emirates uae dubai
	london berlin paris madrid barcelona valencia lisbon amsterdam munich münchen hamburg vienna wien zurich
	zürich dublin stockholm oslo copenhagen helsinki warsaw prague budapest rome milan milano tokyo
	seattle york francisco boston austin chicago toronto vancouver montreal sydney melbourne bangalore
	bengaluru berkeley oakland denver atlanta portland brooklyn cagliari leeds manchester edinburgh
	europe emea apac americas worldwide anywhere online`)

var stateRe = lazyRE(`^[\p{Lu}][\p{L}.' -]+,\s*(?:[A-Z]{2}|[A-Z]\.[A-Z]\.)$`)

// looksLocation scores text as a place.
func looksLocation(s string) bool {
	s = strings.Trim(s, " ()·,")
	if s == "" || words(s) > 6 || strongTitleWords.has(s) || companyWords.has(s) || schoolWords.has(s) {
		return false
	}
	if stateRe.MatchString(s) {
		return true
	}
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") && looksLocation(s[i+2:len(s)-1]) {
		return true // "Gdynia (Poland)"
	}
	f := tokens(s)
	if len(f) == 0 {
		return false
	}
	if i := strings.Index(s, ","); i > 0 && !stateRe.MatchString(s) {
		// "Chapter One Restaurant, Dublin" is an employer and its city: a
		// place before a comma is short or made of place words.
		if head := tokens(s[:i]); len(head) > 2 {
			for _, w := range head {
				if !placeWords.contains(w) && !placeFirst.contains(w) {
					return false
				}
			}
		}
	}
	if !strings.Contains(s, ",") && len(f) > 1 {
		// "Copia Kenya", "LINE Taiwan" are employers; "New York",
		// "United Kingdom" are places: every word must be a place word.
		for _, w := range f {
			if !placeWords.contains(w) && !placeFirst.contains(w) {
				return false
			}
		}
		return true
	}
	if placeWords.contains(f[len(f)-1]) {
		return true
	}
	// "Galway, Connacht" is a place; "Boston Scientific, Clonmel" is an
	// employer named after one: every word before the comma must be a
	// place word.
	i := strings.Index(s, ",")
	if i < 0 || !placeWords.contains(f[0]) {
		return false
	}
	return allPlaceWords(s[:i])
}

// allPlaceWords reports whether every word of s is a place word ("Kuala
// Lumpur", "United Arab Emirates"; not "Emirates NBD").
func allPlaceWords(s string) bool {
	toks := tokens(s)
	for _, w := range toks {
		if !placeWords.contains(w) && !placeFirst.contains(w) {
			return false
		}
	}
	return len(toks) > 0
}

// placeFirst are words that start multi-word place names.
var placeFirst = newSet(`new san santa los las la el hong kong são sao rio st saint united states arab south north west
	east greater central upper lower costa sri puerto buenos aires cape town tel aviv abu kuala lumpur salt lake
	city del mar de janeiro paulo lanka rica county state province area bay`)

// spokenLanguages recognises a spoken language name.
var spokenLanguages = newSet(`english spanish castilian catalan french german italian portuguese dutch flemish polish
	czech slovak russian ukrainian romanian hungarian greek turkish arabic hebrew hindi urdu bengali punjabi
	tamil telugu marathi gujarati chinese mandarin cantonese japanese korean vietnamese thai indonesian malay
	filipino tagalog swedish norwegian danish finnish icelandic estonian latvian lithuanian irish welsh basque
	galician serbian croatian bosnian slovenian bulgarian macedonian albanian persian farsi swahili afrikaans
	zulu amharic esperanto latin englisch deutsch spanisch französisch italienisch español inglés alemán
	francés catalán français anglais allemand espagnol italiano inglese tedesco`)
