package data

import (
	"strconv"
	"unicode/utf8"
)

// appendJSON writes v as JSON. With indent, objects and arrays are laid
// out one member per line with two spaces per level, and empty ones stay
// on one line ("[]", "{}"). Unlike encoding/json it leaves <, > and &
// alone, so "R&D" stays readable in the file.
func appendJSON(buf []byte, v *value, indent bool, depth int) []byte {
	switch v.Kind {
	case kNull:
		return append(buf, "null"...)
	case kBool:
		return strconv.AppendBool(buf, v.Bool)
	case kNumber:
		return append(buf, v.Str...)
	case kString:
		return appendJSONString(buf, v.Str)
	case kArray:
		if len(v.Arr) == 0 {
			return append(buf, "[]"...)
		}
		buf = append(buf, '[')
		for i, e := range v.Arr {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = newline(buf, indent, depth+1)
			buf = appendJSON(buf, e, indent, depth+1)
		}
		buf = newline(buf, indent, depth)
		return append(buf, ']')
	}
	if len(v.Obj) == 0 {
		return append(buf, "{}"...)
	}
	buf = append(buf, '{')
	for i, m := range v.Obj {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = newline(buf, indent, depth+1)
		buf = appendJSONString(buf, m.Key)
		buf = append(buf, ':')
		if indent {
			buf = append(buf, ' ')
		}
		buf = appendJSON(buf, m.Val, indent, depth+1)
	}
	buf = newline(buf, indent, depth)
	return append(buf, '}')
}

func newline(buf []byte, indent bool, depth int) []byte {
	if !indent {
		return buf
	}
	buf = append(buf, '\n')
	for i := 0; i < depth; i++ {
		buf = append(buf, ' ', ' ')
	}
	return buf
}

// appendJSONString writes s as a JSON string, escaping quotes,
// backslashes, control characters, U+2028 and U+2029; invalid UTF-8
// becomes U+FFFD.
func appendJSONString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				buf = append(buf, '\\', c)
			case c == '\n':
				buf = append(buf, '\\', 'n')
			case c == '\r':
				buf = append(buf, '\\', 'r')
			case c == '\t':
				buf = append(buf, '\\', 't')
			case c < 0x20 || c == 0x7f:
				buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				buf = append(buf, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			buf = append(buf, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			buf = append(buf, `\u202`...)
			buf = append(buf, hex[r&0xf])
		default:
			buf = append(buf, s[i:i+n]...)
		}
		i += n
	}
	return append(buf, '"')
}
