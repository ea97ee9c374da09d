package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"rosterdesk/assets"
	"rosterdesk/internal/sheet"
	"rosterdesk/internal/testenv"
)

// runRoster runs one command line in-process, in an environment without a
// language so that it speaks English wherever the tests run, and returns
// its exit code and what it printed.
func runRoster(args ...string) (code int, stdout, stderr string) {
	return runRosterIn(nil, args...)
}

// runRosterIn runs the command line as runRoster does, in an environment
// of env alone.
func runRosterIn(env map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = testRunner(env).run(args, &out, &errs)
	return code, out.String(), errs.String()
}

// testRunner is a run in an environment of env alone.
func testRunner(env map[string]string) *runner {
	return &runner{getenv: func(k string) string { return env[k] }}
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// cleanCSV is a small roster without errors.
const cleanCSV = "Email,FirstName,LastName,Class,School,Municipality,Role,SSOID\n" +
	"tova.lind@skola.example.se,Tova,Lind,9A,Norrskolan,Borås,student,100000000001\n" +
	"eskil.berg@skola.example.se,Eskil,Berg,,Norrskolan,Borås,teacher,\n"

// sampleProblems are the problems of the sample list, as
// "row field severity code", rows as the user sees them.
var sampleProblems = []string{
	"7 Class warning class_format",
	"8 Class error class_grade_only",
	"11 Class warning class_format",
	"12 Email error email_invalid",
	"13 Email error missing",
	"17 Email error email_duplicate",
	"18 Email error email_duplicate",
	"22 Municipality warning spelling_variant",
	"24 Class error class_missing",
	"27 Role error role_unknown",
	"30 Class warning class_teacher",
}

// checkJSON runs `roster check --json` on path (and more) and decodes its
// report.
func checkJSON(t *testing.T, path string, wantCode int, more ...string) report {
	t.Helper()
	code, stdout, stderr := runRoster(append([]string{"check", "--json", path}, more...)...)
	if code != wantCode {
		t.Fatalf("exit %d, want %d; stderr: %s", code, wantCode, stderr)
	}
	var rep report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, stdout)
	}
	return rep
}

// problemLines lists a report's problems as "row field severity code".
func problemLines(rep report) []string {
	var out []string
	for _, p := range rep.Problems {
		out = append(out, strings.Join([]string{strconv.Itoa(p.Row), p.Field, p.Severity, p.Code}, " "))
	}
	return out
}

func TestCheckSampleJSON(t *testing.T) {
	path := writeFile(t, assets.SampleRosterName, assets.SampleRoster)
	rep := checkJSON(t, path, exitProblems)
	if rep.File != path || rep.HeaderRow != 4 || rep.Rows != 28 || rep.Students != 23 ||
		rep.Teachers != 4 || rep.Protected != 2 {
		t.Errorf("summary = file %q, header %d, rows %d, students %d, teachers %d, protected %d",
			rep.File, rep.HeaderRow, rep.Rows, rep.Students, rep.Teachers, rep.Protected)
	}
	if rep.Columns["Email"] != "E-post" || rep.Columns["FirstName"] != "Förnamn" || rep.Columns["Role"] != "Roll" {
		t.Errorf("columns = %v", rep.Columns)
	}
	for _, p := range rep.Problems {
		if p.Message == "" {
			t.Errorf("row %d %s: empty message", p.Row, p.Code)
		}
	}
	if got := problemLines(rep); strings.Join(got, "\n") != strings.Join(sampleProblems, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(sampleProblems, "\n"))
	}
}

