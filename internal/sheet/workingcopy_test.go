package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// workingRoster is a roster as the user has it in the editor: values not
// yet fixed, extra columns, protected rows.
func workingRoster() *roster.Roster {
	r := roster.New()
	r.AddExtraColumn("Personnummer")
	r.AddExtraColumn("Anteckning")
	add := func(extra []string, protected bool, v ...string) {
		row := r.Append([roster.NumFields]string(v))
		row.Extra, row.Protected = extra, protected
	}
	add([]string{"200101011234", "ny elev"}, false,
		"åsa@skola.se", "Åsa", "Östlund 😀", "9 a", "Ängby skola", "Borås", "Elev", "123456789012")
	add(nil, true, "hidden@skola.se", "Hemlig", "Person", "8C", "Ängby skola", "Borås", "Elev", "")
	add([]string{"", "=SUM(A1)"}, false, "+46701234567", "0701234567", "-5", "9b", "@home", "Borås", "Lärare", "0701")
	add([]string{"19991231-0000"}, false, "", "", "", "", "", "", "", "") // only an extra value
	add(nil, false, "1e5", "TRUE", "1/2", "åk 9c", "00:30", "Borås", "", "12345678901234567890")
	return r
}

// rosterRecords is what a roster holds, row by row, for comparing: the
// values, the extra values and the protected mark.
func rosterRecords(r *roster.Roster) (columns []string, rows [][]string) {
	for _, row := range r.Rows {
		if row.Blank() {
			continue
		}
		rec := append([]string(nil), row.Values[:]...)
		for i := range r.ExtraColumns {
			rec = append(rec, row.ExtraValue(i))
		}
		mark := "no"
		if row.Protected {
			mark = "protected"
		}
		rows = append(rows, append(rec, mark))
	}
	return r.ExtraColumns, rows
}

func TestWorkingCopyRoundTrip(t *testing.T) {
	r := workingRoster()
	r.Append([roster.NumFields]string{}) // blank: not kept
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := SaveWorkingCopy(path, r); err != nil {
		t.Fatalf("%v (verifyWorkingCopy must compare with workingCopyReadBack(records))", err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Sheet != "Roster" || imp.HeaderRow != 1 || imp.ProtectedColumn != "Protected" {
		t.Errorf("import: sheet %q, header row %d, protected column %q", imp.Sheet, imp.HeaderRow, imp.ProtectedColumn)
	}
	wantCols, wantRows := rosterRecords(r)
	// The importer trims values and writes roles as student/teacher.
	wantRows = workingCopyReadBack(append([][]string{nil}, wantRows...))[1:]
	gotCols, gotRows := rosterRecords(imp.Roster)
	if !reflect.DeepEqual(gotCols, wantCols) {
		t.Errorf("extra columns = %q, want %q", gotCols, wantCols)
	}
	if !reflect.DeepEqual(gotRows, wantRows) {
		t.Errorf("rows read back:\n got %q\nwant %q", gotRows, wantRows)
	}
	xml := sheetXML(t, path)
	if strings.Contains(xml, `t="n"`) || strings.Contains(xml, "<f>") || strings.Contains(xml, "<f ") {
		t.Error("working copy has a number or formula cell")
	}
}

func TestWorkingCopySurroundingSpaces(t *testing.T) {
	r := roster.New()
	r.Append([roster.NumFields]string{" a@b.se", "Ann\u200b ", "  Öberg  ", "9 a", "Skola", "Borås", "elev", ""})
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := SaveWorkingCopy(path, r); err != nil {
		t.Fatalf("a roster whose values have surrounding spaces or invisible characters cannot be saved: %v", err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := [roster.NumFields]string{"a@b.se", "Ann", "Öberg", "9 a", "Skola", "Borås", "student", ""}
	if len(imp.Roster.Rows) != 1 || imp.Roster.Rows[0].Values != want {
		t.Errorf("read back %d rows: %+v", len(imp.Roster.Rows), imp.Roster.Rows)
	}
}

func TestWorkingCopyReadBack(t *testing.T) {
	in := [][]string{
		{"Email", "FirstName", "LastName", "Class", "School", "Municipality", "Role", "SSOID", " Extra ", "Protected"},
		{" a@b.se", "Ann\u200b ", "Öberg", " 9 a ", "S", "B", " Lärare\u00ad ", "", " x\u200b ", "yes"},
		{"", "", "", "", "", "", "Rektor?", "", "", ""},
	}
	// Fields lose invisible characters; other columns keep them.
	want := [][]string{
		in[0],
		{"a@b.se", "Ann", "Öberg", "9 a", "S", "B", "teacher", "", "x\u200b", "yes"},
		{"", "", "", "", "", "", "Rektor?", "", "", ""},
	}
	got := workingCopyReadBack(in)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if in[1][0] != " a@b.se" {
		t.Error("the records given were changed")
	}
	if err := compareRecords(got, want); err != nil {
		t.Error(err)
	}
	if err := compareRecords(in, want); err == nil || err.Error() != "row 2, column 1 reads back differently" {
		t.Errorf("compareRecords = %v", err)
	}
	if err := compareRecords(in[:2], want); err == nil {
		t.Error("compareRecords missed a row")
	}
}

func TestWorkingCopyReplacesOld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "roster.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SaveWorkingCopy(path, workingRoster()); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(path); err != nil {
		t.Fatal(err)
	}
	assertNoTemp(t, dir)
}

// assertNoTemp fails if a temporary file was left in dir.
func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".tmp" {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

// TestWorkingCopyKeepsLeftOutAndHidden: rows left out of the upload file
// and rows the source workbook hid come back so from the working copy,
// whose two mark columns are no extra columns once read.
func TestWorkingCopyKeepsLeftOutAndHidden(t *testing.T) {
	r := workingRoster()
	// A leaver taken back into the file, and a section the user left
	// beside its grade, stay as the user has them.
	r.AddExtraColumn("Årskurs")
	r.AddExtraColumn("Status")
	r.Rows[2].Extra = []string{"", "=SUM(A1)", "8", "Utskriven"}
	r.Rows[2].Values[roster.Class] = "B"
	r.Rows[0].LeftOut = true
	r.Rows[2].Hidden = true
	r.Rows[4].LeftOut, r.Rows[4].Hidden = true, true
	path := filepath.Join(t.TempDir(), "arbetskopia.xlsx")
	if err := SaveWorkingCopy(path, r); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(imp.Roster.ExtraColumns, r.ExtraColumns) {
		t.Errorf("extra columns %q, want %q", imp.Roster.ExtraColumns, r.ExtraColumns)
	}
	var got, want []string
	for _, rows := range [][]*roster.Row{r.Rows, imp.Roster.Rows} {
		var marks []string
		for _, row := range rows {
			if !row.Blank() {
				marks = append(marks, fmt.Sprintf("%v %v", row.LeftOut, row.Hidden))
			}
		}
		want, got = got, marks
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("marks read back %q, want %q", got, want)
	}
	if c := imp.Roster.Rows[2].Values[roster.Class]; c != "B" {
		t.Errorf("the section the user left reads back as %q", c)
	}
	if records := WorkingCopyRecords(r); !reflect.DeepEqual(records[0][len(records[0])-2:], []string{"Left out", "Hidden"}) {
		t.Errorf("header ends %q", records[0])
	}
	if records := WorkingCopyRecords(workingRoster()); records[0][len(records[0])-1] != "Protected" {
		t.Errorf("a roster without the marks has their columns: %q", records[0])
	}
}
