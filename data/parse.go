package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vitae-cli/vitae/model"
)

// Format is the syntax of a profile file.
type Format string

// The formats vitae reads and writes.
const (
	FormatJSON Format = "json"
	FormatYAML Format = "yaml"
)

// Limits applied to every file unless a Loader says otherwise.
const (
	MaxFileSize = 1 << 20 // bytes; a long résumé is under 50 KiB
	MaxDepth    = 64      // nesting of objects and lists
)

// FormatOf returns the format a file name's extension stands for: .json,
// .yaml or .yml (any case).
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return FormatJSON, true
	case ".yaml", ".yml":
		return FormatYAML, true
	}
	return "", false
}

// Loader reads profiles with its options; the zero Loader uses the system
// clock and the default limits. A Loader holds no state between calls, so
// one can serve many sessions at once.
type Loader struct {
	Clock    model.Clock // "now", for dates in the future; nil means model.SystemClock
	MaxSize  int64       // largest file read, in bytes; 0 means MaxFileSize
	MaxDepth int         // deepest nesting accepted; 0 means MaxDepth
}

func (l Loader) now() model.Clock {
	if l.Clock == nil {
		return model.SystemClock{}
	}
	return l.Clock
}

func (l Loader) maxSize() int64 {
	if l.MaxSize <= 0 {
		return MaxFileSize
	}
	return l.MaxSize
}

func (l Loader) maxDepth() int {
	if l.MaxDepth <= 0 {
		return MaxDepth
	}
	return l.MaxDepth
}

// Parse reads one document with the default Loader.
func Parse(name string, b []byte, f Format) (*model.Resume, []model.Problem) {
	return Loader{}.Parse(name, b, f)
}

// Validate lists every problem of one document with the default Loader.
func Validate(name string, b []byte, f Format) []model.Problem {
	return Loader{}.Validate(name, b, f)
}

// Parse reads one document named name (used in problems) in format f. It
// returns the sanitized Resume and every problem found, or a nil Resume
// when there is an error or the document is not a profile (a notice).
func (l Loader) Parse(name string, b []byte, f Format) (*model.Resume, []model.Problem) {
	r, rep := l.parse(name, b, f)
	return r, rep.sorted()
}

// Validate lists every problem of one document, for `vitae validate`.
func (l Loader) Validate(name string, b []byte, f Format) []model.Problem {
	_, rep := l.parse(name, b, f)
	return rep.sorted()
}

// bom is the UTF-8 byte order mark.
var bom = []byte{0xef, 0xbb, 0xbf}

func (l Loader) parse(name string, b []byte, f Format) (*model.Resume, *report) {
	rep := &report{file: name}
	if int64(len(b)) > l.maxSize() {
		rep.errorf(pos{}, "%s", tooBig(int64(len(b)), l.maxSize()))
		return nil, rep
	}
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		rep.errorf(pos{1, 1}, "the file is UTF-16 text — save it as UTF-8")
		return nil, rep
	}
	if bytes.HasPrefix(b, bom) {
		rep.warnf(pos{1, 1}, "the file starts with a byte order mark (BOM) — save it as UTF-8 without BOM")
		b = b[len(bom):]
	}
	var root *value
	var ok bool
	switch f {
	case FormatJSON:
		root, ok = parseJSON(b, rep, l.maxDepth())
	case FormatYAML:
		root, ok = parseYAML(b, rep, l.maxDepth())
	default:
		rep.errorf(pos{}, "unknown format %q — use json or yaml", string(f))
		return nil, rep
	}
	if !ok {
		return nil, rep
	}
	switch {
	case root == nil:
		rep.notef(pos{}, "skipped: the file is empty")
		return nil, rep
	case root.Kind != kObject:
		rep.notef(root.Pos, "skipped: not a JSON Resume profile (the top level is %s; a profile is an object { … })", root.Kind)
		return nil, rep
	case !isProfile(root):
		// Not a résumé (a package.json, a docker-compose.yml): its own
		// oddities (anchors, duplicate keys) are none of our business.
		rep = &report{file: name}
		rep.notef(root.Pos, "skipped: not a JSON Resume profile (no basics, work, education or other JSON Resume key at the top level)")
		return nil, rep
	}
	checkKeyCase(root, rep)
	dates := checkDates(root, rep, l.now().Now())
	validateSchema(root, rep, dates)
	if rep.failed() {
		return nil, rep
	}
	checkEmpty(root, rep)
	res, err := decode(root)
	if err != nil {
		rep.errorf(root.Pos, "cannot read the profile: %v", err)
		return nil, rep
	}
	sanitizeResume(res)
	return res, rep
}

// decode turns a validated tree into a Resume.
func decode(root *value) (*model.Resume, error) {
	var r model.Resume
	if err := json.Unmarshal(appendJSON(nil, root, false, 0), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// tooBig says a file is over the size limit.
func tooBig(size, limit int64) string {
	return fmt.Sprintf("the file is %s (%d bytes); the limit is %s — a résumé is far smaller; is this the right file?",
		humanSize(size), size, humanSize(limit))
}

// humanSize writes a byte count as people read it: 1 MiB, 1.5 GiB, 900 B.
func humanSize(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	f := float64(n)
	u := 0
	for f >= 1024 && u < len(units)-1 {
		f /= 1024
		u++
	}
	if u == 0 || f == float64(int64(f)) {
		return fmt.Sprintf("%d %s", int64(f), units[u])
	}
	return fmt.Sprintf("%.1f %s", f, units[u])
}
