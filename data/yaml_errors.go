package data

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// yamlLine finds the line yaml.v3 names in its error messages.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// unknownAnchor finds the alias name in yaml.v3's error for an alias
// without an anchor.
var unknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)

// maxRefine is the largest document whose syntax errors are located by
// re-parsing prefixes (a few parses, each linear).
const maxRefine = 64 << 10

// yamlError reports a syntax error from yaml.v3. yaml.v3 names only a
// line, and often the line where the enclosing block starts rather than
// the one at fault, so the line is refined by finding the shortest prefix
// of whole lines that fails the same way. The column is that line's first
// character; a tab in the indentation, the usual culprit, is named.
func yamlError(rep *report, b []byte, err error) {
	msg := err.Error()
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		msg = strings.TrimPrefix(msg, "yaml: ")
		if m := unknownAnchor.FindStringSubmatch(msg); m != nil {
			at := pos{}
			if i := bytes.Index(b, []byte("*"+m[1])); i >= 0 {
				c := cursor{b: b, line: 1, col: 1}
				at = c.at(i)
			}
			rep.errorf(at, "YAML anchors and aliases are not allowed in profiles; write the value out (%s)", msg)
			return
		}
		rep.errorf(pos{}, "YAML syntax: %s%s", msg, yamlHint(msg))
		return
	}
	line, _ := strconv.Atoi(m[1])
	lines := bytes.SplitAfter(b, []byte("\n"))
	if l := firstFailingLine(b, lines, m[2]); l > line {
		line = l
	}
	at := pos{Line: line}
	if line >= 1 && line <= len(lines) {
		text := bytes.TrimRight(lines[line-1], "\r\n")
		indent := len(text) - len(bytes.TrimLeft(text, " \t"))
		if i := bytes.IndexByte(text[:indent], '\t'); i >= 0 {
			rep.errorf(pos{line, i + 1}, "YAML syntax: a tab in the indentation — YAML indents with spaces only")
			return
		}
		if indent < len(text) {
			at.Col = utf8.RuneCount(text[:indent]) + 1
		}
	}
	rep.errorf(at, "YAML syntax: %s%s", m[2], yamlHint(m[2]))
}

// firstFailingLine returns the number of lines of the shortest prefix of
// the document that fails with the message want, found by bisection; 0
// when the document is too large or the search is inconclusive.
func firstFailingLine(b []byte, lines [][]byte, want string) int {
	if len(b) > maxRefine {
		return 0
	}
	prefix := func(n int) []byte {
		size := 0
		for _, l := range lines[:n] {
			size += len(l)
		}
		return b[:size]
	}
	lo, hi := 0, len(lines) // prefix(lo) is taken to parse, prefix(hi) fails
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if yamlSyntax(prefix(mid)) != nil {
			hi = mid
		} else {
			lo = mid
		}
	}
	err := yamlSyntax(prefix(hi))
	if err == nil {
		return 0
	}
	if m := yamlLine.FindStringSubmatch(err.Error()); m == nil || m[2] != want {
		return 0
	}
	return hi
}

// yamlSyntax parses like parseYAML does (one document, then a check for a
// second) and returns the first syntax error.
func yamlSyntax(b []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	for range 2 {
		var n yaml.Node
		if err := dec.Decode(&n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
	return nil
}

// yamlHints says what usually causes yaml.v3's syntax errors.
var yamlHints = []struct{ in, hint string }{
	{"mapping values are not allowed", "check this line's indentation, and quote a value that contains \": \""},
	{"did not find expected key", "check the indentation of this line and the ones above it"},
	{"could not find expected ':'", "a key needs \": \" after it; quote text that is not a key"},
	{"cannot start any token", "quote a value that starts with @, ` or %"},
	{"did not find expected '-' indicator", "list items line up under each other, each starting with \"- \""},
	{"block sequence entries are not allowed", "start the list on the line after its key"},
	{"unexpected end of stream", "a quote or bracket is never closed"},
	{"did not find expected node content", "a value is missing"},
	{"exceeded max depth", "a résumé never needs this much nesting; is the file generated?"},
}

func yamlHint(msg string) string {
	for _, h := range yamlHints {
		if strings.Contains(msg, h.in) {
			return " — " + h.hint
		}
	}
	return ""
}
