package data

import (
	"encoding/json"
	"strconv"
	"strings"
)

// pos is a 1-based line and column in a source file. Columns count
// characters (Unicode code points; a tab is one, an invalid byte is one),
// not bytes, and do not count a leading byte order mark.
type pos struct{ Line, Col int }

// kind is the JSON type of a value.
type kind uint8

const (
	kNull kind = iota
	kBool
	kNumber
	kString
	kArray
	kObject
)

// String names the kind the way messages do ("a string", "null").
func (k kind) String() string {
	switch k {
	case kNull:
		return "null"
	case kBool:
		return "a boolean"
	case kNumber:
		return "a number"
	case kString:
		return "a string"
	case kArray:
		return "a list"
	}
	return "an object"
}

// value is one node of a document read from JSON or YAML, with the position
// of its first character. Both formats produce this tree, so validation and
// the messages it gives are the same for both.
type value struct {
	Kind  kind
	Str   string // the text of a string, or the literal of a number
	Bool  bool
	Arr   []*value
	Obj   []member // in file order; keys are unique once parsed
	Pos   pos
	Plain bool // a plain (unquoted) YAML scalar: hints suggest quoting it
}

// member is one key of an object, with the position of the key.
type member struct {
	Key    string
	KeyPos pos
	Val    *value
}

// get returns the value of key in an object, or nil.
func (v *value) get(key string) *value {
	if v == nil || v.Kind != kObject {
		return nil
	}
	for _, m := range v.Obj {
		if m.Key == key {
			return m.Val
		}
	}
	return nil
}

// at follows a JSON pointer's segments (object keys and array indexes) and
// returns the value there, or the deepest value it could reach.
func (v *value) at(path []string) *value {
	cur := v
	for _, seg := range path {
		var next *value
		switch cur.Kind {
		case kObject:
			next = cur.get(seg)
		case kArray:
			if i, err := strconv.Atoi(seg); err == nil && i >= 0 && i < len(cur.Arr) {
				next = cur.Arr[i]
			}
		}
		if next == nil {
			return cur
		}
		cur = next
	}
	return cur
}

// humanPath writes a location the way people read it: work[0].name.
// Numeric segments index arrays; others are keys.
func humanPath(root *value, path []string) string {
	var b strings.Builder
	cur := root
	for _, seg := range path {
		if cur != nil && cur.Kind == kArray {
			b.WriteString("[" + seg + "]")
			i, _ := strconv.Atoi(seg)
			if i >= 0 && i < len(cur.Arr) {
				cur = cur.Arr[i]
			} else {
				cur = nil
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(seg)
		cur = cur.get(seg)
	}
	if b.Len() == 0 {
		return "(top level)"
	}
	return b.String()
}

// toAny converts the tree to the plain Go values a JSON schema validator
// takes: map[string]any, []any, string, json.Number, bool and nil.
func (v *value) toAny() any {
	switch v.Kind {
	case kBool:
		return v.Bool
	case kNumber:
		return json.Number(v.Str)
	case kString:
		return v.Str
	case kArray:
		out := make([]any, len(v.Arr))
		for i, e := range v.Arr {
			out[i] = e.toAny()
		}
		return out
	case kObject:
		out := make(map[string]any, len(v.Obj))
		for _, m := range v.Obj {
			out[m.Key] = m.Val.toAny()
		}
		return out
	}
	return nil
}
