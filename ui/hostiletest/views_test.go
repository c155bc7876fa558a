package hostiletest

import (
	"fmt"
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/internal/hostile"
	"github.com/vitae-cli/vitae/model"
	msearch "github.com/vitae-cli/vitae/model/search"
	"github.com/vitae-cli/vitae/ui"
	"github.com/vitae-cli/vitae/ui/common"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/search"
)

// frame is one drawn screen: where the walk was and what it drew.
type frame struct{ where, out string }

// renderer draws with full color, as a real terminal gets it, so every
// SGR the app can emit is in the output.
func renderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	return r
}

// root is the UI sized w×h with ps and probs loaded.
func root(t testing.TB, ps []*model.Profile, probs []model.Problem, w, h int) ui.Model {
	tx, err := taxonomy.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := ui.New(ui.Options{
		Renderer: renderer(), Clock: model.FixedClock(uitest.Now), Taxonomy: tx,
		Load: func() ([]*model.Profile, []model.Problem) { return ps, probs },
	})
	m = step(m, tea.WindowSizeMsg{Width: w, Height: h})
	return step(m, m.Init()())
}

// step sends msg and then the messages of the commands that finish at
// once, a bounded number of times.
func step(m ui.Model, msg tea.Msg) ui.Model {
	queue := []tea.Msg{msg}
	for i := 0; i < 16 && len(queue) > 0; i++ {
		msg, queue = queue[0], queue[1:]
		next, cmd := m.Update(msg)
		m = next.(ui.Model)
		for _, got := range uitest.Run(cmd) {
			if _, quit := got.(tea.QuitMsg); !quit {
				queue = append(queue, got)
			}
		}
	}
	return m
}

// key is a key press written as in key bindings.
func key(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// walk visits every screen of the UI over ps at w×h — the roster, the
// problems list, each profile's every tab at its top, a page down and its
// bottom, search (and a jump to a result), the comparison of four people
// in each section — and returns what each drew.
func walk(t testing.TB, ps []*model.Profile, probs []model.Problem, w, h int) []frame {
	m := root(t, ps, probs, w, h)
	var frames []frame
	shot := func(where string) { frames = append(frames, frame{where, m.View()}) }
	shot("roster")
	m = step(m, key("G"))
	shot("roster bottom")
	m = step(m, key("g"))
	m = step(m, key("p"))
	shot("problems")
	m = step(step(m, key("G")), key("esc"))
	for i := range ps {
		m = step(m, key("g"))
		for range i {
			m = step(m, key("j"))
		}
		m = step(m, key("enter"))
		if m.Depth() < 2 {
			t.Fatalf("profile %d did not open", i)
		}
		for tab := 1; tab <= 5; tab++ {
			m = step(m, key(fmt.Sprint(tab)))
			shot(fmt.Sprintf("profile %d tab %d", i, tab))
			m = step(m, key("pgdown"))
			shot(fmt.Sprintf("profile %d tab %d page 2", i, tab))
			m = step(m, key("G"))
			shot(fmt.Sprintf("profile %d tab %d bottom", i, tab))
			m = step(m, key("g"))
		}
		for j := 0; j < 4 && m.Depth() > 1; j++ {
			m = step(m, key("esc"))
		}
	}
	back := func() {
		for j := 0; j < 6 && m.Depth() > 1; j++ {
			m = step(m, key("esc"))
		}
	}
	// Search from the roster, and a jump from a result into its profile.
	m = step(m, key("g"))
	m = step(m, key("s"))
	for _, r := range "te" {
		m = step(m, key(string(r)))
	}
	shot("root search")
	m = step(m, key("down"))
	shot("root search down")
	m = step(m, key("enter"))
	shot("root search result in profile")
	back()
	// Compare the first four people: summary, timelines, skills, events.
	m = step(m, key("g"))
	for i := range min(4, len(ps)) {
		if i > 0 {
			m = step(m, key("j"))
		}
		m = step(m, key(" "))
	}
	m = step(m, key("c"))
	shot("compare")
	for _, k := range []string{"tab", "e", "pgdown", "tab", "G", "s", "enter"} {
		m = step(m, key(k))
		shot("compare after " + k)
	}
	back()
	return append(frames, searchFrames(ps, w, h)...)
}

// searchFrames draws the search screen over ps with a few queries.
func searchFrames(ps []*model.Profile, w, h int) []frame {
	c := common.New(renderer(), model.FixedClock(uitest.Now), nil)
	c.SetSize(w, h)
	s := search.New(c, msearch.NewIndex(ps), func(string, int, int) tea.Cmd { return nil })
	s.SetSize(w, h)
	var frames []frame
	for _, q := range []string{"e", "te", "x"} {
		for _, r := range q {
			var cmd tea.Cmd
			s, cmd = s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			for _, msg := range uitest.Run(cmd) {
				s, _ = s.Update(msg)
			}
		}
		frames = append(frames, frame{"search " + q, s.View()})
		s, _ = s.Update(tea.KeyMsg{Type: tea.KeyDown})
		frames = append(frames, frame{"search " + q + " down", s.View()})
		for range q {
			s, _ = s.Update(tea.KeyMsg{Type: tea.KeyBackspace})
		}
	}
	return frames
}

// profileCount is how many profiles the corpus fills.
func profileCount(corpus []string) int {
	f := corpusFiller(corpus)
	fillProfile(0, f)
	return (len(corpus)+f.n-1)/f.n + 1 // one more: split halves meet other neighbours
}

// TestHostileTextInEveryView draws profiles whose every field holds a
// corpus string through every screen at 80×24 and 200×60 and checks each
// frame: no sequence but the SGRs the benign twin draws, no control but
// newline, no bidi, zero-width or tag character, no line wider than the
// terminal by grapheme or wcwidth measure, no more lines than its height.
func TestHostileTextInEveryView(t *testing.T) {
	corpus := hostile.Corpus()
	n := profileCount(corpus)
	hostileProfiles, hostileProblems := fill(n, corpusFiller(corpus))
	benignProfiles, benignProblems := fill(n, benignFiller())
	for _, size := range []struct{ w, h int }{{80, 24}, {200, 60}} {
		allowed := map[string]bool{}
		for _, fr := range walk(t, benignProfiles, benignProblems, size.w, size.h) {
			for sgr := range hostile.SGRs(fr.out) {
				allowed[sgr] = true
			}
			if bad := hostile.Check(fr.out, size.w, size.h, allowed); bad != nil {
				t.Errorf("%dx%d benign %s: %s", size.w, size.h, fr.where, strings.Join(bad, "\n\t"))
			}
		}
		if len(allowed) == 0 {
			t.Fatalf("%dx%d: the benign twin drew no styling; the renderer is not in color", size.w, size.h)
		}
		frames := walk(t, hostileProfiles, hostileProblems, size.w, size.h)
		shown := 0 // frames showing corpus text: the walk really drew the profiles
		for _, fr := range frames {
			if strings.Contains(fr.out, "rating:") || strings.Contains(fr.out, "csi:") || strings.Contains(fr.out, "C1 ") {
				shown++
			}
			if bad := hostile.Check(fr.out, size.w, size.h, allowed); bad != nil {
				t.Errorf("%dx%d %s:\n\t%s", size.w, size.h, fr.where, strings.Join(bad, "\n\t"))
			}
		}
		if shown < len(frames)/2 {
			t.Errorf("%dx%d: only %d of %d frames show corpus text", size.w, size.h, shown, len(frames))
		}
		t.Logf("%dx%d: %d frames of %d profiles (%d showing corpus text), %d SGRs allowed", size.w, size.h, len(frames), n, shown, len(allowed))
	}
}
