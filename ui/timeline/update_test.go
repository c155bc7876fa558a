package timeline

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
	tlmodel "github.com/vitae-cli/vitae/model/timeline"
)

// profile decodes a JSON Resume document into a profile for tests.
func profile(t testing.TB, doc string) *model.Profile {
	t.Helper()
	p := &model.Profile{ID: "test"}
	if err := json.Unmarshal([]byte(doc), &p.Resume); err != nil {
		t.Fatalf("bad test profile: %v", err)
	}
	return p
}

// progression: two employers, a talk, and an undated role between them in
// the file.
const progression = `{"work": [
 {"name": "Beta", "position": "Lead", "startDate": "2021-06", "highlights": ["Led **things**", "  a sub-bullet", "Shipped"]},
 {"name": "Nowhere", "position": "Undated job"},
 {"name": "Alpha", "position": "Senior", "startDate": "2018-01", "endDate": "2021-05"},
 {"name": "Alpha", "position": "Junior", "startDate": "2015-03", "endDate": "2017-12"}
], "projects": [{"name": "A talk", "type": "talk", "startDate": "2019-04", "description": "About Go"}]}`

// selected is the title of the selected item.
func selected(m Model) string {
	it, _, ok := m.Selected()
	if !ok {
		return ""
	}
	return it.Title
}

func TestCursorMoves(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"starts on the latest role", nil, "Lead"},
		{"left goes back in time", []string{"left"}, "A talk"},
		{"h is left", []string{"h", "h"}, "Senior"},
		{"runes read together count one by one", []string{"hh"}, "Senior"},
		{"left stops at the first item", []string{"left", "left", "left", "left", "left"}, "Junior"},
		{"right goes forward", []string{"left", "left", "l"}, "A talk"},
		{"up to the row above", []string{"up"}, "Senior"},
		{"up keeps near in time", []string{"left", "left", "left", "down", "up"}, "Junior"},
		{"down from the roles to events", []string{"left", "left", "down", "down"}, "A talk"},
		{"down past the last row into undated", []string{"down", "j"}, "Undated job"},
		{"up from undated back to the chart", []string{"down", "down", "k"}, "A talk"},
		{"right stays in undated", []string{"down", "down", "right"}, "Undated job"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := press(newSized(profile(t, progression), 100, 30), tt.keys...)
			if got := selected(m); got != tt.want {
				t.Errorf("selected %q, want %q", got, tt.want)
			}
		})
	}
}

func TestZoom(t *testing.T) {
	m := newSized(profile(t, progression), 100, 30)
	fit := m.Viewport()
	in, _ := press(m, "+")
	if in.Viewport().Months() >= fit.Months() {
		t.Fatalf("+ did not zoom in: %d months, was %d", in.Viewport().Months(), fit.Months())
	}
	it, _, _ := in.Selected()
	if !in.Viewport().Contains(it.Span.From) {
		t.Error("zooming in lost the cursor")
	}
	eq, _ := press(m, "=")
	if eq.Viewport() != in.Viewport() {
		t.Error("= should zoom in like +")
	}
	twice, _ := press(in, "+")
	if fast, _ := press(m, "++"); fast.Viewport() != twice.Viewport() {
		t.Error(`"++" read as one message should zoom in twice`)
	}
	out, _ := press(in, "-", "-")
	if out.Viewport().Months() <= fit.Months() {
		t.Errorf("- did not zoom out: %d months", out.Viewport().Months())
	}
	back, _ := press(out, "0")
	if back.Viewport() != fit {
		t.Errorf("0 gave %+v, want the fit %+v", back.Viewport(), fit)
	}
	deep, _ := press(m, "+", "+", "+", "+", "+", "+", "+", "+")
	if deep.Viewport().Months() != tlmodel.MinMonths {
		t.Errorf("zooming in stops at %d months, want %d", deep.Viewport().Months(), tlmodel.MinMonths)
	}
	far, _ := press(deep, "left", "left", "left")
	if it, _, _ := far.Selected(); !far.Viewport().Contains(it.Span.From) {
		t.Error("moving the cursor while zoomed in did not pan to it")
	}
	if before, after := m.View(), deep.View(); before == after {
		t.Error("zooming did not change the view")
	}
}

