package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/vitae-cli/vitae/internal/hostile"
	"github.com/vitae-cli/vitae/model"
)

// hostileProfiles writes profiles whose text fields, and file names, hold
// the hostile corpus, and returns the folder and each file's NAME prefix.
func hostileProfiles(t *testing.T) (string, []string) {
	corpus := hostile.Corpus()
	dir := t.TempDir()
	next := 0
	s := func() string { v := corpus[next%len(corpus)]; next++; return v }
	var names []string
	for i := 0; next < len(corpus); i++ {
		r := model.Resume{
			Basics: &model.Basics{Name: s(), Label: s(), Email: s(), URL: s(), Summary: s(),
				Profiles: []model.SocialProfile{{Network: s(), Username: s(), URL: s()}}},
			Work: []model.Work{
				{Name: s(), Position: s(), Summary: s(), Highlights: []string{s(), s(), "Built a Go service"},
					StartDate: model.YearMonth(2015, 3), EndDate: model.YearMonth(2018, 6)},
				{Name: s(), Position: s(), Highlights: []string{s(), s()}, StartDate: model.YearMonth(2018, 7)},
			},
			Skills:       []model.Skill{{Name: s(), Keywords: []string{s(), "Go"}}},
			Publications: []model.Publication{{Name: s(), Publisher: s(), URL: s(), Summary: s()}},
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		prefix := fmt.Sprintf("h%03d-", i)
		tail := strings.Map(func(r rune) rune {
			if r == '/' || r == 0 {
				return '_'
			}
			return r
		}, s())
		name := prefix + tail[:min(len(tail), 120)] + ".json"
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, prefix)
	}
	return dir, names
}

// runTTY runs vitae as on a color terminal.
func runTTY(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		clock:  model.FixedClock(time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)),
		getenv: func(k string) string { return map[string]string{"TERM": "xterm-256color", "COLUMNS": "100"}[k] },
		isTTY:  func(any) bool { return true },
	}
	return run(e, args), out.String(), errb.String()
}

// unsafeOutput lists escape sequences other than SGR, and controls other
// than newline and tab, in out.
func unsafeOutput(out string) []string {
	var bad []string
	p := ansi.NewParser()
	var state byte
	for rest := out; rest != "" && len(bad) < 10; {
		seq, _, n, st := ansi.DecodeSequence(rest, state, p)
		rest, state = rest[n:], st
		cmd := ansi.Cmd(p.Command())
		switch {
		case seq == "\n" || seq == "\t":
		case strings.HasPrefix(seq, "\x1b[") && cmd.Final() == 'm' && cmd.Prefix() == 0 && cmd.Intermediate() == 0:
		default:
			for _, r := range seq {
				if r == 0x1b || hostile.Forbidden(r) || r == 0xfffd && strings.Contains(seq, "\x9b") {
					bad = append(bad, fmt.Sprintf("%q", seq))
					break
				}
			}
		}
	}
	return bad
}

// TestHostileProfilesOnTheCommandLine runs every command that prints
// profile text over the hostile profiles, in a pipe and on a color
// terminal: nothing but SGR styling and text reaches the output.
func TestHostileProfilesOnTheCommandLine(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the hostile profiles some thirty times")
	}
	dir, names := hostileProfiles(t)
	runs := [][]string{
		{"validate", dir},
		{"search", "e", dir, "--limit", "400"},
		{"search", "x", dir},
		{"compare", names[0], names[1], dir},
		{"compare", names[2], names[3], names[4], names[5], dir, "--format", "md"},
	}
	for _, n := range names[:2] {
		runs = append(runs, []string{"show", n, dir, "--skills"}, []string{"show", n, dir, "--format", "yaml"})
	}
	type job struct {
		args []string
		tty  bool
	}
	var jobs []job
	for _, args := range runs {
		jobs = append(jobs, job{args, false}, job{args, true})
	}
	for i, n := range names { // every profile shown once, in a pipe or on a terminal
		jobs = append(jobs, job{[]string{"show", n, dir}, i%2 == 1})
	}
	var all strings.Builder // everything printed: it must show the corpus
	for _, j := range jobs {
		args, tty := j.args, j.tty
		{
			run := runCmd
			if tty {
				run = runTTY
			}
			_, out, errs := run(t, args...)
			all.WriteString(out)
			if len(out)+len(errs) == 0 {
				t.Errorf("%v (tty %v): no output", args[:2], tty)
			}
			for what, text := range map[string]string{"stdout": out, "stderr": errs} {
				if bad := unsafeOutput(text); bad != nil {
					t.Errorf("%v (tty %v) %s: %s", args[:2], tty, what, strings.Join(bad, ", "))
				}
			}
		}
	}
	for _, want := range []string{"csi:text", "rating: 5/1 ok", "osc:after", "日本語の職務経歴書"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no command printed %q: the corpus did not reach the output", want)
		}
	}
}
