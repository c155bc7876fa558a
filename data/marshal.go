package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vitae-cli/vitae/model"
	"gopkg.in/yaml.v3"
)

// Marshal writes r as a JSON Resume document: JSON with two-space indent
// and a trailing newline, or YAML with the keys in the same order as the
// JSON (the order of the schema, then unknown keys sorted). Unknown keys
// kept in Extra are written back unchanged.
func Marshal(r *model.Resume, f Format) ([]byte, error) {
	if r == nil {
		return nil, fmt.Errorf("data: Marshal of a nil Resume")
	}
	compact, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	// Re-read the compact JSON to lay it out ourselves. The depth limit is
	// generous: the document came from a Resume, not from a stranger.
	rep := &report{file: "marshal"}
	v, ok := parseJSON(compact, rep, 10000)
	if !ok || v == nil || rep.failed() {
		return nil, fmt.Errorf("data: Marshal: %v", rep.sorted())
	}
	switch f {
	case FormatJSON:
		return append(appendJSON(nil, v, true, 0), '\n'), nil
	case FormatYAML:
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(yamlNode(v)); err != nil {
			return nil, err
		}
		if err := enc.Close(); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	return nil, fmt.Errorf("data: unknown format %q", string(f))
}

// yamlNode builds the YAML node of a value, keeping the key order.
func yamlNode(v *value) *yaml.Node {
	switch v.Kind {
	case kNull:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	case kBool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v.Str}
	case kNumber:
		tag := "!!int"
		if strings.ContainsAny(v.Str, ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v.Str}
	case kString:
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.Str}
		if strings.HasPrefix(v.Str, "\n") {
			// Never literal: yaml.v3 writes "\nx" as "|4-\n    x", which
			// reads back as "x" (found by FuzzParseYAML).
			n.Style = yaml.DoubleQuotedStyle
		} else if strings.Contains(v.Str, "\n") {
			n.Style = yaml.LiteralStyle
		} else if _, err := model.ParseDate(v.Str); err == nil {
			// Quoted, so that YAML 1.1 readers do not take it for a
			// timestamp or a number.
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	case kArray:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		if len(v.Arr) == 0 {
			n.Style = yaml.FlowStyle
		}
		for _, e := range v.Arr {
			n.Content = append(n.Content, yamlNode(e))
		}
		return n
	}
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if len(v.Obj) == 0 {
		n.Style = yaml.FlowStyle
	}
	for _, m := range v.Obj {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: m.Key}, yamlNode(m.Val))
	}
	return n
}
