package compare

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vitae-cli/vitae/data/taxonomy"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// fuzzKeys maps a byte of the fuzzer's input to a key.
func fuzzKey(r rune) tea.Msg {
	switch r {
	case '\r':
		return tea.KeyMsg{Type: tea.KeyEnter}
	case '\x1b':
		return tea.KeyMsg{Type: tea.KeyEsc}
	case '\t':
		return tea.KeyMsg{Type: tea.KeyTab}
	case 'L':
		return tea.KeyMsg{Type: tea.KeyLeft}
	case 'R':
		return tea.KeyMsg{Type: tea.KeyRight}
	case 'U':
		return tea.KeyMsg{Type: tea.KeyUp}
	case 'D':
		return tea.KeyMsg{Type: tea.KeyDown}
	case 'P':
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case 'W':
		return tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}
}

// FuzzView: any size, any keys, any of the seed sets — every frame is
// exactly as tall as the screen, never wider, and carries no control
// bytes.
func FuzzView(f *testing.F) {
	f.Add(uint8(120), uint8(40), uint8(0), "\tsDR\r\x1b\tDe+U")
	f.Add(uint8(80), uint8(24), uint8(1), ">>>\tPPPR\rDD\x1b<")
	f.Add(uint8(3), uint8(2), uint8(2), "e+++---0LLLL")
	f.Add(uint8(200), uint8(60), uint8(1), "W\tWWs\r")
	tx, err := taxonomy.Default()
	if err != nil {
		f.Fatal(err)
	}
	sets := [][]string{{"000", "003"}, {"001", "002", "004"}, {"000", "001", "002", "003"}}
	type prepared struct {
		people []*model.Profile
		ready  tea.Msg
	}
	var preps []prepared
	for _, set := range sets {
		c := uitest.Common(80, 24)
		c.Taxonomy = tx
		m := New(c, seeds(f, set...), testOpen)
		preps = append(preps, prepared{m.people, m.Init()()})
	}
	f.Fuzz(func(t *testing.T, w, h, set uint8, keys string) {
		width, height := max(int(w), 1), max(int(h), 1)
		if len(keys) > 64 {
			keys = keys[:64]
		}
		p := preps[int(set)%len(preps)]
		c := uitest.Common(width, height)
		c.Taxonomy = tx
		m := New(c, p.people, testOpen)
		m.SetSize(width, height)
		m, _ = m.Update(p.ready)
		for _, r := range keys {
			m, _ = m.Update(fuzzKey(r))
			if r == '~' { // a resize in the middle
				m.SetSize(max(height, 1), max(width, 1))
				width, height = height, width
			}
		}
		v := m.View()
		lines := strings.Split(v, "\n")
		if len(lines) != height {
			t.Fatalf("%d lines at height %d", len(lines), height)
		}
		for i, l := range lines {
			if lw := ansi.StringWidth(l); lw > width {
				t.Fatalf("line %d is %d wide at width %d: %q", i, lw, width, l)
			}
		}
		if strings.ContainsAny(v, "\x1b\x07\x00") {
			t.Fatal("control bytes in the view")
		}
	})
}
