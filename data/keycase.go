package data

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// checkKeyCase reports keys that differ from a JSON Resume key only in
// case ("StartDate", "startdate"). JSON Resume keys are case-sensitive and
// other tools ignore such a key, but encoding/json would read it as the
// real one, so the profile would mean something else in vitae than
// anywhere else: it is an error that names the right spelling.
func checkKeyCase(root *value, rep *report) {
	walkKeyCase(root, reflect.TypeOf(model.Resume{}), nil, root, rep)
}

func walkKeyCase(v *value, t reflect.Type, path []string, root *value, rep *report) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		if t.Kind() == reflect.Slice {
			if v.Kind != kArray || t.Elem().Kind() == reflect.String {
				return
			}
			for i, e := range v.Arr {
				walkKeyCase(e, t.Elem(), append(path, strconv.Itoa(i)), root, rep)
			}
			return
		}
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || v.Kind != kObject {
		return
	}
	exact := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		exact[name] = t.Field(i).Type
	}
	for _, m := range v.Obj {
		p := append(append([]string(nil), path...), m.Key)
		if ft, ok := exact[m.Key]; ok {
			walkKeyCase(m.Val, ft, p, root, rep)
			continue
		}
		// encoding/json matches keys with Unicode case folding
		// (strings.EqualFold): "ſtartDate" would be read as startDate.
		for want := range exact {
			if strings.EqualFold(m.Key, want) {
				rep.errorf(m.KeyPos, "%s: keys are case-sensitive — write %q (other JSON Resume tools ignore %q)",
					humanPath(root, p), want, clip(m.Key))
			}
		}
	}
}
