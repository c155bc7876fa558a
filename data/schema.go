package data

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	jskind "github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// schemaJSON is the official JSON Resume schema (draft-07, 1.x), copied
// unchanged from the jsonresume project (MIT).
//
//go:embed schema.json
var schemaJSON []byte

// schemaURL names the embedded schema inside the compiler; nothing is
// fetched from the network.
const schemaURL = "https://vitae.invalid/jsonresume-schema.json"

// compiledSchema compiles the schema on first use, not at package init:
// the TUI draws its first frame before anything is loaded, and compiling
// costs milliseconds. sync.OnceValues makes it safe for concurrent loads.
var compiledSchema = sync.OnceValues(compileSchema)

// resumeSchema is the compiled JSON Resume schema.
func resumeSchema() *jsonschema.Schema { s, _ := compiledSchema(); return s }

// sectionKeys are the top-level keys the schema defines.
func sectionKeys() map[string]bool { _, k := compiledSchema(); return k }

// compileSchema compiles the embedded schema and lists its top-level keys.
func compileSchema() (*jsonschema.Schema, map[string]bool) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		panic("data: embedded schema.json: " + err.Error())
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		panic("data: embedded schema.json: " + err.Error())
	}
	sch := c.MustCompile(schemaURL)
	keys := map[string]bool{}
	if m, ok := doc.(map[string]any); ok {
		if props, ok := m["properties"].(map[string]any); ok {
			for k := range props {
				keys[k] = true
			}
		}
	}
	return sch, keys
}

// leaf is one schema violation with where it is.
type leaf struct {
	path []string
	kind jsonschema.ErrorKind
}

// validateSchema checks root against the JSON Resume schema and reports
// each violation at its value, in words. Format violations (uri, email)
// are warnings: real résumés write "example.dev" for a URL. Pattern
// violations of dates are left to the date checks (checkDates), which know
// the leniencies and say exactly what is wrong.
func validateSchema(root *value, rep *report, dates map[string]*dateInfo) {
	err := resumeSchema().Validate(root.toAny())
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return
	}
	var leaves []leaf
	collectLeaves(ve, &leaves)
	sort.SliceStable(leaves, func(i, j int) bool {
		return strings.Join(leaves[i].path, "/") < strings.Join(leaves[j].path, "/")
	})
	printer := message.NewPrinter(language.English)
	for _, l := range leaves {
		v := root.at(l.path)
		where := humanPath(root, l.path)
		switch k := l.kind.(type) {
		case *jskind.Type:
			rep.errorf(v.Pos, "%s: must be %s, got %s — %s", where, wantTypes(k.Want), v.Kind, typeHint(l.path, v, k.Want))
		case *jskind.Format:
			rep.warnf(v.Pos, "%s: %s", where, formatHint(v, k.Want))
		case *jskind.Pattern:
			if _, isDate := dates[strings.Join(l.path, "/")]; isDate {
				continue
			}
			rep.errorf(v.Pos, "%s: %q does not have the form the schema asks for (%s)", where, clip(k.Got), k.Want)
		default:
			rep.errorf(v.Pos, "%s: %s", where, k.LocalizedString(printer))
		}
	}
}

func collectLeaves(e *jsonschema.ValidationError, out *[]leaf) {
	if len(e.Causes) == 0 {
		*out = append(*out, leaf{e.InstanceLocation, e.ErrorKind})
		return
	}
	for _, c := range e.Causes {
		collectLeaves(c, out)
	}
}

// wantTypes names the accepted JSON types: "a string", "a list".
func wantTypes(want []string) string {
	names := make([]string, len(want))
	for i, w := range want {
		switch w {
		case "string":
			names[i] = "a string"
		case "array":
			names[i] = "a list"
		case "object":
			names[i] = "an object"
		case "number", "integer":
			names[i] = "a number"
		case "boolean":
			names[i] = "true or false"
		default:
			names[i] = w
		}
	}
	return strings.Join(names, " or ")
}

// typeHint says how to fix a value of the wrong type.
func typeHint(path []string, v *value, want []string) string {
	if len(want) != 1 {
		return "change the value or remove the key"
	}
	switch want[0] {
	case "string":
		if v.Plain && (v.Kind == kNumber || v.Kind == kBool) {
			return fmt.Sprintf("in YAML, quote it: \"%s\"", v.Str)
		}
		if v.Kind == kArray {
			return "write the items as one text, or remove the key"
		}
		return fmt.Sprintf("write %s in quotes or remove the key", noun(path))
	case "array":
		if v.Kind == kString {
			return "put it in a list: [\"…\"]"
		}
		return "write a list [ … ] or remove the key"
	case "object":
		return "write an object { … } or remove the key"
	}
	return "change the value or remove the key"
}

// noun names what a key holds, with an article: "a name", "a start date".
func noun(path []string) string {
	if len(path) == 0 {
		return "the value"
	}
	last := path[len(path)-1]
	if last == "" || (last[0] >= '0' && last[0] <= '9') {
		return "the text"
	}
	switch last {
	case "url", "$schema":
		return "a URL"
	case "countryCode":
		return "a country code"
	case "canonical":
		return "a canonical URL"
	case "lastModified":
		return "a last-modified date"
	}
	var b strings.Builder
	for _, r := range last {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte(' ')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	w := b.String()
	if strings.ContainsRune("aeio", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

// formatHint explains a format violation (a warning).
func formatHint(v *value, format string) string {
	switch format {
	case "uri":
		if strings.Contains(v.Str, "://") {
			return fmt.Sprintf("%q is not a valid URL — check it for spaces and typos", clip(v.Str))
		}
		return fmt.Sprintf("%q is not a full URL — write it with its scheme, like https://%s, so links work", clip(v.Str), clip(v.Str))
	case "email":
		return fmt.Sprintf("%q does not look like an email address", clip(v.Str))
	}
	return fmt.Sprintf("%q is not a valid %s", clip(v.Str), format)
}
