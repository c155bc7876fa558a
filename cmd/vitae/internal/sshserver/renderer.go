package sshserver

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// newRenderer builds a session's lipgloss renderer on its output. The color
// profile comes from the client's TERM, COLORTERM, NO_COLOR and CLICOLOR
// (sent with the pty request or SendEnv) and the background is taken as
// dark: nothing is asked of the terminal. wish's MakeRenderer sends color
// and DA1 queries and waits for answers, which hangs clients that never
// answer and can swallow their first key.
func newRenderer(w io.Writer, environ []string) *lipgloss.Renderer {
	env := sessionEnv(environ)
	opts := []termenv.OutputOption{termenv.WithEnvironment(env), termenv.WithUnsafe()}
	profile := termenv.Ascii
	if t := env.Getenv("TERM"); t != "" && t != "dumb" {
		profile = termenv.NewOutput(w, opts...).EnvColorProfile()
	}
	r := lipgloss.NewRenderer(w, append(opts, termenv.WithProfile(profile))...)
	r.SetColorProfile(profile)
	r.SetHasDarkBackground(true)
	return r
}

// sessionEnv is a session's environment for termenv; the last value of a
// variable wins, as TERM from the pty request comes last.
type sessionEnv []string

// Environ returns the variables as KEY=VALUE.
func (e sessionEnv) Environ() []string { return e }

// Getenv returns the last value of k, or "".
func (e sessionEnv) Getenv(k string) string {
	for i := len(e) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(e[i], k+"="); ok {
			return v
		}
	}
	return ""
}
