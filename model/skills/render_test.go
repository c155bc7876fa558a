package skills_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
)

func TestRenderSeeds(t *testing.T) {
	for _, id := range []string{"000", "001", "003"} {
		m, p := seedMatrix(t, id)
		for _, f := range []skills.Format{skills.FormatText, skills.FormatMarkdown} {
			t.Run(id+"-"+string(f), func(t *testing.T) {
				var b bytes.Buffer
				if err := skills.Render(&b, &m, &p.Resume, f); err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, b.Bytes())
			})
		}
		var b bytes.Buffer
		if err := skills.Render(&b, &m, &p.Resume, skills.FormatJSON); err != nil {
			t.Fatal(err)
		}
		var out struct {
			Skills []struct {
				Name     string
				Status   string
				Mentions []struct{ Match, Alias string }
			}
		}
		if err := json.Unmarshal(b.Bytes(), &out); err != nil || len(out.Skills) != len(m.Skills) {
			t.Fatalf("%s: JSON %v, %d skills", id, err, len(out.Skills))
		}
		for _, s := range out.Skills {
			if len(s.Mentions) == 0 || s.Mentions[0].Match == "" {
				t.Errorf("%s: %s has no mention text", id, s.Name)
			}
		}
	}
	m, p := seedMatrix(t, "000")
	if err := skills.Render(&bytes.Buffer{}, &m, &p.Resume, "xml"); err == nil || !strings.Contains(err.Error(), "text, md or json") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestEntryTitle(t *testing.T) {
	r := &model.Resume{
		Work:     []model.Work{{Position: "SRE", Name: "Acme\x1b[2J"}, {Description: "a start-up\nin Calgary"}, {}},
		Projects: []model.Project{{Name: "vitae"}},
	}
	for _, tt := range []struct {
		sec  skills.Section
		i    int
		want string
	}{
		{skills.SectionWork, 0, "SRE, Acme"},
		{skills.SectionWork, 1, "a start-up"},
		{skills.SectionWork, 2, "work entry 3"},
		{skills.SectionProjects, 0, "vitae"},
		{skills.SectionSkills, 5, "skills entry 6"},
	} {
		if got := skills.EntryTitle(r, tt.sec, tt.i); got != tt.want {
			t.Errorf("EntryTitle(%s, %d) = %q, want %q", tt.sec, tt.i, got, tt.want)
		}
	}
}
