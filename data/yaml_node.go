package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// parseYAML parses one YAML document through yaml.Node (which keeps
// positions and never expands aliases) and converts it to a value tree.
// Anchors, aliases, merge keys, non-text keys and custom tags are errors:
// a profile is plain data. It returns nil and true for an empty file.
func parseYAML(b []byte, rep *report, maxDepth int) (*value, bool) {
	if !utf8.Valid(b) {
		off := firstInvalidUTF8(b)
		c := cursor{b: b, line: 1, col: 1}
		rep.errorf(c.at(off), "invalid UTF-8 (byte 0x%02x) — save the file as UTF-8", b[off])
		return nil, false
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, true
		}
		yamlError(rep, b, err)
		return nil, false
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		rep.errorf(pos{next.Line, next.Column}, "a second YAML document starts here — a profile file holds one document; split it into two files")
	} else if !errors.Is(err, io.EOF) {
		yamlError(rep, b, err)
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	y := yamlConv{rep: rep, maxDepth: maxDepth}
	v := y.convert(doc.Content[0], 0)
	if y.tooDeep || v == nil {
		return nil, false
	}
	return v, true
}

// firstInvalidUTF8 returns the offset of the first byte that is not UTF-8.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// yamlConv converts yaml.Node trees, reporting what a profile may not use.
type yamlConv struct {
	rep      *report
	maxDepth int
	tooDeep  bool
	aliased  bool // an anchor or alias was reported; one message is enough
}

// noAliases reports the first anchor or alias of a document. Each one
// makes the document invalid; listing the hundreds of an alias bomb
// would help nobody.
func (y *yamlConv) noAliases(at pos) {
	if !y.aliased {
		y.aliased = true
		y.rep.errorf(at, "YAML anchors and aliases are not allowed in profiles; write the value out")
		return
	}
	y.rep.errors++ // still an error, without another line
}

// convert returns the value of n, or nil when n cannot be used (the
// problem is reported).
func (y *yamlConv) convert(n *yaml.Node, depth int) *value {
	at := pos{n.Line, n.Column}
	if depth >= y.maxDepth {
		if !y.tooDeep {
			y.rep.errorf(at, "nesting deeper than %d levels — a résumé never needs this much; is the file generated?", y.maxDepth)
		}
		y.tooDeep = true
		return nil
	}
	if n.Kind == yaml.AliasNode {
		y.noAliases(at)
		return nil
	}
	if n.Anchor != "" { // reported, but the value is still checked
		y.noAliases(at)
	}
	switch n.Kind {
	case yaml.MappingNode:
		return y.mapping(n, depth)
	case yaml.SequenceNode:
		v := &value{Kind: kArray, Pos: at}
		for _, c := range n.Content {
			if e := y.convert(c, depth+1); e != nil {
				v.Arr = append(v.Arr, e)
			}
			if y.tooDeep {
				return nil
			}
		}
		return v
	case yaml.ScalarNode:
		return y.scalar(n, at)
	}
	y.rep.errorf(at, "unsupported YAML node — write plain keys, lists and values")
	return nil
}

func (y *yamlConv) mapping(n *yaml.Node, depth int) *value {
	v := &value{Kind: kObject, Pos: pos{n.Line, n.Column}}
	seen := map[string]pos{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		kp := pos{k.Line, k.Column}
		switch {
		case k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge":
			y.rep.errorf(kp, "YAML merge keys (<<) are not allowed in profiles; write the keys out")
			continue
		case k.Kind == yaml.AliasNode || k.Anchor != "":
			y.noAliases(kp)
			continue
		case k.Kind != yaml.ScalarNode:
			y.rep.errorf(kp, "a key must be text, not a list or a mapping")
			continue
		case k.ShortTag() != "!!str":
			y.rep.errorf(kp, "the key %s is not text — keys must be text; write it in quotes: \"%s\"", clip(k.Value), clip(k.Value))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			y.rep.errorf(kp, "duplicate key %q (first at line %d:%d) — keep one of them", clip(k.Value), first.Line, first.Col)
			continue
		}
		seen[k.Value] = kp
		e := y.convert(val, depth+1)
		if y.tooDeep {
			return nil
		}
		if e != nil {
			v.Obj = append(v.Obj, member{Key: k.Value, KeyPos: kp, Val: e})
		}
	}
	return v
}

// scalar converts a scalar by its resolved YAML tag.
func (y *yamlConv) scalar(n *yaml.Node, at pos) *value {
	plain := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	switch tag := n.ShortTag(); tag {
	case "!!str", "!!timestamp", "!!binary":
		return &value{Kind: kString, Str: n.Value, Pos: at, Plain: plain}
	case "!!null":
		return &value{Kind: kNull, Pos: at, Plain: plain}
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			y.rep.errorf(at, "%s is not a boolean — write true or false", clip(n.Value))
			return nil
		}
		return &value{Kind: kBool, Bool: b, Str: strconv.FormatBool(b), Pos: at, Plain: plain}
	case "!!int", "!!float":
		if validNumber(n.Value) {
			return &value{Kind: kNumber, Str: n.Value, Pos: at, Plain: plain}
		}
		var x any
		if err := n.Decode(&x); err == nil {
			if lit, err := json.Marshal(x); err == nil && validNumber(string(lit)) {
				return &value{Kind: kNumber, Str: string(lit), Pos: at, Plain: plain}
			}
		}
		y.rep.errorf(at, "%s is not a number JSON can hold — write it in quotes if it is text", clip(n.Value))
		return nil
	default:
		y.rep.errorf(at, "YAML tag %s is not allowed in profiles — remove it", clip(tag))
		return nil
	}
}
