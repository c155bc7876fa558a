package model

import "fmt"

// Severity ranks a Problem.
type Severity uint8

// Severities, from least to most serious.
const (
	Notice  Severity = iota // informational: a file skipped because it is not a profile
	Warning                 // loaded, but something is off (a leniency, a future date)
	Error                   // not loaded, or not valid JSON Resume
)

func (s Severity) String() string {
	switch s {
	case Notice:
		return "notice"
	case Warning:
		return "warning"
	}
	return "error"
}

// Problem is something wrong with a profile file, located precisely enough
// for a person to fix it. Line and Col are 1-based; 0 means unknown.
type Problem struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	Message  string // says what is wrong and what to do
}

// String renders the problem as "file:line:col: severity: message", the form
// editors and `vitae validate` use; line and column are left out when
// unknown. File and Message are sanitized: both can come from strangers.
func (p Problem) String() string {
	loc := SanitizeLine(p.File)
	if p.Line > 0 {
		loc += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			loc += fmt.Sprintf(":%d", p.Col)
		}
	}
	return fmt.Sprintf("%s: %s: %s", loc, p.Severity, SanitizeLine(p.Message))
}
