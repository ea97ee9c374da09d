package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// producerFixtures are files made by the programs users export from, kept
// with the importer's tests.
var producerFixtures = []string{
	"libreoffice.xlsx", "gnumeric.xlsx", "openpyxl.xlsx", "excelize.xlsx",
	"csv_semicolon_cp1252.csv", "csv_tab_utf16le.csv", "csv_multiline.csv",
	"titles_cp1252.csv", "titles_openpyxl.xlsx", "columns_cp1252.csv",
}

// TestCheckGolden runs `roster check --json` on files made by LibreOffice,
// Gnumeric, openpyxl, excelize and Swedish Excel csv, and compares the
// whole report with a golden file (rewrite with -update, then read the
// diff: every problem must be one the file really holds, at its row).
func TestCheckGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "internal", "sheet", "testdata", "import")
	for _, name := range producerFixtures {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			code, stdout, stderr := runRoster("check", "--json", path)
			if code == exitUnreadable {
				t.Fatalf("unreadable: %s", stderr)
			}
			got := []byte(strings.ReplaceAll(stdout, path, name))
			golden := filepath.Join("testdata", "check", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s:\n%s", golden, got)
			}
		})
	}
}

// TestProducersReportTheSameProblems checks the sample list as LibreOffice,
// Gnumeric, openpyxl and Swedish Excel's csv write it: each must report the
// very problems of the sample, on the rows the user sees.
func TestProducersReportTheSameProblems(t *testing.T) {
	for _, name := range []string{"libreoffice.xlsx", "gnumeric.xlsx", "openpyxl.xlsx", "excel-sv.csv"} {
		t.Run(name, func(t *testing.T) {
			rep := checkJSON(t, filepath.Join("testdata", "producers", name), exitProblems)
			if rep.HeaderRow != 4 || rep.Rows != 28 || rep.Students != 23 || rep.Teachers != 4 || rep.Protected != 2 {
				t.Errorf("header %d, rows %d, students %d, teachers %d, protected %d",
					rep.HeaderRow, rep.Rows, rep.Students, rep.Teachers, rep.Protected)
			}
			if got := problemLines(rep); strings.Join(got, "\n") != strings.Join(sampleProblems, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(sampleProblems, "\n"))
			}
		})
	}
}
