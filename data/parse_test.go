package data

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vitae-cli/vitae/model"
)

// testLoader has a fixed "now" (15 June 2026) so future-date checks are
// deterministic.
var testLoader = Loader{Clock: model.FixedClock(time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC))}

func problemLines(ps []model.Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestParseReportsPreciseProblems(t *testing.T) {
	tests := []struct {
		name, doc string
		f         Format
		want      string
		loads     bool
	}{
		{"valid", `{"basics":{"name":"Ada"}}`, FormatJSON, "", true},
		{"dup key", "{\"basics\":{\"name\":\"a\",\n \"name\":\"b\"}}", FormatJSON,
			`x:2:2: error: duplicate key "name" (first at line 1:12) — keep one of them; JSON tools silently drop one` + "\n", false},
		{"null name", `{"work":[{"name":null}]}`, FormatJSON,
			"x:1:18: error: work[0].name: must be a string, got null — write a name in quotes or remove the key\n", false},
		{"lenient end", `{"work":[{"name":"A","startDate":"2018-7","endDate":"Present"}]}`, FormatJSON,
			"x:1:34: warning: work[0].startDate: \"2018-7\" read as 2018-07 — write it as \"2018-07\"\n" +
				"x:1:53: warning: work[0].endDate: \"Present\" is not a date; read as ongoing — leave endDate out to say so\n", true},
		{"yaml number date", "work:\n  - name: A\n    startDate: 2018\n", FormatYAML,
			"x:3:16: warning: work[0].startDate: 2018 is a number in YAML; read as the date \"2018\" — write it in quotes\n", true},
		{"yaml number text", "basics:\n  name: A\n  location:\n    postalCode: 12345\n", FormatYAML,
			"x:4:17: error: basics.location.postalCode: must be a string, got a number — in YAML, quote it: \"12345\"\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, probs := testLoader.Parse("x", []byte(tt.doc), tt.f)
			if got := problemLines(probs); got != tt.want {
				t.Errorf("problems:\n%s\nwant:\n%s", got, tt.want)
			}
			if (r != nil) != tt.loads {
				t.Errorf("loaded = %v, want %v", r != nil, tt.loads)
			}
		})
	}
}

// TestConcurrentUse parses and loads from many goroutines at once, as ssh
// sessions sharing one process do; run with -race to check for shared
// state.
func TestConcurrentUse(t *testing.T) {
	done := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			res := testLoader.LoadEmbedded()
			_, probs := testLoader.Parse("c.yaml", []byte("basics:\n  name: [\n"), FormatYAML)
			done <- fmt.Sprint(len(res.Profiles), len(res.Problems), len(probs))
		}()
	}
	first := <-done
	for i := 1; i < 8; i++ {
		if got := <-done; got != first {
			t.Errorf("goroutine saw %s, another %s", got, first)
		}
	}
}

func TestProblemsAreCapped(t *testing.T) {
	doc := `{"work": [` + strings.Repeat(`{"name": null},`, 150) + `{}]}`
	probs := Validate("many.json", []byte(doc), FormatJSON)
	if len(probs) != maxProblems+1 {
		t.Fatalf("%d problems, want %d", len(probs), maxProblems+1)
	}
	last := probs[len(probs)-1]
	if last.String() != "many.json: notice: more than 100 problems; fix these first" {
		t.Errorf("last = %s", last)
	}
	if r, _ := Parse("many.json", []byte(doc), FormatJSON); r != nil {
		t.Error("loaded despite errors past the cap")
	}
	if res := Load("testdata/peer/sample.resume.json"); len(res.Profiles) != 1 || res.HasErrors() {
		t.Errorf("Load of the sample: %v", res.Problems)
	}
	if res := LoadEmbedded(); len(res.Profiles) == 0 {
		t.Error("no embedded profiles")
	}
}
