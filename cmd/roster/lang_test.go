package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"rosterdesk/assets"
)

func TestLangFlagSwedish(t *testing.T) {
	t.Parallel() // each run has its own language
	path := writeFile(t, assets.SampleRosterName, assets.SampleRoster)
	for _, args := range [][]string{
		{"--lang", "sv", "check", path},
		{"check", path, "--lang=sv"},
		{"check", "-lang", "sv", path},
	} {
		code, stdout, stderr := runRoster(args...)
		if code != exitProblems {
			t.Fatalf("%v: exit %d, want %d; stderr: %s", args, code, exitProblems, stderr)
		}
		for _, want := range []string{
			"rubrik på rad 4: 28 rader (23 elever, 4 lärare, 2 skyddade)",
			"rad 8, Class: ",
			"är bara årskursen: skriv klassen",
			"rad 30, Class: varning: lärare har ingen klass",
			"fel, ",
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, stdout)
			}
		}
		if strings.Contains(stdout, " row ") || strings.Contains(stdout, "warning") {
			t.Errorf("%v: English left in the Swedish output:\n%s", args, stdout)
		}
	}
}

func TestLangFromEnvironment(t *testing.T) {
	t.Parallel() // the environment is the run's, not the process's
	path := writeFile(t, assets.SampleRosterName, assets.SampleRoster)
	env := map[string]string{"LANG": "fi_FI.UTF-8"}
	_, stdout, _ := runRosterIn(env, "check", path)
	if !strings.Contains(stdout, "rivi 8, Class: ") || !strings.Contains(stdout, "oppilasta") {
		t.Errorf("LANG=fi_FI.UTF-8 does not give Finnish:\n%s", stdout)
	}
	_, stdout, _ = runRosterIn(env, "--lang", "en", "check", path)
	if !strings.Contains(stdout, "row 8, Class: ") {
		t.Errorf("--lang en does not win over LANG:\n%s", stdout)
	}
	// The JSON report is for scripts: English whatever the language.
	_, stdout, _ = runRosterIn(env, "check", "--json", path)
	var rep report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("--json output is not one JSON object: %v\n%s", err, stdout)
	}
	for _, p := range rep.Problems {
		if p.Code == "class_teacher" && !strings.HasPrefix(p.Message, "teachers have no class") {
			t.Errorf("--json message %q is not the English one", p.Message)
		}
	}
}

func TestLangUnknown(t *testing.T) {
	for _, args := range [][]string{{"--lang", "de", "check", "x.csv"}, {"check", "x.csv", "--lang"}} {
		code, _, stderr := runRoster(args...)
		if code != exitUnreadable || !strings.Contains(stderr, "en, sv") {
			t.Errorf("%v: exit %d, stderr %q; want exit %d naming the languages", args, code, stderr, exitUnreadable)
		}
	}
}

func TestLangUnreadableFile(t *testing.T) {
	// A workbook with two parts of the same name: refused with a message
	// that carries its translations.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for range 2 {
		w, err := zw.Create("xl/workbook.xml")
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("<workbook/>"))
	}
	zw.Close()
	path := writeFile(t, "lista.xlsx", buf.Bytes())
	_, _, en := runRoster("check", path)
	code, _, sv := runRoster("--lang", "sv", "check", path)
	if code != exitUnreadable || !strings.HasPrefix(sv, "lista.xlsx: ") || strings.Count(sv, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q: want one line naming the file", code, sv)
	}
	if !strings.Contains(en, "damaged") || !strings.Contains(sv, "skadad") {
		t.Errorf("want the English message in English and the Swedish in Swedish, got %q and %q", en, sv)
	}
}
