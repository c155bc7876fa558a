package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// variants rewrites a résumé the ways the same document reaches us in the
// wild, keeping its content: other bullet glyphs, no blank lines, Windows
// line ends and tabs, page footers between sections, indented text.
var variants = []struct {
	name string
	fn   func(string) string
}{
	{"bullets", func(s string) string {
		return regexp.MustCompile(`(?m)^(\s*)[-*•▸✅★–]\s`).ReplaceAllString(s, "${1}● ")
	}},
	{"no-blank-lines", func(s string) string {
		return regexp.MustCompile(`\n\s*\n+`).ReplaceAllString(s, "\n")
	}},
	{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"footers", func(s string) string {
		ls := strings.Split(s, "\n")
		var out []string
		for i, l := range ls {
			out = append(out, l)
			if i > 0 && i%12 == 0 {
				out = append(out, "", fmt.Sprintf("Page %d of 4", i/12), "")
			}
		}
		return strings.Join(out, "\n")
	}},
	{"indented", func(s string) string {
		return regexp.MustCompile(`(?m)^`).ReplaceAllString(s, "  ")
	}},
	{"ascii-dashes", func(s string) string { return strings.NewReplacer("–", "-", "—", "-").Replace(s) }},
	{"hard-wrap", hardWrap},
}

// hardWrap wraps lines longer than 72 bytes at a space, as a PDF export
// does, indenting a bullet's continuation under its text. Lines laid out in
// columns (runs of spaces) are left alone: they fit the page by design.
func hardWrap(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		indent := strings.Repeat(" ", len(l)-len(strings.TrimLeft(l, " ")))
		cont := indent
		if g, _ := splitGlyph(strings.TrimSpace(l)); g != "" {
			cont += "  "
		}
		for len(l) > 72 && !strings.Contains(l, "   ") {
			i := strings.LastIndex(l[:72], " ")
			if i <= len(indent)+2 {
				break
			}
			out = append(out, l[:i])
			l = cont + l[i+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// TestVariants imports every labelled résumé rewritten each way above and
// holds the role F1 and bullet recall over all variants to the same bars.
func TestVariants(t *testing.T) {
	labels, _ := filepath.Glob("testdata/labelled/*.json")
	sort.Strings(labels)
	for _, v := range variants {
		var total score
		var bad []string
		for _, lp := range labels {
			stem := strings.TrimSuffix(lp, ".json")
			src := stem + ".txt"
			if _, err := os.Stat(src); err != nil {
				src = stem + ".md"
			}
			b, _ := os.ReadFile(src)
			res, err := Import(filepath.Base(src), []byte(v.fn(string(b))), Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := loadLabel(t, lp)
			if v.name == "ascii-dashes" { // the text changed: so does the label
				for i := range want.Work {
					for j, h := range want.Work[i].Highlights {
						want.Work[i].Highlights[j] = v.fn(h)
					}
				}
			}
			s := scoreResume(filepath.Base(stem), want, res.Resume)
			if s.roleTP < s.roleExp || s.bulletOK < s.bulletN || s.nameOK < s.nameN {
				bad = append(bad, s.row())
			}
			total.add(s)
		}
		rf, br := f1(total.roleTP, total.rolePred, total.roleExp), ratio(total.bulletOK, total.bulletN)
		t.Logf("%-15s roleF1 %.3f dates %.3f bullets %.3f names %d/%d", v.name, rf, ratio(total.dateOK, total.dateN), br, total.nameOK, total.nameN)
		if os.Getenv("SCORE_DIFF") != "" && len(bad) > 0 {
			t.Logf("\n%s", strings.Join(bad, "\n"))
		}
		if rf < 0.90 || br < 0.92 {
			t.Errorf("%s: role F1 %.3f, bullets %.3f below the bars", v.name, rf, br)
		}
	}
}
