package hostiletest

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/vitae-cli/vitae/internal/hostile"
	"github.com/vitae-cli/vitae/ui"
)

// sweepWidths and sweepHeights span the sizes a terminal may have, from
// 20×5 to 300×100, odd ones included.
var (
	sweepWidths  = []int{20, 23, 31, 47, 80, 81, 133, 200, 300}
	sweepHeights = []int{5, 6, 8, 13, 24, 60, 100}
)

// TestHostileSizeSweep resizes every screen over hostile profiles through
// sizes from 20×5 to 300×100: no panic, and every frame passes the same
// checks as at the standard sizes.
func TestHostileSizeSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("size sweep")
	}
	corpus := hostile.Corpus()
	ps, probs := fill(profileCount(corpus), corpusFiller(corpus))
	bps, bprobs := fill(4, benignFiller())
	allowed := map[string]bool{}
	for _, fr := range walk(t, bps, bprobs, 80, 24) {
		for sgr := range hostile.SGRs(fr.out) {
			allowed[sgr] = true
		}
	}
	sweep := func(m ui.Model, where string) ui.Model {
		for _, w := range sweepWidths {
			for _, h := range sweepHeights {
				m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
				if bad := hostile.Check(m.View(), w, h, allowed); bad != nil {
					t.Errorf("%s at %dx%d:\n\t%s", where, w, h, strings.Join(bad, "\n\t"))
				}
			}
		}
		return step(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	}
	m := root(t, ps, probs, 80, 24)
	m = sweep(m, "roster")
	m = sweep(step(m, key("p")), "problems")
	m = step(m, key("esc"))
	for _, i := range []int{0, len(ps) / 2, len(ps) - 1} {
		m = step(m, key("g"))
		for range i {
			m = step(m, key("j"))
		}
		m = step(m, key("enter"))
		for tab := 1; tab <= 5; tab++ {
			m = sweep(step(m, key(fmt.Sprint(tab))), fmt.Sprintf("profile %d tab %d", i, tab))
		}
		for j := 0; j < 4 && m.Depth() > 1; j++ {
			m = step(m, key("esc"))
		}
	}
	m = step(m, key("g"))
	for i := range 4 {
		if i > 0 {
			m = step(m, key("j"))
		}
		m = step(m, key(" "))
	}
	m = sweep(step(m, key("c")), "compare")
	m = sweep(step(m, key("tab")), "compare timelines")
	m = sweep(step(m, key("tab")), "compare skills")
	for j := 0; j < 4 && m.Depth() > 1; j++ {
		m = step(m, key("esc"))
	}
	sweep(step(m, key("s")), "search")
}