func TestCheckHumanOutput(t *testing.T) {
	path := writeFile(t, assets.SampleRosterName, assets.SampleRoster)
	code, stdout, _ := runRoster("check", path)
	if code != exitProblems {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"row 8, Class: ", "row 30, Class: warning: ", "7 errors, 4 warnings"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	// Errors are listed before warnings.
	if strings.Index(stdout, "row 30, Class") < strings.Index(stdout, "row 27, Role") {
		t.Errorf("warnings before errors:\n%s", stdout)
	}
}

func TestCheckCleanFileExitsZero(t *testing.T) {
	path := writeFile(t, "clean.csv", []byte(cleanCSV))
	// The flag may also follow the file.
	code, stdout, stderr := runRoster("check", path, "--json")
	if code != exitOK {
		t.Fatalf("exit %d; %s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, `"problems": []`) {
		t.Errorf("want an empty problems list:\n%s", stdout)
	}
}

func TestUnreadableFilesExitTwoWithOneLine(t *testing.T) {
	dir := t.TempDir()
	cases := map[string][]byte{
		"empty.xlsx":     {},
		"random.xlsx":    bytes.Repeat([]byte{0x00, 0xff, 0x13, 0x37, 0x80}, 400),
		"truncated.xlsx": []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"),
		"old.xls":        append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...),
		"noheader.csv":   []byte("a;b;c\n1;2;3\n"),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			code, stdout, stderr := runRoster("check", "--json", path)
			if code != exitUnreadable {
				t.Errorf("exit %d, want %d", code, exitUnreadable)
			}
			if stdout != "" {
				t.Errorf("stdout should be empty, got %q", stdout)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.Contains(stderr, name) {
				t.Errorf("want one line naming %s, got %q", name, stderr)
			}
			if d := time.Since(start); d > testenv.HangBound {
				t.Errorf("took %v", d)
			}
		})
	}
	code, _, stderr := runRoster("check", filepath.Join(dir, "missing.xlsx"))
	if code != exitUnreadable || !strings.Contains(stderr, "missing.xlsx") {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"check"}, {"check", "a.csv", "b.csv"}, {"check", "--bogus", "a.csv"}} {
		if code, _, _ := runRoster(args...); code != exitUnreadable {
			t.Errorf("%q: exit %d, want %d", args, code, exitUnreadable)
		}
	}
}

func TestExportRefusesWhileErrorsRemain(t *testing.T) {
	path := writeFile(t, assets.SampleRosterName, assets.SampleRoster)
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260901", path)
	if code != exitProblems {
		t.Fatalf("exit %d, want %d", code, exitProblems)
	}
	if stdout != "" || !strings.Contains(stderr, "row 8, Class") || !strings.Contains(stderr, "nothing written") {
		t.Errorf("stdout %q, stderr %q", stdout, stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("wrote %d files despite errors", len(entries))
	}
}

func TestExportWritesNamedFile(t *testing.T) {
	path := writeFile(t, "clean.csv", []byte(cleanCSV))
	out := t.TempDir()
	code, stdout, stderr := runRoster("export", path, "--out", out, "--date", "20260901")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := filepath.Join(out, "Binogi_Borås_20260901.xlsx")
	if strings.TrimSpace(stdout) != want {
		t.Errorf("printed %q, want %q", stdout, want)
	}
	if _, err := os.Stat(want); err != nil {
		t.Error(err)
	}
	if !strings.Contains(stderr, "exported 2 rows") || !strings.Contains(stderr, "secure") {
		t.Errorf("summary: %q", stderr)
	}
}

func TestExportRejectsBadDate(t *testing.T) {
	path := writeFile(t, "clean.csv", []byte(cleanCSV))
	if code, _, stderr := runRoster("export", "--date", "2026-09-01", path); code != exitUnreadable || !strings.Contains(stderr, "yyyymmdd") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}

// The usage names --protected-list among the options of every file, not
// only under school data: it applies to an xlsx or csv too.
func TestUsageNamesTheProtectedListForEveryFile(t *testing.T) {
	for lang, school := range map[string]string{"en": "school data:", "sv": "skoldata:", "fi": "koulutiedot:"} {
		_, _, stderr := runRoster("--lang", lang)
		general, _, ok := strings.Cut(stderr, "\n"+school)
		if !ok || !strings.Contains(general, "\n  --protected-list ") {
			t.Errorf("--lang %s: the options of every file do not name --protected-list:\n%s", lang, stderr)
		}
	}
}

// TestUsageNamesEveryMapTarget: the usage's --map paragraph names every
// target --map takes, in every language (A8: Grade was left out).
func TestUsageNamesEveryMapTarget(t *testing.T) {
	for _, lang := range []string{"en", "sv", "fi"} {
		_, _, stderr := runRoster("--lang", lang)
		_, para, _ := strings.Cut(stderr, "\n  --map ")
		para, _, _ = strings.Cut(para, "\n  --")
		for _, target := range sheet.TargetNames() {
			if !strings.Contains(para, target) {
				t.Errorf("--lang %s: the --map usage does not name %s:\n%s", lang, target, para)
			}
		}
	}
}
