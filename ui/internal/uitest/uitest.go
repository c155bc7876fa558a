// Package uitest holds what the view tests share: a session Common with an
// ASCII color profile and a fixed clock, and the seed profiles read from
// data/profiles. It is imported only by _test.go files.
package uitest

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/common"
)

// Now is the fixed instant goldens are drawn at.
var Now = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// Sizes are the terminal sizes goldens are drawn at.
var Sizes = []struct{ W, H int }{{80, 24}, {120, 40}}

// Common returns a session context drawing without color, at Now, sized
// width×height.
func Common(width, height int) *common.Common {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	c := common.New(r, model.FixedClock(Now), nil)
	c.SetSize(width, height)
	return c
}

// ProfilesDir is data/profiles in this repository.
func ProfilesDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "data", "profiles")
}

// Profiles reads the seed profiles (data/profiles/*.json), sorted by file
// name. The test is skipped when there are none yet.
func Profiles(t testing.TB) []*model.Profile {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(ProfilesDir(), "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	if len(files) == 0 {
		t.Skip("no profiles in data/profiles yet")
	}
	var out []*model.Profile
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := &model.Profile{
			ID:     strings.TrimSuffix(filepath.Base(f), ".json"),
			Source: model.Source{Path: "embedded/" + filepath.Base(f), Format: "json", Embedded: true},
		}
		if err := json.Unmarshal(b, &p.Resume); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, p)
	}
	return out
}

// Lines splits a view into lines and checks none is wider than width.
func Lines(t testing.TB, view string, width int) []string {
	t.Helper()
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		if w := lipgloss.Width(l); w > width {
			t.Errorf("line %d is %d cells wide, limit %d: %q", i+1, w, width, l)
		}
	}
	return lines
}
