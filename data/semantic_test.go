package data

import (
	"fmt"
	"strings"
	"testing"
)

func TestDateChecks(t *testing.T) {
	// testLoader's "now" is 15 June 2026.
	tests := []struct {
		start, end string
		want       string // problem messages after the path, joined by " | "
	}{
		{"2026", "", ""},
		{"2027", "", "startDate: 2027 is in the future — check the year"},
		{"2026-06", "", ""},
		{"2026-07", "", "startDate: 2026-07 is in the future — check the year"},
		{"2026-06-15", "", ""},
		{"2026-06-16", "", "startDate: 2026-06-16 is in the future — check the year"},
		{"2018-03", "2018", ""}, // compared at the coarser precision
		{"2018-03", "2018-03", ""},
		{"2018-03", "2018-02", "endDate: ends (2018-02) before it starts (2018-03, at 1:50) — swap the dates or correct one"},
		{"2019", "2018-12-31", "endDate: ends (2018-12-31) before it starts (2019, at 1:50) — swap the dates or correct one"},
		{" 2018 ", "", `startDate: " 2018 " read as 2018 — remove the spaces`},
		{"2018", "2027-01", "endDate: 2027-01 is in the future — check the year, or leave endDate out if it is ongoing"},
		{"now", "", `startDate: "now" is not a date — write when it happened: YYYY-MM-DD, YYYY-MM or YYYY`},
		{"2018-7", "2018-6", `startDate: "2018-7" read as 2018-07 — write it as "2018-07" | ` +
			`endDate: "2018-6" read as 2018-06 — write it as "2018-06" | ` +
			"endDate: ends (2018-06) before it starts (2018-07, at 1:50) — swap the dates or correct one"},
		{"1999-02-29", "", `startDate: "1999-02-29" is not a valid date: Feb 1999 has 28 days`},
		{"2000-02-29", "", ""},
	}
	for _, tt := range tests {
		doc := fmt.Sprintf(`{"basics": {"name": "A"}, "work": [{"startDate": %q`, tt.start)
		if tt.end != "" {
			doc += fmt.Sprintf(`, "endDate": %q`, tt.end)
		}
		doc += "}]}"
		var got []string
		for _, p := range testLoader.Validate("d", []byte(doc), FormatJSON) {
			got = append(got, strings.TrimPrefix(p.Message, "work[0]."))
		}
		if strings.Join(got, " | ") != tt.want {
			t.Errorf("%q–%q:\n got %s\nwant %s", tt.start, tt.end, strings.Join(got, " | "), tt.want)
		}
	}
}

func TestOngoingWordOutsideEndDate(t *testing.T) {
	doc := `{"awards": [{"title": "Prize", "date": "present"}], "basics": {"name": "A"}}`
	probs := testLoader.Validate("a", []byte(doc), FormatJSON)
	want := `a:1:40: error: awards[0].date: "present" is not a date — write when it happened: YYYY-MM-DD, YYYY-MM or YYYY`
	if len(probs) != 1 || probs[0].String() != want {
		t.Errorf("got %v\nwant %s", probs, want)
	}
}

func TestNotAProfile(t *testing.T) {
	for _, doc := range []string{`{"name": "left-pad", "version": "1.0.0"}`, `{"$schema": "https://json.schemastore.org/tsconfig", "compilerOptions": {}}`, `"text"`, `42`} {
		r, probs := testLoader.Parse("n.json", []byte(doc), FormatJSON)
		if r != nil || len(probs) != 1 || !strings.HasPrefix(probs[0].Message, "skipped: not a JSON Resume profile") {
			t.Errorf("%s: %v", doc, probs)
		}
	}
	// A résumé's own $schema, even alone, makes it a profile.
	r, _ := testLoader.Parse("s.json", []byte(`{"$schema": "https://jsonresume.org/schema"}`), FormatJSON)
	if r == nil {
		t.Error("a document with only a JSON Resume $schema was skipped")
	}
}
