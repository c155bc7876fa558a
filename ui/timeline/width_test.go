package timeline

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/ui/internal/uitest"
	"github.com/vitae-cli/vitae/ui/styles"
)

// hostile has wide and emoji names, a combining-mark pile-up, and escape
// sequences and bidi controls a terminal would act on.
const hostile = `{"work": [
 {"name": "株式会社メルカリ東京本社エンジニアリング", "position": "シニアソフトウェアエンジニア（バックエンド）", "startDate": "2019-04", "highlights": ["大規模な決済基盤の設計と運用を担当しました。😀👩‍💻 とても長い説明文がここに続きます。"]},
 {"name": "👩‍💻🚀 Rocket Co 🚀👩‍💻", "position": "Engineer 🧑🏽‍🔧", "startDate": "2016-02", "endDate": "2019-03"},
 {"name": "Evil\u001b[2J\u001b]0;pwned\u0007 Corp\u202e", "position": "Z̷̢̛a̸l̵g̶o̴ admin\u001b[31m", "startDate": "2012", "endDate": "2016"},
 {"name": "한국어 회사", "position": "개발자"}
], "projects": [{"name": "発表 🎤", "type": "talk", "startDate": "2020-01"}],
"certificates": [{"name": "証明書", "date": "2017"}]}`

func TestNeverWiderThanTheView(t *testing.T) {
	p := profile(t, hostile)
	heights := []int{1, 2, 5, 12, 24, 40}
	for w := 1; w <= 130; w += 3 {
		for _, h := range heights {
			for _, keys := range [][]string{nil, {"left", "left"}, {"down", "down", "down"}, {"+", "+", "+"}, {"-", "-"}} {
				m, _ := press(newSized(p, w, h), keys...)
				v := m.View()
				lines := strings.Split(v, "\n")
				if len(lines) != h {
					t.Fatalf("%dx%d %v: %d lines", w, h, keys, len(lines))
				}
				for i, l := range lines {
					if lw := lipgloss.Width(l); lw > w {
						t.Fatalf("%dx%d %v: line %d is %d cells wide: %q", w, h, keys, i, lw, l)
					}
				}
				if strings.ContainsAny(v, "\x1b\a\u202e") {
					t.Fatalf("%dx%d: a control sequence reached the view: %q", w, h, v)
				}
			}
		}
	}
}

func TestSeedsFitEverySize(t *testing.T) {
	for _, p := range uitest.Profiles(t) {
		for _, size := range []struct{ w, h int }{{80, 24}, {100, 30}, {200, 60}, {79, 23}, {40, 12}} {
			m := newSized(p, size.w, size.h)
			for _, k := range []string{"", "left", "down", "down", "+", "right", "up", "-", "-"} {
				if k != "" {
					m, _ = press(m, k)
				}
				lines := uitest.Lines(t, m.View(), size.w)
				if len(lines) != size.h {
					t.Fatalf("%s %dx%d after %q: %d lines", p.ID, size.w, size.h, k, len(lines))
				}
			}
		}
	}
}

func TestCellsNeverSplitWideClusters(t *testing.T) {
	row := newCells(6)
	row.text(0, "日本語", paintBar)   // three clusters, two cells each
	row.put(1, glyphBar, paintBar) // lands on the second half of 日
	row.put(4, glyphBar, paintBar) // lands on the first half of 語
	var b strings.Builder
	st := uitest.Common(10, 10).Styles
	pal := newPalette(st, styles.TimelineChart(st))
	row.render(&b, &pal)
	if got := b.String(); got != " ━本━" {
		t.Errorf("row drawn %q, want %q", got, " ━本━")
	}
}

// FuzzView draws any decodable document at any size after any keys and
// checks the frame: exactly the height, no line wider than the width, no
// control sequence from the document.
func FuzzView(f *testing.F) {
	f.Add([]byte(hostile), 80, 24, []byte("hh+j"))
	f.Add([]byte(progression), 1, 1, []byte("jjjjk-0"))
	f.Add([]byte(`{"work":[{"name":"\u001b]8;;x\u0007","startDate":"2999"},{"endDate":"1000"}]}`), 200, 60, []byte("++++++++l"))
	keys := map[byte]string{'h': "left", 'l': "right", 'k': "up", 'j': "down", '+': "+", '-': "-", '0': "0", 'e': "enter"}
	f.Fuzz(func(t *testing.T, doc []byte, w, h int, presses []byte) {
		if w < 1 || w > 300 || h < 1 || h > 100 || len(presses) > 40 {
			t.Skip()
		}
		p := &model.Profile{ID: "fuzz"}
		if json.Unmarshal(doc, &p.Resume) != nil {
			t.Skip()
		}
		m := newSized(p, w, h)
		for _, k := range presses {
			if name, ok := keys[k]; ok {
				m, _ = press(m, name)
			}
		}
		v := m.View()
		lines := strings.Split(v, "\n")
		if len(lines) != h {
			t.Fatalf("%dx%d: %d lines", w, h, len(lines))
		}
		for i, l := range lines {
			if lw := lipgloss.Width(l); lw > w {
				t.Fatalf("%dx%d: line %d is %d cells wide: %q", w, h, i, lw, l)
			}
		}
		if strings.ContainsAny(v, "\x1b\a") {
			t.Fatalf("a control sequence reached the view: %q", v)
		}
	})
}
