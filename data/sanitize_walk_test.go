package data

import (
	"strings"
	"testing"

	"github.com/vitae-cli/vitae/model"
)

func TestSanitizeResumeWalk(t *testing.T) {
	const esc = "\x1b[31m"
	r := &model.Resume{
		Basics: &model.Basics{
			Name:     "Ada" + esc + "\nLovelace\u202e",
			Summary:  "Line one\n" + esc + "Line two\x07",
			Location: &model.Location{City: "Lon\x1b]8;;https://evil\x07don", Address: "1 Road\nLondon"},
			Profiles: []model.SocialProfile{{Username: "ada\u200b"}},
		},
		Work: []model.Work{{
			Position:   "CTO\tand\x00 founder",
			Highlights: []string{"  nested\x1b[2J", "ok\nnext"},
		}},
		Skills: []model.Skill{{Keywords: []string{"go\u009b1m"}}},
		Extra:  model.Extra{"x": []byte(`"raw\u001b"`)},
	}
	sanitizeResume(r)
	checks := []struct{ got, want string }{
		{r.Basics.Name, "Ada Lovelace"},
		{r.Basics.Summary, "Line one\nLine two"},
		{r.Basics.Location.City, "London"},
		{r.Basics.Location.Address, "1 Road\nLondon"},
		{r.Basics.Profiles[0].Username, "ada"},
		{r.Work[0].Position, "CTO and founder"},
		{r.Work[0].Highlights[0], "  nested"},
		{r.Work[0].Highlights[1], "ok\nnext"},
		{r.Skills[0].Keywords[0], "go1m"},
		{string(r.Extra["x"]), `"raw\u001b"`}, // kept byte for byte
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
	sanitizeResume(nil) // no panic
}

func TestParseSanitizesText(t *testing.T) {
	doc := `{"basics": {"name": "Ada\u001b[2J\u001b]0;pwned\u0007", "summary": "a\nb\u009b"}}`
	r := mustParse(t, "s", []byte(doc), FormatJSON)
	if r.Basics.Name != "Ada" || r.Basics.Summary != "a\nb" {
		t.Errorf("not sanitized: %q %q", r.Basics.Name, r.Basics.Summary)
	}
	if strings.ContainsRune(r.Basics.Name, 0x1b) {
		t.Error("escape survived")
	}
}
