package data

import (
	"fmt"
	"sort"

	"github.com/vitae-cli/vitae/model"
)

// maxProblems bounds the problems reported for one file: past it, the file
// is hopeless in a way a longer list would not help with.
const maxProblems = 100

// report collects the problems found in one file.
type report struct {
	file   string
	probs  []model.Problem
	errors int
	capped bool
}

// add records a problem at p (a zero pos means "no position").
func (r *report) add(p pos, sev model.Severity, format string, args ...any) {
	if sev == model.Error {
		r.errors++
	}
	if len(r.probs) >= maxProblems {
		r.capped = true
		return
	}
	r.probs = append(r.probs, model.Problem{
		File: r.file, Line: p.Line, Col: p.Col, Severity: sev,
		Message: fmt.Sprintf(format, args...),
	})
}

func (r *report) errorf(p pos, format string, args ...any) { r.add(p, model.Error, format, args...) }
func (r *report) warnf(p pos, format string, args ...any)  { r.add(p, model.Warning, format, args...) }
func (r *report) notef(p pos, format string, args ...any)  { r.add(p, model.Notice, format, args...) }

// failed reports whether any error was recorded.
func (r *report) failed() bool { return r.errors > 0 }

// sorted returns the problems in file order (line, then column), keeping
// the order of discovery among problems at the same place.
func (r *report) sorted() []model.Problem {
	out := append([]model.Problem(nil), r.probs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Col < out[j].Col
	})
	if r.capped {
		out = append(out, model.Problem{File: r.file, Severity: model.Notice,
			Message: fmt.Sprintf("more than %d problems; fix these first", maxProblems)})
	}
	return out
}
