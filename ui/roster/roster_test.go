package roster

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// press sends key presses, running the commands that finish at once
// (filtering) a bounded number of times; cursor blinks are not run.
func press(m Model, keys ...string) (Model, tea.Msg) {
	var last tea.Msg
	for _, k := range keys {
		msg := tea.Msg(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "down":
			msg = tea.KeyMsg{Type: tea.KeyDown}
		}
		queue := []tea.Msg{msg}
		for i := 0; i < 16 && len(queue) > 0; i++ {
			msg, queue = queue[0], queue[1:]
			var cmd tea.Cmd
			m, cmd = m.Update(msg)
			if r := m.Request(); r != nil {
				last = r
				m.ClearRequest()
			}
			for _, got := range uitest.Run(cmd) {
				switch got.(type) {
				case OpenMsg, ProblemsMsg:
					last = got
				default:
					queue = append(queue, got)
				}
			}
		}
	}
	return m, last
}

func TestGolden(t *testing.T) {
	ps := uitest.Profiles(t)
	probs := []model.Problem{{File: "x.json", Line: 1, Col: 2, Severity: model.Error, Message: "bad"}}
	for _, sz := range uitest.Sizes {
		for _, tc := range []struct {
			name  string
			probs []model.Problem
			keys  []string
		}{
			{"plain", nil, nil},
			{"problems", probs, nil},
			{"cursor", nil, []string{"down", "down"}},
			{"filtered", nil, []string{"/", "s", "r", "e", "enter"}},
			{"skills", nil, nil},
		} {
			t.Run(fmt.Sprintf("%s_%dx%d", tc.name, sz.W, sz.H), func(t *testing.T) {
				m := New(uitest.Common(sz.W, sz.H), ps, tc.probs)
				if tc.name == "skills" {
					m.SetTopSkills(topSkills(t, ps))
				}
				m, _ = press(m, tc.keys...)
				v := m.View()
				uitest.Lines(t, v, sz.W)
				golden.RequireEqual(t, []byte(v))
			})
		}
	}
}

// topSkills gives each seed three skills of different widths: the layout
// is tested here, extraction in model/skills (and the wiring in ui).
func topSkills(_ *testing.T, ps []*model.Profile) map[string][]string {
	sets := [][]string{{"Go", "Kubernetes", "Terraform"}, {"Apache Kafka", "Apache Flink", "Google Cloud"},
		{"PostgreSQL"}, {"日本語", "C++", "Site Reliability Engineering"}}
	out := map[string][]string{}
	for i, p := range ps {
		out[p.ID] = sets[i%len(sets)]
	}
	return out
}

func TestOpenAndProblems(t *testing.T) {
	ps := uitest.Profiles(t)
	m := New(uitest.Common(80, 24), ps, nil)
	m, msg := press(m, "down", "enter")
	if open, ok := msg.(OpenMsg); !ok || open.Profile != ps[1] {
		t.Fatalf("enter sent %#v, want OpenMsg for %s", msg, ps[1].ID)
	}
	if _, msg = press(m, "p"); msg != nil {
		t.Fatalf("p without problems sent %#v", msg)
	}
	m = New(uitest.Common(80, 24), ps, []model.Problem{{File: "a", Severity: model.Warning}})
	if _, msg = press(m, "p"); msg != (ProblemsMsg{}) {
		t.Fatalf("p sent %#v, want ProblemsMsg", msg)
	}
}

func TestFilterNarrowsAndClears(t *testing.T) {
	ps := uitest.Profiles(t)
	m := New(uitest.Common(80, 24), ps, nil)
	m, _ = press(m, "/", "c", "l", "o", "u", "d", "f", "l", "a", "r", "e", "enter")
	if !m.Filtered() || m.Filtering() {
		t.Fatalf("filtered=%v filtering=%v", m.Filtered(), m.Filtering())
	}
	if got := len(m.list.VisibleItems()); got == 0 || got == len(ps) {
		t.Fatalf("filter kept %d of %d", got, len(ps))
	}
	m, _ = press(m, "esc")
	if m.Filtered() {
		t.Fatalf("esc did not clear the filter")
	}
}

// hostile is a profile written to break layouts and terminals.
func hostile() *model.Profile {
	return &model.Profile{ID: "hostile", Source: model.Source{Imported: true}, Resume: model.Resume{
		Basics: &model.Basics{Name: "山田 太郎 🚀\x1b[2J", Label: "エンジニア \x1b]8;;http://evil\x07link\x1b]8;;\x07 " + strings.Repeat("長い", 40)},
		Work:   []model.Work{{Name: "株式会社\u202eevil", Position: "SRE 👩‍💻", StartDate: model.YearMonth(2020, 1)}},
	}}
}

func TestHostileTextStaysInItsBox(t *testing.T) {
	m := New(uitest.Common(80, 24), []*model.Profile{hostile()}, nil)
	m.SetTopSkills(map[string][]string{"hostile": {"Go", "Kubernetes\x1b[31m", "Terraform"}})
	v := m.View()
	uitest.Lines(t, v, 80)
	for _, bad := range []string{"\x1b", "\x07", "\u202e"} {
		if strings.Contains(v, bad) {
			t.Fatalf("%q reached the view: %q", bad, v)
		}
	}
	for _, want := range []string{"山田 太郎 🚀", "imported", "Kubernetes", "SRE 👩‍💻 at 株式会社evil"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}

func TestExperience(t *testing.T) {
	now := model.MonthOf(2026, 11)
	work := func(ws ...model.Work) []model.Role { return model.Roles(&model.Resume{Work: ws}) }
	tests := []struct {
		roles []model.Role
		want  string
	}{
		{nil, ""},
		{work(model.Work{StartDate: model.YearMonth(2018, 8)}), "8y 4m"},
		{work(model.Work{StartDate: model.YearOnly(2016), EndDate: model.YearOnly(2017)}), "~2y"},
		{work(model.Work{}, model.Work{}), "2 undated roles"},
		{work(model.Work{}), "1 undated role"},
		{work(model.Work{StartDate: model.YearOnly(2006), Ended: true}, model.Work{}), "~1y+, 1 undated"},
	}
	for _, tt := range tests {
		if got := experience(tt.roles, now); got != tt.want {
			t.Errorf("experience = %q, want %q", got, tt.want)
		}
	}
}

func TestFitSkills(t *testing.T) {
	tests := []struct {
		skills []string
		width  int
		want   string
	}{
		{[]string{"Go", "Kafka", "Terraform"}, 40, "Go · Kafka · Terraform"},
		{[]string{"Go", "Kafka", "Terraform"}, 12, "Go · Kafka"},
		{[]string{"Site Reliability Engineering"}, 10, "Site Reli…"},
		{[]string{"日本語", "C++"}, 7, "日本語"},
		{nil, 10, ""},
	}
	for _, tt := range tests {
		if got := fitSkills(tt.skills, tt.width); got != tt.want {
			t.Errorf("fitSkills(%q, %d) = %q, want %q", tt.skills, tt.width, got, tt.want)
		}
	}
}
