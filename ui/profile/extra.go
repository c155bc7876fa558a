package profile

import (
	"encoding/json"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Keys vitae's hand-made profiles use beyond the JSON Resume schema. They
// are shown where a reader expects them; others stay in the file.
const (
	extraHighlights        = "x-highlights"
	extraSummary           = "x-summary"
	extraLocation          = "x-location"
	extraRole              = "x-role"
	extraSkillset          = "x-skillset"
	extraHighlightsHeading = "x-highlightsHeading"
	extraIcon              = "x-icon"
	extraCredentialID      = "id"
)

// extraString is the string under key in e, or "" when absent or not a
// string.
func extraString(e model.Extra, key string) string {
	raw, ok := e[key]
	if !ok {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return strings.TrimSpace(s)
}

// extraStrings is the list of strings under key in e (a lone string counts
// as a list of one), or nil.
func extraStrings(e model.Extra, key string) []string {
	raw, ok := e[key]
	if !ok {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	if s := extraString(e, key); s != "" {
		return []string{s}
	}
	return nil
}
