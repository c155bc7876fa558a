package problems

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
)

// sample are problems of every severity, one with a hostile file name and
// message, one with a very long message.
var sample = []model.Problem{
	{File: "people/ok.yaml", Line: 7, Col: 12, Severity: model.Warning, Message: `endDate "present" read as ongoing; write no endDate for a current role`},
	{File: "people/notes.txt", Severity: model.Notice, Message: "not a profile (no work, education or basics found); skipped"},
	{File: "people/evil\x1b]52;c;bad\x07.json", Line: 1, Col: 1, Severity: model.Error, Message: "invalid character \x1b[31m'x'\x1b[0m at the start of the value"},
	{File: "people/bad.json", Line: 3, Col: 14, Severity: model.Error, Message: strings.Repeat("a long explanation of what to fix ", 6)},
}

func TestGolden(t *testing.T) {
	for _, sz := range uitest.Sizes {
		t.Run(fmt.Sprintf("%dx%d", sz.W, sz.H), func(t *testing.T) {
			m := New(uitest.Common(sz.W, sz.H), sample)
			v := m.View()
			uitest.Lines(t, v, sz.W)
			if strings.ContainsRune(v, '\x1b') || strings.ContainsRune(v, '\x07') {
				t.Fatalf("control bytes reached the view: %q", v)
			}
			golden.RequireEqual(t, []byte(v))
		})
	}
}

func TestOrderAndScroll(t *testing.T) {
	m := New(uitest.Common(80, 6), sample)
	got := m.Problems()
	for i := 1; i < len(got); i++ {
		if got[i].Severity > got[i-1].Severity {
			t.Fatalf("not sorted errors first: %v", got)
		}
	}
	m.SetSize(80, 6)
	for range 3 {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	}
	if m.ScrollOffset() != 3 {
		t.Fatalf("offset = %d, want 3", m.ScrollOffset())
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("g")})
	if m.ScrollOffset() != 0 {
		t.Fatalf("g: offset = %d", m.ScrollOffset())
	}
}

func TestEmpty(t *testing.T) {
	if v := New(uitest.Common(80, 24), nil).View(); !strings.Contains(v, "No problems") {
		t.Fatalf("empty view = %q", v)
	}
}
