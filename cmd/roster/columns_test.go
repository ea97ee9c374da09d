package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// importDir holds the importer's fixtures, made by real writers.
var importDir = filepath.Join("..", "..", "internal", "sheet", "testdata", "import")

// TestExportJoinsGradeAndSection exports lists whose grade and section
// are in two columns (Swedish Excel's cp1252 csv with Årskurs and Klass;
// an openpyxl workbook with Stadium, mapped as Grade, and Klassbeteckning)
// and reads the upload file back with openpyxl: every class is the
// joined one, and the leaver is not in it.
func TestExportJoinsGradeAndSection(t *testing.T) {
	tests := []struct {
		file    string
		maps    []string
		classes [][2]string // Email prefix, Class
	}{
		{"columns_cp1252.csv", nil, [][2]string{{"asa.", "7A"}, {"bo.", "7B"}, {"cilla.", "8A"}, {"dan.", "9A"},
			{"eva.", "7A"}, {"filip.", "B"}, {"hugo.", "8B"}, {"ida.", "FA"}, {"jon.", ""}}},
		{"columns_openpyxl.xlsx", []string{"--map", "Stadium=Grade"}, [][2]string{{"kim.", "7A"}, {"lo.", "7B"},
			{"mia.", "8A"}, {"olle.", "9C"}, {"pia.", "9C"}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			args := append(append([]string{"export", "--out", t.TempDir(), "--date", "20260901"}, tt.maps...), filepath.Join(importDir, tt.file))
			code, stdout, stderr := runRoster(args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.Contains(stderr, "left out 1 row marked to be left out") {
				t.Errorf("stderr does not count the leaver: %s", stderr)
			}
			rows := openpyxlColumns(t, strings.TrimSpace(stdout), 0, 3)
			var got [][2]string
			for _, r := range rows {
				got = append(got, [2]string{r[0][:strings.IndexByte(r[0], '.')+1], r[1]})
			}
			if !reflect.DeepEqual(got, tt.classes) {
				t.Errorf("openpyxl reads Email, Class %q, want %q", got, tt.classes)
			}
		})
	}
}

// TestCheckReportsLeavers: `roster check` says how many rows it left out,
// in the text (the notice) and in the JSON (left_out and the notice).
func TestCheckReportsLeavers(t *testing.T) {
	path := filepath.Join(importDir, "columns_cp1252.csv")
	_, text, _ := runRoster("check", path)
	for _, want := range []string{
		`left 1 row out of the upload file: the column "Status" says the person has left`,
		`joined the grade (column "Årskurs") and the section (column "Klass") into the class on 6 rows, such as 7A`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	_, out, _ := runRoster("check", "--json", path)
	var rep struct {
		LeftOut int `json:"left_out"`
		Notices []struct {
			Code string `json:"code"`
		} `json:"notices"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	codes := []string{}
	for _, n := range rep.Notices {
		codes = append(codes, n.Code)
	}
	if rep.LeftOut != 1 || !reflect.DeepEqual(codes, []string{"grade_joined", "leavers"}) {
		t.Errorf("left_out %d, notices %q", rep.LeftOut, codes)
	}
}

// openpyxlColumns reads the columns cols of the upload file's rows below
// the header through openpyxl in read-only mode, or skips the test when
// /usr/bin/python3 has no openpyxl.
func openpyxlColumns(t *testing.T, path string, cols ...int) [][]string {
	t.Helper()
	var out [][]string
	for _, r := range openpyxlUpload(t, path) {
		var picked []string
		for _, c := range cols {
			picked = append(picked, r[c])
		}
		out = append(out, picked)
	}
	return out
}

// openpyxlUpload reads every row of the upload file at path below its
// header, each cell as text, through openpyxl in read-only mode (the mode
// that trusts the sheet's dimension), or skips the test when
// /usr/bin/python3 has no openpyxl.
func openpyxlUpload(t *testing.T, path string) [][]string {
	t.Helper()
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("no openpyxl for %s: %v", python, err)
	}
	script := `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
print(json.dumps([[c or "" for c in r] for r in ws.iter_rows(values_only=True)]))
`
	raw, err := exec.Command(python, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var rows [][]string
	header := []string{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID"}
	if err := json.Unmarshal(raw, &rows); err != nil || len(rows) == 0 || !slices.Equal(rows[0], header) {
		t.Fatalf("openpyxl: %v, %q", err, raw)
	}
	return rows[1:]
}
