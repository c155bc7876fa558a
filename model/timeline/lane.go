package timeline

import "github.com/vitae-cli/vitae/model"

// LaneKind says what a lane holds.
type LaneKind uint8

// The kinds of lanes, in the order they are drawn.
const (
	LaneEmployer  LaneKind = iota // one employer's roles as bars
	LaneVolunteer                 // one organization's volunteer roles as bars
	LaneEvents                    // markers, one row per event kind
)

// Lane is one horizontal band of the timeline: an employer, a volunteer
// organization, or the events. A lane is one or more rows high: bars that
// overlap within one employer are stacked into sub-rows, and the events lane
// has one row per event kind.
type Lane struct {
	Kind     LaneKind
	Name     string     // employer or organization (sanitized), or "Events"
	Rows     int        // number of rows, at least 1
	RowNames []string   // the events lane's row labels ("Talks", "Writing"…); nil otherwise
	Items    []int      // indexes into Timeline.Items, in time order
	Span     model.Span // the months the lane's items cover
}

// RowRef names one drawn row: a lane and a row within it.
type RowRef struct {
	Lane, Row int
}

// Rows lists every drawn row, lane by lane, top to bottom.
func (t Timeline) Rows() []RowRef {
	var out []RowRef
	for li, l := range t.Lanes {
		for r := 0; r < l.Rows; r++ {
			out = append(out, RowRef{li, r})
		}
	}
	return out
}

// Labels of lanes whose employer or organization has no name.
const (
	UnnamedEmployer     = "(no employer named)"
	UnnamedOrganization = "(no organization named)"
)

// RowLabel is the text for a row's gutter: the lane name on its first row
// (or the event kind on an events row), "" on an employer's further rows.
// A lane without a name is labelled UnnamedEmployer or UnnamedOrganization.
func (t Timeline) RowLabel(ref RowRef) string {
	l := t.Lanes[ref.Lane]
	switch {
	case l.Kind == LaneEvents && ref.Row < len(l.RowNames):
		return l.RowNames[ref.Row]
	case ref.Row != 0:
		return ""
	case l.Name != "":
		return l.Name
	case l.Kind == LaneVolunteer:
		return UnnamedOrganization
	}
	return UnnamedEmployer
}

// RowItems returns the indexes into Items of the items on one row, in time
// order.
func (t Timeline) RowItems(ref RowRef) []int {
	var out []int
	for _, i := range t.Lanes[ref.Lane].Items {
		if t.Items[i].Row == ref.Row {
			out = append(out, i)
		}
	}
	return out
}
