package profile

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// TestGoldenTabs draws every tab of every seed at the golden sizes, from
// the top and (for Experience) scrolled to the end. Run with -update to
// rewrite testdata/.
func TestGoldenTabs(t *testing.T) {
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range uitest.Profiles(t) {
		for _, sz := range uitest.Sizes {
			c := uitest.Common(sz.W, sz.H)
			c.Taxonomy = tx
			m := New(c, p)
			for _, tab := range m.Tabs() {
				name := fmt.Sprintf("%s_%s_%dx%d", p.ID, slug(tab), sz.W, sz.H)
				t.Run(name, func(t *testing.T) {
					m.SelectTab(tab)
					v := m.View()
					lines := uitest.Lines(t, v, sz.W)
					if len(lines) != sz.H {
						t.Errorf("view is %d lines, want %d", len(lines), sz.H)
					}
					golden.RequireEqual(t, []byte(v))
				})
			}
		}
	}
}

// slug is a tab's name for file names.
func slug(t Tab) string {
	return []string{"experience", "timeline", "skills", "writing", "education"}[t]
}
