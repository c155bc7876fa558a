package importer

import (
	"strconv"
	"strings"
	"sync"

	"github.com/vitae-cli/vitae/model"
)

// dateRange is a date or a range of dates found inside one line of text.
type dateRange struct {
	Start, End model.Date
	Ongoing    bool   // the range runs to the present ("Present", "since …", "2021 –")
	Single     bool   // one date, no range
	Lo, Hi     int    // byte span of the date text in the line
	Text       string // the date text as written
	Duration   int    // months of a written duration ("(3y, 3m)"), -1 when none
	Ambiguous  bool   // a d/m/y date whose order only the document's convention decided
}

// monthWords maps month names (English, plus common German, Spanish,
// French and Italian forms) to their number. Enumerated, never prefixes,
// so "Marketing" is not March.
var monthWords = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, 100)
	groups := [12]string{
		"jan january janv janvier januar enero ene gennaio gen jän jänner janeiro januari stycznia styczeń",
		"feb february febr februar fév fev février febrero febbraio févr fevr fevereiro februari luty lutego",
		"mar march mär märz marz mars marzo março maart mrt marts marzec marca",
		"apr april avr avril abril aprile abr kwiecień kwietnia",
		"may mai mayo maggio mag maio mei maj maja",
		"jun june juni juin junio giugno giu junho czerwiec czerwca",
		"jul july juli juil juillet julio luglio lug julho lipiec lipca",
		"aug august aout août agosto ago augustus augusti sierpień sierpnia",
		"sep sept september septembre septiembre settembre set setembro wrzesień września",
		"oct october okt oktober octobre octubre ottobre ott outubro październik października",
		"nov november novembre noviembre novembro listopad listopada",
		"dec december dez dezember déc décembre diciembre dic dicembre dezembro desember grudzień grudnia",
	}
	for i, g := range groups {
		for _, w := range strings.Fields(g) {
			m[w] = i + 1
		}
	}
	return m
})

// durationCore is a written length of time: "3y, 3m", "2 yrs 11 mos", "1 year 11 months", "8m".
const durationCore = `(?:\b(\d{1,2})\s*(?:y|yr|yrs|year|years|j|jahr|jahre|años?|ans?)\b\.?(?:\s*,?\s*(?:and\s+)?(\d{1,2})\s*(?:m|mo|mos|month|months|mon|monat|monate|mes|meses|mois)\b\.?)?|\b(\d{1,2})\s*(?:m|mo|mos|month|months|monat|monate|meses|mois)\b\.?|\bless than a year\b)`

var (
	// seasonWords give a year only.
	seasonWords = newSet("spring summer fall autumn winter frühjahr frühling sommer herbst primavera verano otoño invierno printemps été automne hiver")
	// sepRe is what may stand between the two ends of a range.
	sepRe = lazyRE(`(?i)^\s*(?:[-–—‒−~]+|to|until|till|through|thru|bis|hasta|au|à|a|al|fino a)\s*$`)
	// ongoingRe is an open end after a separator.
	ongoingRe = lazyRE(`(?i)^\s*(?:[-–—‒−~]+\s*)?(?:to|until|till|bis)?\s*(?:present|dato|current(?:ly)?|now|today|ongoing|onwards?|up to (?:now|date|present|today)|to the present|to date|till date|date|heute|jetzt|aktuell|actualidad|presente|actualmente|hoy|ahora|aujourd'hui|aujourd’hui|auj\.?|en cours|oggi|in corso|attuale|atual|atualmente|o momento|até o momento|hoje|nu|heden|nå|dags dato|obecnie|teraz|nadal)\b`)
	// shortEndRe is a two-digit end year after a separator ("2018–20").
	shortEndRe = lazyRE(`^\s*[-–—‒−/]\s*(\d{2})(?:[^\d./%-]|$)`)
	// openEndRe is a separator with nothing after it ("2021 –").
	openEndRe = lazyRE(`^\s*[-–—‒−]+\s*(?:[)\]|·•,]|$)`)
	// sinceRe precedes a start date with no end.
	sinceRe = lazyRE(`(?i)\b(?:since|from|seit|ab|desde|depuis|dal|da|vanaf|sinds|sedan|siden|od)\s*$`)
	// durationRe is a written length of time, ignored as a date.
	durationRe = lazyRE(`(?i)` + durationCore)
	// durationCutRe is a duration set apart in a header ("(3y, 3m)", "· 2 yrs").
	durationCutRe = lazyRE(`(?i)\(\s*(?:` + durationCore + `)\s*\)|·\s*(?:` + durationCore + `)`)
)

// atom is one date in a line.
type atom struct {
	d      model.Date
	lo, hi int
	dayAmb bool // three-number date whose day/month order is ambiguous
	a, b   int  // the two first numbers of a three-number date
	y      int
	// quarter is the length in months of a quarter or half-year date
	// ("Q3 2019", "H2 2021"), whose start month, as the end of a range,
	// means the period's last month; 0 for other dates.
	quarter int
}

// hasYear is a fast pre-check: every date form holds four digits in a row
// or an apostrophe year ('20).
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		run = 0
		if c == '\'' && i+2 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && s[i+2] >= '0' && s[i+2] <= '9' {
			return true
		}
	}
	return false
}

