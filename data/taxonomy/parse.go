package taxonomy

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vitae-cli/vitae/model"
	"github.com/vitae-cli/vitae/model/skills"
)

// Error is a problem in a taxonomy file, located to its line and column
// (1-based; 0 when unknown).
type Error struct {
	File      string
	Line, Col int
	Msg       string // says what is wrong and what to do
}

// Error renders "file:line:col: message".
func (e *Error) Error() string { return e.Problem().String() }

// Problem returns the error as a model.Problem, for reports that list
// problems of every kind together.
func (e *Error) Problem() model.Problem {
	return model.Problem{File: e.File, Line: e.Line, Col: e.Col, Severity: model.Error, Message: e.Msg}
}

// errorList joins several located errors, one per line.
type errorList []*Error

// Error renders one located error per line.
func (l errorList) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap exposes each error to errors.As.
func (l errorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// maxErrors stops a badly broken file from producing pages of errors.
const maxErrors = 20

// Parse reads a taxonomy file's entries. base is the taxonomy the file
// extends: names in implies must be in base or in the file. Errors say file,
// line and column; there may be several, joined.
func Parse(file string, b []byte, base []skills.Entry) ([]skills.Entry, error) {
	return parse(file, b, base)
}

func parse(file string, b []byte, base []skills.Entry) ([]skills.Entry, error) {
	var errs errorList
	fail := func(n *yaml.Node, format string, a ...any) {
		if len(errs) < maxErrors {
			errs = append(errs, &Error{File: file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, a...)})
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, yamlError(file, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // an empty file extends nothing
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		fail(root, "a skills file is a list of skills (lines starting with \"- name: …\")")
		return nil, errs
	}
	known := map[string]bool{}
	for _, e := range base {
		known[strings.ToLower(e.Name)] = true
	}
	type imp struct {
		node *yaml.Node
		name string
	}
	var implies []imp
	seen := map[string]*yaml.Node{}
	var out []skills.Entry
	for _, item := range root.Content {
		if item.Kind != yaml.MappingNode {
			fail(item, "each skill is a mapping with name, category and aliases")
			continue
		}
		var e skills.Entry
		var nameNode *yaml.Node
		for k := 0; k+1 < len(item.Content); k += 2 {
			key, val := item.Content[k], item.Content[k+1]
			switch key.Value {
			case "name":
				e.Name, nameNode = scalar(val, fail, "name"), val
			case "category":
				e.Category = scalar(val, fail, "category")
			case "aliases":
				e.Aliases = list(val, fail, "aliases")
			case "cased":
				e.Cased = list(val, fail, "cased")
			case "not":
				e.Not = list(val, fail, "not")
			case "implies":
				e.Implies = list(val, fail, "implies")
				if val.Kind == yaml.SequenceNode {
					for _, n := range val.Content {
						implies = append(implies, imp{n, n.Value})
					}
				}
			default:
				fail(key, "unknown key %q; a skill has name, category, aliases, cased, implies and not", key.Value)
			}
		}
		switch {
		case nameNode == nil:
			fail(item, "this skill has no name; add \"name: …\"")
			continue
		case e.Name == "":
			continue // reported by scalar
		case e.Category == "":
			fail(item, "skill %q has no category; add \"category: …\" (for example %s)", e.Name, strings.Join(skills.Categories[:4], ", "))
		}
		key := strings.ToLower(e.Name)
		if prev, dup := seen[key]; dup {
			fail(nameNode, "skill %q is already defined at line %d; merge the two entries", e.Name, prev.Line)
			continue
		}
		seen[key] = nameNode
		known[key] = true
		out = append(out, e)
	}
	for _, im := range implies {
		if !known[strings.ToLower(strings.TrimSpace(im.name))] {
			fail(im.node, "%q is not a skill in the taxonomy; define it or remove it from implies", im.name)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// scalar reads a non-empty string value.
func scalar(n *yaml.Node, fail func(*yaml.Node, string, ...any), what string) string {
	if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
		fail(n, "%s must be a non-empty text", what)
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// list reads a list of non-empty strings; a single string is a list of one.
func list(n *yaml.Node, fail func(*yaml.Node, string, ...any), what string) []string {
	if n.Kind == yaml.ScalarNode {
		if s := scalar(n, fail, what); s != "" {
			return []string{s}
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		fail(n, "%s must be a list, like [A, B]", what)
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s := scalar(c, fail, what+" item"); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// yamlError turns a yaml.v3 syntax error ("yaml: line 3: …") into a
// located Error.
func yamlError(file string, err error) error {
	msg := err.Error()
	line := 0
	if _, scanErr := fmt.Sscanf(msg, "yaml: line %d:", &line); scanErr == nil {
		if i := strings.Index(msg, ": "); i >= 0 {
			if j := strings.Index(msg[i+2:], ": "); j >= 0 {
				msg = msg[i+2+j+2:]
			}
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	return &Error{File: file, Line: line, Msg: "not valid YAML: " + msg + "; check indentation and quoting"}
}
