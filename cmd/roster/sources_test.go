package main

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// importFixture is a file of internal/sheet's import fixtures.
func importFixture(name string) string {
	return filepath.Join("..", "..", "internal", "sheet", "testdata", "import", name)
}

// staffCSV (Swedish Excel's cp1252 semicolon csv, no Municipality column)
// and pupilsXLSX (openpyxl) are one school's staff and pupils.
var staffCSV, pupilsXLSX = importFixture("staff_cp1252.csv"), importFixture("pupils_openpyxl.xlsx")

// TestCheckSeveralFiles: `roster check --json` reads both files into one
// list, each source with its own columns, and names each problem's file
// and sheet with the row number the user sees there.
func TestCheckSeveralFiles(t *testing.T) {
	rep := checkJSON(t, staffCSV, exitProblems, pupilsXLSX)
	if rep.Rows != 13 || rep.Teachers != 3 || rep.Students != 10 {
		t.Errorf("rows %d, teachers %d, students %d; want 13, 3, 10", rep.Rows, rep.Teachers, rep.Students)
	}
	if rep.File != staffCSV || len(rep.Sources) != 2 {
		t.Fatalf("file %q, sources %+v", rep.File, rep.Sources)
	}
	staff, pupils := rep.Sources[0], rep.Sources[1]
	if staff.File != staffCSV || staff.Sheet != "" || staff.HeaderRow != 1 || staff.Rows != 3 || staff.Columns["Role"] != "Befattning" {
		t.Errorf("staff source %+v", staff)
	}
	if pupils.File != pupilsXLSX || pupils.Sheet != "Elever" || pupils.Rows != 10 || pupils.Columns["Role"] != "Roll" {
		t.Errorf("pupils source %+v", pupils)
	}
	if rep.Columns["Municipality"] != "Kommun" || rep.Columns["Role"] != "Befattning" {
		t.Errorf("columns %v: each field's first source", rep.Columns)
	}
	var got []string
	for _, p := range rep.Problems {
		got = append(got, strings.Join([]string{p.File, p.Sheet, strconv.Itoa(p.Row), p.Field, p.Column, p.Code}, " "))
	}
	want := []string{
		staffCSV + "  2 Municipality  missing",
		staffCSV + "  3 Municipality  missing",
		staffCSV + "  4 Municipality  missing",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems\n%q\nwant\n%q", got, want)
	}
}

// TestCheckSeveralFilesText: the text output has a line per source and
// one for the whole list, and each problem names its file.
func TestCheckSeveralFilesText(t *testing.T) {
	code, stdout, stderr := runRoster("check", staffCSV, pupilsXLSX)
	if code != exitProblems {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		staffCSV + ": header on row 1: 3 rows (0 students, 3 teachers, 0 protected)\n",
		pupilsXLSX + `: sheet "Elever", header on row 1: 10 rows (10 students, 0 teachers, 0 protected)` + "\n",
		"in all: 13 rows (10 students, 3 teachers, 0 protected)\n",
		staffCSV + " row 2, Municipality: required, but empty\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no line %q in\n%s", want, stdout)
		}
	}
}

// TestExportSeveralFiles: staff and pupils make one upload file, the
// staff's municipality given with --municipality; excelize and openpyxl
// read every row back.
func TestExportSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runRoster("export", "--out", dir, "--date", "20260901", "--municipality", "Lillköping", staffCSV, pupilsXLSX)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := strings.TrimSpace(stdout)
	if filepath.Base(path) != "Binogi_Lillköping_20260901.xlsx" {
		t.Errorf("wrote %s", path)
	}
	if !strings.Contains(stderr, "exported 13 rows") {
		t.Errorf("summary: %s", stderr)
	}
	for reader, emails := range map[string][]string{"excelize": excelizeEmails(t, path), "openpyxl": openpyxlEmails(t, path)} {
		if len(emails) != 13 || emails[0] != "karin.stahl@lillkoping.example" || emails[12] != "jakob.jonsson@elev.lillkoping.example" {
			t.Errorf("%s reads %q", reader, emails)
		}
	}
}

// TestCheckMunicipalityNotice: --municipality is said after the summary,
// and the list has no more errors.
func TestCheckMunicipalityNotice(t *testing.T) {
	code, stdout, _ := runRoster("check", "--municipality", "Lillköping", staffCSV, pupilsXLSX)
	if code != exitOK || !strings.Contains(stdout, `filled in Municipality "Lillköping" on 3 rows that had none`) {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}

// TestSeveralFilesOneUnreadable: one file that cannot be read stops the
// whole run, naming that file; nothing is written.
func TestSeveralFilesOneUnreadable(t *testing.T) {
	dir := t.TempDir()
	bad := importFixture("calc.ods")
	code, stdout, stderr := runRoster("export", "--out", dir, "--municipality", "Lillköping", staffCSV, bad, pupilsXLSX)
	if code != exitUnreadable || stdout != "" || !strings.HasPrefix(stderr, filepath.Base(bad)+": ") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, "*")); len(entries) != 0 {
		t.Errorf("wrote %q", entries)
	}
}