// durationMatches finds written durations, after a cheap check for a
// number followed by a unit letter.
func durationMatches(s string) [][]int {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j < len(s) && strings.IndexByte("yYmMjJaA", s[j]) >= 0 {
			return durationRe.FindAllStringSubmatchIndex(s, 8)
		}
	}
	if strings.Contains(strings.ToLower(s), "less than a year") {
		return durationRe.FindAllStringSubmatchIndex(s, 8)
	}
	return nil
}

// isGlue reports whether byte c would make a number part of a longer token.
func isGlue(c byte) bool {
	return c >= '0' && c <= '9' || c == '@' || c == '_' || c == '%' || c == '$'
}

func num(s string) int { n, _ := strconv.Atoi(s); return n }

// findRanges returns the date ranges of one line, durations removed.
func findRanges(s string, dayFirst bool) []dateRange {
	if len(s) > 4096 {
		s = s[:4096]
	}
	dur := -1
	masked := []byte(s)
	if !hasYear(s) {
		if !markShortYears(masked) {
			return shortNumericRanges(s)
		}
	}
	for _, m := range durationMatches(s) {
		if dur < 0 {
			dur = 0
		}
		if m[2] >= 0 {
			dur += 12 * num(s[m[2]:m[3]])
		}
		if m[4] >= 0 {
			dur += num(s[m[4]:m[5]])
		}
		if m[6] >= 0 {
			dur += num(s[m[6]:m[7]])
		}
		for i := m[0]; i < m[1]; i++ {
			masked[i] = ' '
		}
	}
	ms := string(masked)
	atoms := findAtoms(ms, dayFirst)
	var out []dateRange
	for i := 0; i < len(atoms); i++ {
		a := atoms[i]
		r := dateRange{Start: a.d, Lo: a.lo, Hi: a.hi, Duration: dur, Ambiguous: a.dayAmb}
		if i+1 < len(atoms) && sepRe.MatchString(ms[a.hi:atoms[i+1].lo]) {
			b := atoms[i+1]
			r.End, r.Hi = b.d, b.hi
			if b.quarter > 0 {
				r.End = model.YearMonth(b.d.Year, b.d.Month+b.quarter-1)
			}
			r.Ambiguous = r.Ambiguous || b.dayAmb
			i++
		} else if m := shortEndRe.FindStringSubmatchIndex(ms[a.hi:]); m != nil && a.d.Prec == model.PrecisionYear && shortEndFits(a.d.Year, num(ms[a.hi+m[2]:a.hi+m[3]])) {
			// "2018–20": a two-digit end year in the same century.
			y := a.d.Year/100*100 + num(ms[a.hi+m[2]:a.hi+m[3]])
			if y < a.d.Year {
				y += 100
			}
			r.End, r.Hi = model.YearOnly(y), a.hi+m[3]
		} else if m := ongoingRe.FindStringIndex(ms[a.hi:]); m != nil {
			r.Ongoing, r.Hi = true, a.hi+m[1]
		} else if openEndRe.MatchString(ms[a.hi:]) {
			r.Ongoing = true
			r.Hi = a.hi + len(strings.TrimRight(ms[a.hi:], " )]|·•,"))
			if r.Hi < a.hi {
				r.Hi = a.hi
			}
		} else if m := sinceRe.FindStringIndex(ms[:a.lo]); m != nil {
			r.Ongoing, r.Lo = true, m[0]
		} else {
			r.Single = true
			r.End = a.d
		}
		r.Text = strings.TrimSpace(s[r.Lo:r.Hi])
		out = append(out, r)
	}
	return out
}

// dayFirstDoc decides once per document how to read d/m/y dates: day first
// when a first number above 12 appears, or on European cues ("." dates)
// when nothing says otherwise.
func dayFirstDoc(lines []string) bool {
	df, _ := dayOrder(lines)
	return df
}

// dayOrder is dayFirstDoc that also says whether a number above 12 proved
// the order (sure) or a cue or default chose it.
func dayOrder(lines []string) (dayFirst, sure bool) {
	var dots, firstBig, secondBig int
	for _, l := range lines {
		if strings.Count(l, "/")+strings.Count(l, ".")+strings.Count(l, "-") < 2 {
			continue
		}
		for _, a := range findAtoms(l, true) {
			if a.y == 0 {
				continue
			}
			if a.a > 12 {
				firstBig++
			}
			if a.b > 12 {
				secondBig++
			}
			if strings.Contains(l[a.lo:a.hi], ".") {
				dots++
			}
		}
	}
	if firstBig != secondBig {
		return firstBig > secondBig, true
	}
	return dots > 0, false
}

// monthsBetween is the inclusive length in months of a range, ending at now
// when ongoing; ok is false when a bound is missing.
func monthsBetween(r dateRange, now model.Month) (int, bool) {
	if r.Start.IsZero() {
		return 0, false
	}
	end := now
	if !r.Ongoing {
		if r.End.IsZero() {
			return 0, false
		}
		end = r.End.Last()
		if r.End.Prec == model.PrecisionYear {
			return 0, false
		}
	}
	if r.Start.Prec == model.PrecisionYear {
		return 0, false
	}
	return int(end - r.Start.First()), true
}

// shortEndFits reports whether a two-digit end year yy can close a range
// that starts in year y: at most 40 years on ("2017 - 72" is a grade, not
// 2072).
func shortEndFits(y, yy int) bool {
	e := y/100*100 + yy
	if e < y {
		e += 100
	}
	return e-y <= 40
}
