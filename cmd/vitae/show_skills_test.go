package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestShowSkills(t *testing.T) {
	code, out, errs := runCmd(t, "show", "colomina", "--skills")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, re := range []string{`(?m)^  Go\s.*2018–2026.*both$`, `(?m)^  Redis\s.*claimed only$`, `(?m)^  Terraform\s.*2018–2026`} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("text matrix lacks %s:\n%s", re, out)
		}
	}
	if strings.Contains(out, "Catalan") {
		t.Error("a spoken language is not a skill")
	}
	code, md, _ := runCmd(t, "show", "003", "--skills", "--format", "md")
	if code != 0 || !strings.Contains(md, "| Kafka ") {
		t.Errorf("markdown matrix: exit %d\n%s", code, md)
	}
	code, js, _ := runCmd(t, "show", "dsaiztc", "--skills", "--format", "json")
	var v any
	if code != 0 || json.Unmarshal([]byte(js), &v) != nil {
		t.Errorf("json matrix: exit %d, valid %v", code, json.Unmarshal([]byte(js), &v))
	}
	if code, _, errs := runCmd(t, "show", "003", "--skills", "--format", "yaml"); code != 2 || !strings.Contains(errs, "text, md or json") {
		t.Errorf("bad format: exit %d %q", code, errs)
	}
}

func TestShowSkillsUserTaxonomy(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "skills.yaml")
	os.WriteFile(good, []byte("- name: Gamedays\n  category: practice\n  aliases: [gameday, gamedays]\n"), 0o644)
	code, out, errs := runCmd(t, "show", "colomina", "--skills", "--taxonomy", good)
	if code != 0 || !strings.Contains(out, "Gamedays") {
		t.Errorf("user taxonomy not used: exit %d %s\n%s", code, errs, out)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("- name: X\n  category: [oops\n"), 0o644)
	code, _, errs = runCmd(t, "show", "colomina", "--skills", "--taxonomy", bad)
	if code != 1 || !strings.Contains(errs, bad+":") {
		t.Errorf("bad taxonomy: exit %d, stderr %q", code, errs)
	}
}
