// Package linguist turns GitHub Linguist's language names and aliases (as
// shipped by github.com/go-enry/go-enry/v2/data) into taxonomy entries for
// the languages vitae recognises. It runs at `go generate` time and in a
// test that checks languages.yaml is current; the vitae binary never links
// it.
package linguist

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/go-enry/go-enry/v2/data"
)

// pick selects one Linguist language and says how vitae names it.
type pick struct {
	linguist string   // the Linguist name
	name     string   // vitae's canonical name, when it differs
	category string   // "" means "language"
	cased    bool     // the name is a common word: match its capitalised form only
	drop     []string // Linguist aliases that name something else or are common words
	keep     []string // short aliases kept despite the length rule
}

// picks are the languages a career document plausibly names. Linguist
// knows ~800; most (config file formats, obscure research languages, words
// like "Red" or "Io") would only add false matches.
var picks = []pick{
	{linguist: "ABAP"}, {linguist: "ActionScript"}, {linguist: "Ada", cased: true},
	{linguist: "Apex", cased: true}, {linguist: "AppleScript", drop: []string{"apples"}},
	{linguist: "Assembly", cased: true}, {linguist: "AutoHotkey"}, {linguist: "Awk"},
	{linguist: "Ballerina", cased: true}, {linguist: "Batchfile", drop: []string{"bat", "batch"}},
	{linguist: "Bicep", cased: true}, {linguist: "C", cased: true}, {linguist: "C#", drop: []string{"cake", "cakescript"}},
	{linguist: "C++"}, {linguist: "COBOL"}, {linguist: "CSS"}, {linguist: "Classic ASP"},
	{linguist: "Clojure"}, {linguist: "CoffeeScript"}, {linguist: "ColdFusion", drop: []string{"html"}},
	{linguist: "Common Lisp"}, {linguist: "Crystal", cased: true}, {linguist: "Cuda", name: "CUDA"},
	{linguist: "Cython", drop: []string{"pyrex"}}, {linguist: "Dart", cased: true}, {linguist: "Dhall"},
	{linguist: "Elixir", cased: true}, {linguist: "Elm", cased: true}, {linguist: "Emacs Lisp", drop: []string{"cask", "eask", "emacs"}},
	{linguist: "Erlang"}, {linguist: "F#"}, {linguist: "Fortran"}, {linguist: "GDScript"}, {linguist: "GLSL"},
	{linguist: "Gherkin", drop: []string{"cucumber"}}, {linguist: "Go", cased: true},
	{linguist: "Groovy", cased: true}, {linguist: "HCL", drop: []string{"opentofu", "terraform"}},
	{linguist: "HLSL"}, {linguist: "HTML"}, {linguist: "Haml"}, {linguist: "Handlebars", drop: []string{"hbs"}},
	{linguist: "Haskell"}, {linguist: "Haxe"}, {linguist: "Idris"},
	{linguist: "JSON", category: "format", drop: []string{"geojson", "jsonl", "sarif", "topojson"}},
	{linguist: "Java"}, {linguist: "JavaScript", drop: []string{"node"}, keep: []string{"js"}},
	{linguist: "Jinja", drop: []string{"django", "html+django", "html+jinja", "htmldjango"}},
	{linguist: "Jsonnet"}, {linguist: "Julia", cased: true}, {linguist: "Jupyter Notebook", category: "tool"},
	{linguist: "Kotlin"}, {linguist: "LabVIEW"}, {linguist: "Less", cased: true, drop: []string{"less-css"}},
	{linguist: "Liquid", cased: true}, {linguist: "Lua"}, {linguist: "MATLAB"},
	{linguist: "Makefile", category: "tool", drop: []string{"bsdmake", "make", "mf"}},
	{linguist: "Markdown", category: "format", drop: []string{"pandoc"}}, {linguist: "Mojo", cased: true},
	{linguist: "Mustache", cased: true}, {linguist: "Nim", cased: true}, {linguist: "Nix"},
	{linguist: "OCaml"}, {linguist: "Objective-C"}, {linguist: "Objective-C++"},
	{linguist: "Open Policy Agent", category: "infrastructure"}, {linguist: "OpenEdge ABL", drop: []string{"progress"}},
	{linguist: "PHP", drop: []string{"inc"}}, {linguist: "PLSQL", name: "PL/SQL"}, {linguist: "PLpgSQL", name: "PL/pgSQL"},
	{linguist: "Pascal", cased: true}, {linguist: "Perl"}, {linguist: "PowerShell"}, {linguist: "Prolog"},
	{linguist: "Protocol Buffer", name: "Protocol Buffers", category: "format", drop: []string{"proto"}},
	{linguist: "Pug", cased: true}, {linguist: "PureScript"}, {linguist: "Python", drop: []string{"rusthon"}},
	{linguist: "Q#"}, {linguist: "R", cased: true}, {linguist: "RPGLE", drop: []string{"ile"}},
	{linguist: "Racket", cased: true}, {linguist: "Raku"}, {linguist: "ReScript"},
	{linguist: "Ruby", drop: []string{"rake", "rbx"}}, {linguist: "Rust", cased: true}, {linguist: "SAS", cased: true},
	{linguist: "SCSS"}, {linguist: "SQL"}, {linguist: "Sass", cased: true}, {linguist: "Scala"},
	{linguist: "Scheme", cased: true}, {linguist: "Shell", cased: true, drop: []string{"bash", "envrc", "zsh"}},
	{linguist: "Slim", cased: true}, {linguist: "Smalltalk", drop: []string{"squeak"}}, {linguist: "Solidity", cased: true},
	{linguist: "Standard ML"}, {linguist: "Starlark", drop: []string{"bazel", "bzl"}}, {linguist: "Stata"},
	{linguist: "Stylus", cased: true}, {linguist: "Svelte", category: "framework"}, {linguist: "Swift", cased: true},
	{linguist: "SystemVerilog"}, {linguist: "TOML", category: "format"}, {linguist: "TSQL", name: "T-SQL"},
	{linguist: "Tcl", drop: []string{"sdc", "xdc"}}, {linguist: "TeX", name: "LaTeX", category: "tool"},
	{linguist: "Thrift", name: "Apache Thrift", category: "format"}, {linguist: "Twig", cased: true},
	{linguist: "TypeScript"}, {linguist: "VBA"}, {linguist: "VBScript"}, {linguist: "VHDL"}, {linguist: "Verilog"},
	{linguist: "Vim Script", drop: []string{"nvim", "vim"}}, {linguist: "Visual Basic .NET"},
	{linguist: "Visual Basic 6.0", drop: []string{"vb"}}, {linguist: "WebAssembly", drop: []string{"wast"}},
	{linguist: "Wolfram Language", drop: []string{"mma", "wl", "wolfram"}},
	{linguist: "XML", category: "format", drop: []string{"rss", "wsdl", "xsd"}}, {linguist: "YAML", category: "format"},
	{linguist: "Zig", cased: true},
}

