package data

import (
	"fmt"
	"unicode/utf8"
)

// jsonParser reads JSON into a value tree, keeping the position of every
// key and value and reporting what encoding/json accepts silently:
// duplicate keys and invalid UTF-8. It stops at the first syntax error.
// Recursion is bounded by maxDepth, so any input is safe.
type jsonParser struct {
	b        []byte
	i        int
	depth    int
	maxDepth int
	rep      *report
	cur      cursor
	open     []openBracket // brackets not closed yet, for end-of-file messages
}

// openBracket is a '{' or '[' waiting for its partner.
type openBracket struct {
	c byte
	p pos
}

// syntaxError stops the parse; the report already holds its message.
type syntaxError struct{}

func (syntaxError) Error() string { return "syntax error" }

// parseJSON parses b (without a BOM). It returns nil and false after a
// syntax error, and nil and true for a file that is only white space.
func parseJSON(b []byte, rep *report, maxDepth int) (*value, bool) {
	p := &jsonParser{b: b, rep: rep, maxDepth: maxDepth, cur: cursor{b: b, line: 1, col: 1}}
	p.skip()
	if p.i >= len(b) {
		return nil, true
	}
	v, err := p.value("")
	if err != nil {
		return nil, false
	}
	p.skip()
	if p.i < len(b) {
		p.fail("%s after the end of the document — a file holds one JSON value; is a ',' or a '[' missing?", p.describe())
		return nil, false
	}
	return v, true
}

// pos returns the position of byte offset off.
func (p *jsonParser) pos(off int) pos { return p.cur.at(off) }

// fail records a syntax error at the current offset.
func (p *jsonParser) fail(format string, args ...any) error {
	p.rep.errorf(p.pos(p.i), "unexpected "+format, args...)
	return syntaxError{}
}

// eof records an unexpected end of input, naming the innermost open bracket.
func (p *jsonParser) eof() error {
	msg := "end of file — the document is cut short"
	if n := len(p.open); n > 0 {
		o := p.open[n-1]
		msg = fmt.Sprintf("end of file — the '%c' at line %d:%d is never closed", o.c, o.p.Line, o.p.Col)
	}
	p.rep.errorf(p.pos(p.i), "unexpected %s", msg)
	return syntaxError{}
}

func (p *jsonParser) skip() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// describe names the character at the current offset for a message.
func (p *jsonParser) describe() string {
	c := p.b[p.i]
	switch {
	case c == '\'':
		return `"'"`
	case c >= 0x20 && c < 0x7f:
		return fmt.Sprintf("'%c'", c)
	case c < 0x80:
		return fmt.Sprintf("control character U+%04X", c)
	}
	r, n := utf8.DecodeRune(p.b[p.i:])
	if r == utf8.RuneError && n == 1 {
		return fmt.Sprintf("byte 0x%02x (not UTF-8 — save the file as UTF-8)", c)
	}
	return fmt.Sprintf("'%c'", r)
}

// value parses any value; after names what came before it (for messages).
func (p *jsonParser) value(after string) (*value, error) {
	p.skip()
	if p.i >= len(p.b) {
		return nil, p.eof()
	}
	switch c := p.b[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, at, err := p.str()
		return &value{Kind: kString, Str: s, Pos: at}, err
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		return p.number()
	case isWordByte(c):
		return p.literal()
	default:
		return nil, p.fail("%s — %s", p.describe(), p.expected(after))
	}
}

// expected says what should have been where a value was missing.
func (p *jsonParser) expected(after string) string {
	switch {
	case p.b[p.i] == '\'':
		return "JSON strings use double quotes"
	case p.b[p.i] == '/':
		return "JSON does not allow comments"
	case after == "":
		return "a value was expected"
	}
	return "a value was expected after " + after
}

// enter opens a bracket, enforcing the nesting limit.
func (p *jsonParser) enter() (pos, error) {
	at := p.pos(p.i)
	if p.depth >= p.maxDepth {
		p.rep.errorf(at, "nesting deeper than %d levels — a résumé never needs this much; is the file generated?", p.maxDepth)
		return at, syntaxError{}
	}
	p.depth++
	p.open = append(p.open, openBracket{p.b[p.i], at})
	p.i++
	return at, nil
}

func (p *jsonParser) leave() {
	p.depth--
	p.open = p.open[:len(p.open)-1]
	p.i++
}

func (p *jsonParser) object() (*value, error) {
	at, err := p.enter()
	if err != nil {
		return nil, err
	}
	obj := &value{Kind: kObject, Pos: at}
	seen := map[string]pos{}
	after := "'{'"
	for {
		p.skip()
		if p.i >= len(p.b) {
			return nil, p.eof()
		}
		switch c := p.b[p.i]; {
		case c == '}' && after == "'{'":
			p.leave()
			return obj, nil
		case c == '}':
			return nil, p.fail("'}' — a key was expected after ','; remove the trailing comma")
		case c != '"':
			return nil, p.fail("%s — %s", p.describe(), p.keyExpected(after))
		}
		key, kpos, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skip()
		if p.i >= len(p.b) {
			return nil, p.eof()
		}
		if p.b[p.i] != ':' {
			return nil, p.fail("%s — a ':' was expected after the key %q", p.describe(), clip(key))
		}
		p.i++
		v, err := p.value("':'")
		if err != nil {
			return nil, err
		}
		if first, dup := seen[key]; dup {
			p.rep.errorf(kpos, "duplicate key %q (first at line %d:%d) — keep one of them; JSON tools silently drop one", clip(key), first.Line, first.Col)
		} else {
			seen[key] = kpos
			obj.Obj = append(obj.Obj, member{Key: key, KeyPos: kpos, Val: v})
		}
		p.skip()
		if p.i >= len(p.b) {
			return nil, p.eof()
		}
		switch p.b[p.i] {
		case ',':
			p.i++
			after = "','"
		case '}':
			p.leave()
			return obj, nil
		case '"':
			return nil, p.fail(`'"' — a ',' is missing after the value of %q`, clip(key))
		default:
			return nil, p.fail("%s — ',' or '}' was expected after the value of %q", p.describe(), clip(key))
		}
	}
}

// keyExpected says what should start an object member.
func (p *jsonParser) keyExpected(after string) string {
	switch c := p.b[p.i]; {
	case c == '\'':
		return "keys and strings use double quotes"
	case c == '/':
		return "JSON does not allow comments"
	case isWordByte(c):
		return "keys must be in double quotes"
	}
	return "a key in double quotes was expected after " + after
}

func (p *jsonParser) array() (*value, error) {
	at, err := p.enter()
	if err != nil {
		return nil, err
	}
	arr := &value{Kind: kArray, Pos: at}
	p.skip()
	if p.i < len(p.b) && p.b[p.i] == ']' {
		p.leave()
		return arr, nil
	}
	after := "'['"
	for {
		v, err := p.value(after)
		if err != nil {
			return nil, err
		}
		arr.Arr = append(arr.Arr, v)
		p.skip()
		if p.i >= len(p.b) {
			return nil, p.eof()
		}
		switch p.b[p.i] {
		case ',':
			p.i++
			after = "','"
		case ']':
			p.leave()
			return arr, nil
		default:
			return nil, p.fail("%s — ',' or ']' was expected after a list item (the '[' at line %d:%d is still open)",
				p.describe(), at.Line, at.Col)
		}
	}
}

// clip shortens a key or word quoted in a message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	r := []rune(s)
	return string(r[:40]) + "…"
}

func isWordByte(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
