package profile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// TestGoldenTabs draws every tab of every seed at the golden sizes. Text
// tabs are compared with testdata/ (-update rewrites it); component tabs
// (timeline, skills), golden-tested in their own packages, are checked to
// fill the body.
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
					if p := m.panes[tab]; p != nil {
						// A component tab (timeline, skills) has goldens in
						// its own package: here it must fill the body as is.
						if !strings.HasSuffix(v, "\n"+p.View()) {
							t.Errorf("the %v tab's body is not the component's view", tab)
						}
						return
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
