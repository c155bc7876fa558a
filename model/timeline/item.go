package timeline

import "github.com/vitae-cli/vitae/model"

// Kind says what an Item is and therefore how it is drawn: roles and
// volunteer entries as bars, everything else as a marker on the events lane.
type Kind uint8

// The kinds of timeline items. Event kinds are listed in the order of their
// rows on the events lane.
const (
	KindRole        Kind = iota // a work entry (Resume.Work)
	KindVolunteer               // a volunteer entry (Resume.Volunteer)
	KindTalk                    // a project whose type says talk, presentation, keynote…
	KindPublication             // a publication (post, article, paper)
	KindProject                 // any other dated project (open source, side project)
	KindCertificate             // a certificate
	KindDegree                  // an education entry, at its end (or start) date
	KindAward                   // an award
)

// kindNames are the singular names of the kinds, for details and legends.
var kindNames = [...]string{"role", "volunteer", "talk", "publication", "project", "certificate", "degree", "award"}

// rowNames are the events lane's row labels, indexed by Kind.
var rowNames = [...]string{"", "", "Talks", "Writing", "Projects", "Certificates", "Education", "Awards"}

// String is the kind's singular name: "role", "talk", "certificate"…
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "item"
}

// Event reports whether items of this kind are markers on the events lane
// (as opposed to bars).
func (k Kind) Event() bool { return k >= KindTalk }

// Item is one role, volunteer entry or event placed on the timeline.
type Item struct {
	Kind  Kind
	Index int         // position in its Resume slice (Work, Volunteer, Projects, …)
	Title string      // position, or the event's name; one sanitized line
	Org   string      // employer, organization, publisher, issuer or institution; sanitized
	Range model.Range // the dates as written
	Span  model.Span  // the months covered, resolved against now; zero when undated
	Lane  int         // index in Timeline.Lanes; -1 when undated
	Row   int         // sub-row within the lane
	// Step and Steps place a bar in its lane's progression: role Step of
	// Steps dated roles (1-based, by start). Both are 0 for events and
	// undated entries.
	Step, Steps int
}

// Dated reports whether the item can be placed on the axis.
func (it Item) Dated() bool { return it.Range.Dated() }

// Ongoing reports whether the item has started and not ended: its bar runs
// to now and ends in an arrow.
func (it Item) Ongoing() bool { return it.Range.Ongoing() }

// EndUnknown reports whether the item is over but its end date is not
// known (JSON Resume "x-ended"): only its start is placed.
func (it Item) EndUnknown() bool { return it.Range.EndUnknown && it.Range.End.IsZero() }

// Approx reports whether any of the item's dates is known only to the year
// or its start is missing.
func (it Item) Approx() bool { return it.Span.Approx }

// Certain returns the months the item certainly covers. A year-only start
// ("2018") is certain only from its last month, a year-only end only up to
// its first month, and an item with only an end date, or that ended at an
// unknown time, covers nothing for sure; ok is false when no month is
// certain. Columns of the item outside this span are drawn as approximate.
func (it Item) Certain() (s model.Span, ok bool) {
	if !it.Dated() || it.Range.Start.IsZero() || it.EndUnknown() {
		return model.Span{}, false
	}
	s = model.Span{From: it.Span.From, To: it.Span.To}
	if it.Range.Start.Approximate() {
		s.From = it.Range.Start.Last()
	}
	if it.Range.End.Approximate() {
		s.To = it.Range.End.First()
	}
	return s, s.From <= s.To
}

// Duration is the length of a bar for people ("3y 2m", "~1y"), or "" for a
// point event, an undated item or one whose end is unknown.
func (it Item) Duration() string {
	if !it.Dated() || it.Kind.Event() || it.EndUnknown() {
		return ""
	}
	return model.FormatMonths(it.Span.Months(), it.Span.Approx)
}

// Dates writes the item's dates for people: "Jun 2021 – Aug 2024",
// "2018 – now", "from 2006, end unknown", "Mar 2019", "until 2015", or
// "undated".
func (it Item) Dates() string {
	r := it.Range
	switch {
	case !r.Dated():
		return "undated"
	case it.Kind.Event():
		if !r.Start.IsZero() {
			return r.Start.Human()
		}
		return r.End.Human()
	case r.Start.IsZero():
		return "until " + r.End.Human()
	case it.EndUnknown():
		return "from " + r.Start.Human() + ", end unknown"
	case r.End.IsZero():
		return r.Start.Human() + " – now"
	}
	return r.Start.Human() + " – " + r.End.Human()
}

// roleItem makes the Item of one work entry.
func roleItem(role model.Role, now model.Month) Item {
	w := role.Work
	it := Item{Kind: KindRole, Index: role.Index, Title: model.SanitizeLine(w.Position),
		Org: model.SanitizeLine(w.Name), Range: role.Range(), Lane: -1}
	it.Span, _ = it.Range.Span(now)
	return it
}

// pointItem makes an event marker at date d: its Range starts and ends at
// d, and its Span is the first month d covers.
func pointItem(k Kind, index int, title, org string, d model.Date) Item {
	it := Item{Kind: k, Index: index, Title: model.SanitizeLine(title), Org: model.SanitizeLine(org),
		Range: model.Range{Start: d, End: d}, Lane: -1}
	if !d.IsZero() {
		it.Span = model.Span{From: d.First(), To: d.First(), Approx: d.Approximate()}
	}
	return it
}
