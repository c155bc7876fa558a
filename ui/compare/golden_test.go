package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// goldenSizes are the sizes the compare screen is drawn at.
var goldenSizes = []struct{ W, H int }{{120, 40}, {200, 60}}

// goldenSets are the people compared: two dated careers; a dated career
// beside undated ones.
var goldenSets = [][]string{{"000", "003"}, {"001", "002", "004"}}

// goldenStates are the interactions each golden is drawn after.
var goldenStates = []struct {
	name string
	keys []string
}{
	{"initial", nil},
	{"skills-distinguishing", []string{"tab", "s", "down", "right"}},
	{"events-zoomed", []string{"e", "+", "down"}},
	{"evidence", []string{"tab", "enter"}},
}

func TestGolden(t *testing.T) {
	for _, set := range goldenSets {
		for _, size := range goldenSizes {
			for _, st := range goldenStates {
				name := fmt.Sprintf("%s/%dx%d/%s", strings.Join(set, "-"), size.W, size.H, st.name)
				t.Run(name, func(t *testing.T) {
					m, _ := press(newReady(t, size.W, size.H, set...), st.keys...)
					v := m.View()
					if lines := uitest.Lines(t, v, size.W); len(lines) != size.H {
						t.Errorf("view has %d lines, want %d", len(lines), size.H)
					}
					golden.RequireEqual(t, v)
				})
			}
		}
	}
}
