package data

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// str parses a string at p.i (which holds '"'), returning its text and the
// position of its opening quote. Invalid UTF-8 inside the string is
// reported (once per string) and replaced, and parsing goes on.
func (p *jsonParser) str() (string, pos, error) {
	at := p.pos(p.i)
	p.i++
	start := p.i
	// Fast path: no escapes, no controls, ASCII only.
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			p.i++
			return string(p.b[start : p.i-1]), at, nil
		}
		if c == '\\' || c < 0x20 || c >= 0x80 {
			break
		}
		p.i++
	}
	buf := append([]byte(nil), p.b[start:p.i]...)
	badUTF8 := false
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return string(buf), at, nil
		case c == '\\':
			var err error
			if buf, err = p.escape(buf); err != nil {
				return "", at, err
			}
		case c == '\n' || c == '\r':
			return "", at, p.fail("line break inside the string that starts at line %d:%d — close it with '\"' or write \\n", at.Line, at.Col)
		case c < 0x20:
			return "", at, p.fail("control character U+%04X inside a string — write it as \\u%04X", c, c)
		case c >= 0x80:
			r, n := utf8.DecodeRune(p.b[p.i:])
			if r == utf8.RuneError && n == 1 && !badUTF8 {
				badUTF8 = true
				p.rep.errorf(p.pos(p.i), "invalid UTF-8 (byte 0x%02x) in a string — save the file as UTF-8", c)
			}
			buf = utf8.AppendRune(buf, r)
			p.i += n
		default:
			buf = append(buf, c)
			p.i++
		}
	}
	p.rep.errorf(at, "unexpected end of file inside the string that starts here — close it with '\"'")
	return "", at, syntaxError{}
}

// escape decodes the escape sequence at p.i (a backslash) onto buf.
func (p *jsonParser) escape(buf []byte) ([]byte, error) {
	if p.i+1 >= len(p.b) {
		p.i = len(p.b)
		return nil, p.eof()
	}
	c := p.b[p.i+1]
	if r, ok := simpleEscape(c); ok {
		p.i += 2
		return append(buf, r), nil
	}
	if c != 'u' {
		return nil, p.fail(`escape '\%s' — in JSON strings write \\ for a backslash; the escapes are \" \\ \/ \b \f \n \r \t \uXXXX`,
			printable(p.b[p.i+1:]))
	}
	r, ok := p.hex4(p.i + 2)
	if !ok {
		return nil, p.fail(`escape — \u must be followed by four hex digits`)
	}
	p.i += 6
	if utf16.IsSurrogate(r) {
		if r2, ok := p.hex4(p.i + 2); ok && p.i+1 < len(p.b) && p.b[p.i] == '\\' && p.b[p.i+1] == 'u' {
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				p.i += 6
				return utf8.AppendRune(buf, dec), nil
			}
		}
		r = utf8.RuneError // a lone surrogate, as encoding/json reads it
	}
	return utf8.AppendRune(buf, r), nil
}

// simpleEscape decodes the one-letter escapes: \" \\ \/ \b \f \n \r \t.
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// hex4 reads four hex digits at off.
func (p *jsonParser) hex4(off int) (rune, bool) {
	if off+4 > len(p.b) {
		return 0, false
	}
	var r rune
	for _, c := range p.b[off : off+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// printable returns the first character of b for a message.
func printable(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	if r < 0x20 || r == utf8.RuneError {
		return fmt.Sprintf("U+%04X", r)
	}
	return string(r)
}

// number parses a JSON number, keeping its literal text.
func (p *jsonParser) number() (*value, error) {
	at := p.pos(p.i)
	start := p.i
	for p.i < len(p.b) && isNumberByte(p.b[p.i]) {
		p.i++
	}
	lit := string(p.b[start:p.i])
	if !validNumber(lit) {
		p.i = start
		p.rep.errorf(at, "unexpected number %q — write digits like 12 or 3.5, with no leading zero, '+' or bare '.'", clip(lit))
		return nil, syntaxError{}
	}
	return &value{Kind: kNumber, Str: lit, Pos: at}, nil
}

func isNumberByte(c byte) bool {
	return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// validNumber checks the JSON number grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(s string) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i < len(s) && s[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// literal parses true, false or null, and explains any other bare word.
func (p *jsonParser) literal() (*value, error) {
	at := p.pos(p.i)
	start := p.i
	for p.i < len(p.b) && isWordByte(p.b[p.i]) {
		p.i++
	}
	switch w := string(p.b[start:p.i]); w {
	case "true", "false":
		return &value{Kind: kBool, Bool: w == "true", Str: w, Pos: at}, nil
	case "null":
		return &value{Kind: kNull, Pos: at}, nil
	default:
		p.rep.errorf(at, "unexpected word %q — write text in double quotes, or true, false or null", clip(w))
		return nil, syntaxError{}
	}
}

// cursor turns byte offsets into line:column positions. Offsets are
// usually asked for in increasing order, which makes the whole parse
// linear; an earlier offset restarts the count from the top.
type cursor struct {
	b              []byte
	off, line, col int
}

func (c *cursor) at(off int) pos {
	if off < c.off {
		c.off, c.line, c.col = 0, 1, 1
	}
	for c.off < off && c.off < len(c.b) {
		if c.b[c.off] == '\n' {
			c.line++
			c.col = 1
			c.off++
			continue
		}
		_, n := utf8.DecodeRune(c.b[c.off:])
		c.col++
		c.off += n
	}
	return pos{c.line, c.col}
}