func TestEnterOpensRoles(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want int // work index, -1 for no message
	}{
		{"a dated role", nil, 0},
		{"an earlier role", []string{"up"}, 2},
		{"an event opens nothing", []string{"left"}, -1},
		{"an undated role", []string{"down", "down"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := press(newSized(profile(t, progression), 100, 30), tt.keys...)
			m, cmd := press(m, "enter")
			if tt.want < 0 {
				if cmd != nil {
					t.Errorf("enter sent %#v", cmd())
				}
				if m.KeyMap().Open.Enabled() {
					t.Error("Open is enabled on an event")
				}
				return
			}
			if cmd == nil {
				t.Fatal("enter sent nothing")
			}
			msg, ok := cmd().(OpenRoleMsg)
			if !ok || msg.WorkIndex != tt.want {
				t.Errorf("enter sent %#v, want OpenRoleMsg{%d}", cmd(), tt.want)
			}
		})
	}
}

func TestDetailsPanel(t *testing.T) {
	m := newSized(profile(t, progression), 100, 30)
	v := m.View()
	for _, want := range []string{"Lead · Beta", "Jun 2021 – now", "• Led things", "• Shipped"} {
		if !strings.Contains(v, want) {
			t.Errorf("details lack %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "a sub-bullet") {
		t.Error("sub-bullets belong to the Experience tab, not the panel")
	}
	m, _ = press(m, "left")
	if v := m.View(); !strings.Contains(v, "talk · Apr 2019") || !strings.Contains(v, "About Go") {
		t.Errorf("the talk's details are missing:\n%s", v)
	}
}

func TestNothingToSelect(t *testing.T) {
	m := newSized(profile(t, `{"basics": {"name": "Empty"}}`), 80, 24)
	m, cmd := press(m, "left", "down", "+", "enter")
	if cmd != nil || selected(m) != "" {
		t.Errorf("an empty profile selected %q", selected(m))
	}
	if !strings.Contains(m.View(), noDatesMessage) {
		t.Errorf("no message for an empty timeline:\n%s", m.View())
	}
	for _, b := range m.KeyMap().ShortHelp() {
		if b.Enabled() {
			t.Errorf("%q is enabled with nothing to act on", b.Help().Key)
		}
	}
}

func TestViewIsCached(t *testing.T) {
	m := newSized(profile(t, progression), 100, 30)
	first := m.View()
	if m.cache.view != first || !m.cache.ok {
		t.Fatal("the frame was not cached")
	}
	m.cache.view = "cached"
	if m.View() != "cached" {
		t.Error("an unchanged model redrew its frame")
	}
	m.SetSize(90, 30)
	if m.View() == "cached" {
		t.Error("a resize did not redraw")
	}
	m, _ = press(m, "left")
	if m.View() == first {
		t.Error("a cursor move did not redraw")
	}
}

func TestSelectRole(t *testing.T) {
	m := newSized(profile(t, progression), 100, 30)
	m, _ = press(m, "+", "+", "+", "+")
	tests := []struct {
		work int
		want string
		ok   bool
	}{
		{3, "Junior", true}, {1, "Undated job", true}, {0, "Lead", true}, {9, "Lead", false},
	}
	for _, tt := range tests {
		ok := m.SelectRole(tt.work)
		if ok != tt.ok || selected(m) != tt.want {
			t.Errorf("SelectRole(%d) = %v, selected %q; want %v %q", tt.work, ok, selected(m), tt.ok, tt.want)
		}
		if it, undated, _ := m.Selected(); !undated && !m.Viewport().Contains(it.Span.From) {
			t.Errorf("SelectRole(%d) left the role out of view", tt.work)
		}
	}
}

func TestScrolling(t *testing.T) {
	doc := `{"work": [{"name": "A", "position": "Dated", "startDate": "2020-01"},
	 {"position": "U1"}, {"position": "U2"}, {"position": "U3"}, {"position": "U4"}, {"position": "U5"}],
	 "projects": [{"name": "P1", "startDate": "2020-02"}], "publications": [{"name": "W1", "releaseDate": "2021"}],
	 "certificates": [{"name": "C1", "date": "2021-05"}], "awards": [{"title": "A1", "date": "2022"}]}`
	m := newSized(profile(t, doc), 80, 14)
	if v := m.View(); !strings.Contains(v, "rows 1–") || !strings.Contains(v, "Undated · 5 not on the axis · showing 1") {
		t.Fatalf("no scroll indicators at 80x14:\n%s", v)
	}
	m, _ = press(m, "down", "down", "down", "down")
	if v := m.View(); !strings.Contains(v, "▸ Awards") {
		t.Errorf("the selected row scrolled out of view:\n%s", v)
	}
	m, _ = press(m, "down", "down", "down", "down")
	v := m.View()
	if !strings.Contains(v, "▸ U4") || strings.Contains(v, "  U1") {
		t.Errorf("the undated list did not follow the cursor to U4:\n%s", v)
	}
}
