// Package common holds what every view of one vitae session shares: the
// renderer and styles, the window size, the clock and the logger. One Common
// is built per session (per ssh connection, or once locally) and handed by
// pointer to every view constructor; nothing here is a package variable, so
// many sessions can run in one process.
package common

import (
	"io"
	"log/slog"

	"github.com/charmbracelet/lipgloss"
	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
	"github.com/vitae-cli/vitae/ui/styles"
)

// Common is the per-session context handed to every view.
type Common struct {
	Renderer *lipgloss.Renderer
	Styles   *styles.Styles
	// Width and Height are the terminal's size, as last reported by the
	// terminal. Views are given their own, smaller size with SetSize.
	Width, Height int
	Clock         model.Clock
	Logger        *slog.Logger
	// ReadOnly is set when the session must not change anything outside
	// itself (a public ssh session): views hide actions that would.
	ReadOnly bool
	// Taxonomy finds skills in profiles; nil when none was given, and then
	// no view shows skills. It is immutable and shared by all sessions.
	Taxonomy *skills.Taxonomy
}

// New builds a session's Common. A nil renderer means the default one (the
// local terminal); a nil clock the system clock; a nil logger discards.
func New(r *lipgloss.Renderer, clock model.Clock, logger *slog.Logger) *Common {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	// Settle light or dark now, before Bubble Tea reads the terminal: asked
	// later (at the first styled frame) the terminal's answer races with the
	// program's input reader, and a lost answer stalls the frame for seconds.
	// A renderer told its background already (ssh sessions) asks nothing.
	r.HasDarkBackground()
	if clock == nil {
		clock = model.SystemClock{}
	}
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Common{Renderer: r, Styles: styles.New(r), Clock: clock, Logger: logger}
}

// SetSize records the terminal's size.
func (c *Common) SetSize(width, height int) {
	c.Width, c.Height = width, height
}

// Now is the current month by the session's clock: what "now" means for
// ongoing roles and durations.
func (c *Common) Now() model.Month {
	return model.MonthAt(c.Clock.Now())
}
