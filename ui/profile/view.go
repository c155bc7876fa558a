package profile

import (
	"strings"

	"github.com/vitae-cli/vitae/ui/common"
)

// View draws the header, the tab bar and the active tab.
func (m Model) View() string {
	var body, scroll string
	if p := m.panes[m.ActiveTab()]; p != nil {
		body = p.View()
	} else {
		body = m.textBody()
		if len(m.lines) > m.vp.Height {
			scroll = m.c.Styles.Faint.Render(scrollPercent(m.vp.ScrollPercent()))
		}
	}
	return m.header + strings.Repeat("\n", headerGap+1) + m.tabBar(scroll) + "\n" + body
}

// textBody is the visible part of the active text tab, exactly as tall as
// the body.
func (m Model) textBody() string {
	h := m.vp.Height
	from := common.Clamp(m.vp.YOffset, 0, max(len(m.lines)-1, 0))
	to := min(from+h, len(m.lines))
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from {
			b.WriteByte('\n')
		}
		b.WriteString(m.lines[i])
	}
	b.WriteString(strings.Repeat("\n", max(h-(to-from), 0)))
	return b.String()
}
