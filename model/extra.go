package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// Extra holds the keys of a JSON Resume object that vitae does not model.
// They are kept on load and written back unchanged, so a round trip never
// loses what a user wrote.
type Extra map[string]json.RawMessage

// knownKeys caches, per struct type, the JSON names of its tagged fields.
var knownKeys sync.Map // reflect.Type -> map[string]bool

func jsonKeys(t reflect.Type) map[string]bool {
	if v, ok := knownKeys.Load(t); ok {
		return v.(map[string]bool)
	}
	keys := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" {
			keys[name] = true
		}
	}
	knownKeys.Store(t, keys)
	return keys
}

// decodeObject decodes b into the alias value v (a pointer to a struct
// without custom methods) and stores every key v does not declare in extra.
func decodeObject(b []byte, v any, extra *Extra) error {
	if err := json.Unmarshal(b, v); err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	known := jsonKeys(reflect.TypeOf(v).Elem())
	*extra = nil
	for k, raw := range all {
		if known[k] {
			continue
		}
		if *extra == nil {
			*extra = Extra{}
		}
		(*extra)[k] = raw
	}
	return nil
}

// encodeObject encodes the alias value v and appends the extra keys in
// sorted order after the modelled ones.
func encodeObject(v any, extra Extra) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil || len(extra) == 0 {
		return b, err
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var buf bytes.Buffer
	buf.Write(b[:len(b)-1])
	first := len(b) == 2 // "{}"
	for _, k := range keys {
		if !first {
			buf.WriteByte(',')
		}
		first = false
		kb, _ := json.Marshal(k)
		buf.Write(kb)
		buf.WriteByte(':')
		raw := extra[k]
		if len(raw) == 0 {
			raw = json.RawMessage("null")
		}
		buf.Write(raw)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}