// Generate returns languages.yaml: the picked languages with Linguist's
// aliases, in the taxonomy's YAML shape.
func Generate() ([]byte, error) {
	byName := map[string]data.LanguageInfo{}
	for _, li := range data.LanguageInfoByID {
		byName[li.Name] = li
	}
	var b bytes.Buffer
	b.WriteString(header)
	for _, p := range picks {
		li, ok := byName[p.linguist]
		if !ok {
			return nil, fmt.Errorf("linguist has no language %q", p.linguist)
		}
		name, cat := p.linguist, p.category
		if p.name != "" {
			name = p.name
		}
		if cat == "" {
			cat = "language"
		}
		var aliases []string
		if p.name != "" && !p.cased {
			aliases = append(aliases, p.linguist)
		}
		for _, a := range li.Aliases {
			l := strings.ToLower(a)
			if slices.Contains(p.drop, l) || (len(l) < 3 && !slices.Contains(p.keep, l)) || strings.EqualFold(l, name) {
				continue
			}
			if !slices.ContainsFunc(aliases, func(x string) bool { return strings.EqualFold(x, a) }) {
				aliases = append(aliases, a)
			}
		}
		fmt.Fprintf(&b, "- name: %s\n  category: %s\n", quote(name), cat)
		if p.cased {
			fmt.Fprintf(&b, "  cased: [%s]\n", quote(name))
		}
		if len(aliases) > 0 {
			q := make([]string, len(aliases))
			for i, a := range aliases {
				q[i] = quote(a)
			}
			fmt.Fprintf(&b, "  aliases: [%s]\n", strings.Join(q, ", "))
		}
	}
	return b.Bytes(), nil
}

// quote writes s as a YAML double-quoted scalar.
func quote(s string) string { return fmt.Sprintf("%q", s) }

const header = `# Code generated by "go generate ./data/taxonomy"; DO NOT EDIT.
#
# Programming, markup and data languages for vitae's skill taxonomy.
# Names and aliases come from GitHub Linguist (https://github.com/github/linguist,
# MIT licence) through github.com/go-enry/go-enry/v2/data; the choice of
# languages, the dropped aliases and the categories are vitae's
# (data/taxonomy/internal/linguist). skills.yaml is read after this file and
# replaces any entry with the same name.
`
