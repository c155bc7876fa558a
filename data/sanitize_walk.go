package data

import (
	"reflect"

	"github.com/vitae-cli/vitae/model"
)

// multiLine names the Resume fields whose text may span lines; they keep
// newlines and tabs (model.Sanitize). Every other text field is one line
// (model.SanitizeLine).
var multiLine = map[string]bool{
	"Summary": true, "Description": true, "Highlights": true,
	"Address": true, "Reference": true,
}

// sanitizeResume makes every text field of r safe to draw, in place:
// control and escape sequences are removed from strings and lists of
// strings, at any depth. Extra (the keys vitae does not model) is kept
// byte for byte, so it is written back as the user wrote it; code that
// shows Extra must sanitize what it shows.
func sanitizeResume(r *model.Resume) {
	if r != nil {
		sanitizeValue(reflect.ValueOf(r).Elem(), false)
	}
}

// sanitizeValue walks v; multi says whether strings found here are
// multi-line.
func sanitizeValue(v reflect.Value, multi bool) {
	switch v.Kind() {
	case reflect.String:
		if multi {
			v.SetString(model.Sanitize(v.String()))
		} else {
			v.SetString(model.SanitizeLine(v.String()))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			sanitizeValue(v.Elem(), multi)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			sanitizeValue(v.Index(i), multi)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Type == reflect.TypeOf(model.Extra(nil)) {
				continue
			}
			sanitizeValue(v.Field(i), multiLine[f.Name])
		}
	}
}