// TestTwoMunicipalitiesAreAnError: rows of two municipalities in one list
// block the export, as the file's name carries one.
func TestTwoMunicipalitiesAreAnError(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runRoster("export", "--out", dir, "--municipality", "Storstad", staffCSV, pupilsXLSX)
	if code != exitProblems || !strings.Contains(stderr, "municipality") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// TestCheckEverySheet: `roster check --json` of a workbook with teachers
// and pupils on two sheets, and a title page, reads both lists; each
// problem names its sheet and the row Excel shows there.
func TestCheckEverySheet(t *testing.T) {
	path := importFixture("sheets_classes.xlsx")
	rep := checkJSON(t, path, exitProblems)
	if rep.Rows != 12 || len(rep.Sources) != 3 || rep.Sources[1].Sheet != "9A" || rep.Sources[1].Rows != 3 {
		t.Fatalf("rows %d, sources %+v", rep.Rows, rep.Sources)
	}
	seen := map[string]bool{}
	for _, p := range rep.Problems {
		if p.Code != "email_duplicate" || p.File != path {
			t.Errorf("problem %+v", p)
		}
		seen[p.Sheet+":"+strconv.Itoa(p.Row)] = true
	}
	for _, want := range []string{"Alla elever:2", "Alla elever:7", "9A:2", "9A:4", "9B:4"} {
		if !seen[want] {
			t.Errorf("no duplicate at %s: %v", want, seen)
		}
	}
	for _, name := range []string{"sheets_teachers_first.xlsx", "sheets_pupils_first.xlsx", "sheets_info.xlsx", "sheets_libreoffice.xlsx"} {
		rep := checkJSON(t, importFixture(name), exitOK)
		if rep.Rows != 22 || rep.Students != 20 || rep.Teachers != 2 || len(rep.Sources) != 2 {
			t.Errorf("%s: %d rows, %d students, %d teachers, %d sources", name, rep.Rows, rep.Students, rep.Teachers, len(rep.Sources))
		}
	}
}

// TestSheetOption: a sheet that looks like a list without a header is an
// error naming it; --sheet reads only the sheets named, and a name no
// workbook has exits 2.
func TestSheetOption(t *testing.T) {
	path := importFixture("sheets_unknown_table.xlsx")
	code, _, stderr := runRoster("check", path)
	if code != exitUnreadable || !strings.Contains(stderr, `sheet "Frånvaro" looks like a list`) {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if rep := checkJSON(t, path, exitOK, "--sheet", "ELEVER"); rep.Rows != 4 || len(rep.Sources) != 1 {
		t.Errorf("--sheet ELEVER: %d rows, %d sources", rep.Rows, len(rep.Sources))
	}
	code, _, stderr = runRoster("check", "--sheet", "Elever", "--sheet", "Personal", path, staffCSV)
	if code != exitUnreadable || !strings.Contains(stderr, `--sheet "Personal": no workbook read has a sheet of that name`) {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// TestWholeFileProblemNamesItsFile: a warning of a whole workbook (a
// sheet not read mentions protected identity), read after a csv, names
// that workbook and no sheet of it, in the JSON and in the text: not the
// first file's name, nor the first sheet of the workbook, which the
// warning is not about.
func TestWholeFileProblemNamesItsFile(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "elever.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Elever")
	f.SetSheetRow("Elever", "A1", &[]string{"Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll"})
	f.SetSheetRow("Elever", "A2", &[]string{"Tova", "Lind", "tova.lind@skola.example.se", "9A", "Norrskolan", "Borås", "Elev"})
	f.NewSheet("Info")
	f.SetCellStr("Info", "A1", "Elevlista HT26")
	f.SetCellStr("Info", "B3", "Elever med skyddad identitet: rad 12")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	rep := checkJSON(t, staffCSV, exitProblems, book)
	found := false
	for _, p := range rep.Problems {
		if p.Code != "sheet_mentions_protection" {
			continue
		}
		found = true
		if p.File != book || p.Sheet != "" || p.Row != 0 {
			t.Errorf("the warning is placed at file %q, sheet %q, row %d; want %q, no sheet, row 0", p.File, p.Sheet, p.Row, book)
		}
	}
	if !found {
		t.Fatalf("no sheet_mentions_protection in %+v", rep.Problems)
	}
	_, stdout, _ := runRoster("check", staffCSV, book)
	if want := book + `: warning: sheet "Info" was not read`; !strings.Contains(stdout, want) {
		t.Errorf("no line starting %q in\n%s", want, stdout)
	}
}
