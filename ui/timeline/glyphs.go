package timeline

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
)

// The glyphs the chart is drawn with; every one is a single column wide.
const (
	glyphAxis       = "─"
	glyphTick       = "┬" // a labelled year
	glyphMinorTick  = "╷" // an unlabelled year
	glyphCursor     = "▼" // on the axis, above the selected item
	glyphBar        = "━"
	glyphApprox     = "░" // the year-only part of a bar
	glyphSelBar     = "█"
	glyphSelApprox  = "▒"
	glyphBoundary   = "┃" // a promotion: the next role of a progression starts
	glyphOngoing    = "▶" // an ongoing role, at now
	glyphEndUnknown = "?" // a role that ended at an unknown time
	glyphEmployed   = "─" // career row: some role ran
	glyphOverlap    = "═" // career row: two roles ran
	glyphGap        = "·" // career row: no role ran
	glyphMore       = "+" // more than nine events in one column
	glyphCounts     = "123456789"
	selectedPrefix  = "▸ "
	unselectedPrefx = "  "
)

// markers are the event glyphs by kind: [0] for a dated event, [1] for one
// known only to the year (hollow).
var markers = map[tlmodel.Kind][2]string{
	tlmodel.KindTalk:        {"●", "○"},
	tlmodel.KindPublication: {"◆", "◇"},
	tlmodel.KindProject:     {"■", "□"},
	tlmodel.KindCertificate: {"★", "☆"},
	tlmodel.KindDegree:      {"▲", "△"},
	tlmodel.KindAward:       {"✦", "✧"},
}

// marker is the glyph of an event item.
func marker(it tlmodel.Item) string {
	m, ok := markers[it.Kind]
	if !ok {
		return "•"
	}
	if it.Approx() {
		return m[1]
	}
	return m[0]
}

// legendEntry is one glyph and its meaning, shown when the timeline has
// what it stands for.
type legendEntry struct {
	glyph string
	text  string
	has   func(t *tlmodel.Timeline) bool
}

// hasKind reports whether any item is of kind k.
func hasKind(k tlmodel.Kind) func(t *tlmodel.Timeline) bool {
	return func(t *tlmodel.Timeline) bool {
		for _, it := range t.Items {
			if it.Kind == k {
				return true
			}
		}
		return false
	}
}

// legendEntries in order of importance: what cannot be guessed first.
var legendEntries = []legendEntry{
	{"●", "talk", hasKind(tlmodel.KindTalk)},
	{"◆", "writing", hasKind(tlmodel.KindPublication)},
	{"■", "project", hasKind(tlmodel.KindProject)},
	{"★", "certificate", hasKind(tlmodel.KindCertificate)},
	{"▲", "degree", hasKind(tlmodel.KindDegree)},
	{"✦", "award", hasKind(tlmodel.KindAward)},
	{"░○", "year only", func(t *tlmodel.Timeline) bool {
		for _, it := range t.Items {
			if it.Approx() {
				return true
			}
		}
		return false
	}},
	{"▶", "ongoing", func(t *tlmodel.Timeline) bool {
		for _, it := range t.Items {
			if it.Ongoing() {
				return true
			}
		}
		return false
	}},
	{"?", "end unknown", func(t *tlmodel.Timeline) bool {
		for _, it := range t.Items {
			if it.EndUnknown() {
				return true
			}
		}
		return false
	}},
	{"┃", "promotion", func(t *tlmodel.Timeline) bool {
		for _, it := range t.Items {
			if it.Steps > 1 {
				return true
			}
		}
		return false
	}},
	{"·", "gap", func(t *tlmodel.Timeline) bool { return len(t.Gaps) > 0 }},
	{"═", "overlap", func(t *tlmodel.Timeline) bool { return len(t.Overlaps) > 0 }},
	{"2", "events in one column", nil}, // shown only when markers collide; see Legend
}

// Legend is the line explaining the glyphs the timelines use (one, or
// several on a shared axis), whole entries only, at most width cells wide,
// most needed first. collided says whether some events were drawn as a
// count.
func Legend(width int, collided bool, ts ...*tlmodel.Timeline) string {
	used := func(has func(*tlmodel.Timeline) bool) bool {
		for _, t := range ts {
			if has(t) {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	for _, e := range legendEntries {
		if (e.has == nil && !collided) || (e.has != nil && !used(e.has)) {
			continue
		}
		entry := e.glyph + " " + e.text
		sep := ""
		if b.Len() > 0 {
			sep = "  "
		}
		if ansi.StringWidth(b.String())+len(sep)+ansi.StringWidth(entry) > width {
			break
		}
		b.WriteString(sep + entry)
	}
	return b.String()
}
