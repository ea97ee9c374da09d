package editor

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

func importFixture(name string) string {
	return filepath.Join("..", "sheet", "testdata", "import", name)
}

// readFixture reads one of sheet's import fixtures.
func readFixture(t *testing.T, name string) *sheet.Import {
	t.Helper()
	imp, err := sheet.ReadFile(importFixture(name))
	if err != nil {
		t.Fatal(err)
	}
	return imp
}

// TestAddRowsFromAnotherFile opens staff from Swedish Excel's cp1252 csv
// and adds the pupils of an openpyxl workbook: every row is in the
// document, each with its file, sheet and row number, and Undo takes the
// pupils back out as one edit.
func TestAddRowsFromAnotherFile(t *testing.T) {
	d := FromImport(readFixture(t, "staff_cp1252.csv"))
	if n := d.AddRows(readFixture(t, "pupils_openpyxl.xlsx")); n != 10 {
		t.Fatalf("added %d rows, want 10", n)
	}
	if d.Len() != 13 || !d.Dirty() {
		t.Fatalf("%d rows, dirty %v", d.Len(), d.Dirty())
	}
	var where []string
	for _, row := range d.Roster().Rows {
		s, ok := d.RowSource(row.ID)
		if !ok {
			t.Fatalf("row %d has no source", row.ID)
		}
		where = append(where, s.Label()+":"+strconv.Itoa(row.SourceLine))
	}
	want := "staff_cp1252.csv:2 staff_cp1252.csv:3 staff_cp1252.csv:4 pupils_openpyxl.xlsx:Elever:2"
	if got := strings.Join(where[:4], " "); got != want {
		t.Errorf("sources %s, want %s…", got, want)
	}
	if last := where[12]; last != "pupils_openpyxl.xlsx:Elever:11" {
		t.Errorf("last row from %s", last)
	}
	if len(d.Sources()) != 2 {
		t.Errorf("sources %v", d.Sources())
	}
	if label, _ := d.Undo(); label != "Add rows from file" || d.Len() != 3 {
		t.Errorf("undo %q left %d rows", label, d.Len())
	}
	d.Redo()
	if d.Len() != 13 {
		t.Errorf("redo: %d rows", d.Len())
	}
}

// TestAddRowsNewColumnsAndMarks: a column the document lacks is added,
// one it has is filled, and an unclear protected mark of the added file is
// listed on its row.
func TestAddRowsNewColumnsAndMarks(t *testing.T) {
	first, err := sheet.ReadCSV(strings.NewReader("Email;FirstName;LastName;Personnummer\na@x.se;A;A;20100101-0000\n"), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	d := FromImport(first)
	more, err := sheet.ReadCSV(strings.NewReader("Email;FirstName;LastName;Anteckning;Personnummer;Skyddad identitet\n"+
		"b@x.se;B;B;ny;20100202-0000;Kanske\n"), "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	e0, w0 := d.Checker().Counts()
	d.AddRows(more)
	if d.NumColumns() != int(roster.NumFields)+2 || d.ColumnName(Column(roster.NumFields+1)) != "Anteckning" {
		t.Fatalf("columns: %d", d.NumColumns())
	}
	row := d.Roster().Rows[1]
	if row.ExtraValue(0) != "20100202-0000" || row.ExtraValue(1) != "ny" || !row.Protected {
		t.Errorf("added row: %q, protected %v", row.Extra, row.Protected)
	}
	if got := codes(d.Checker().RowProblems(row.ID)); len(got) != 1 || got[0] != "protected_value" {
		t.Errorf("problems of the added row: %q", got)
	}
	d.Undo()
	if e, w := d.Checker().Counts(); e != e0 || w != w0 {
		t.Errorf("after undo %d errors, %d warnings; before %d, %d", e, w, e0, w0)
	}
}

// TestJournalKeepsAddedRowsAndTheirSources: a crash after Add rows from
// file restores the rows, the new column and where each row came from.
func TestJournalKeepsAddedRowsAndTheirSources(t *testing.T) {
	dir := t.TempDir()
	d := FromImport(readFixture(t, "staff_cp1252.csv"))
	startJournal(t, d, dir)
	d.SetCell(d.Roster().Rows[0].ID, FieldColumn(roster.Municipality), "Lillköping")
	more, err := sheet.ReadCSV(strings.NewReader("Email;FirstName;LastName;Anteckning\nb@x.se;B;B;ny\n"), "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	d.AddRows(more)
	got := crashAndRestore(t, d, dir)
	if state(got) != state(d) {
		t.Fatalf("restored:\n%s\nwant:\n%s", state(got), state(d))
	}
	last := got.Roster().Rows[got.Len()-1]
	if s, ok := got.RowSource(last.ID); !ok || s.File != "b.csv" || last.SourceLine != 2 {
		t.Errorf("restored row from %v %v, line %d", s, ok, last.SourceLine)
	}
}

// TestOpenEverySheet: the window's document of a workbook whose teachers
// and pupils are on two sheets holds every row of both, in either order,
// each row naming its sheet.
func TestOpenEverySheet(t *testing.T) {
	for _, name := range []string{"sheets_teachers_first.xlsx", "sheets_pupils_first.xlsx", "sheets_info.xlsx", "sheets_libreoffice.xlsx"} {
		d, err := Open(importFixture(name))
		if err != nil {
			t.Fatal(err)
		}
		s := d.Status()
		if s.Rows != 22 || s.Students != 20 || s.Teachers != 2 {
			t.Errorf("%s: %+v, want 20 pupils and 2 teachers", name, s)
		}
		sheets := map[string]int{}
		for _, row := range d.Roster().Rows {
			src, _ := d.RowSource(row.ID)
			sheets[src.Sheet]++
		}
		if sheets["Lärare"] != 2 || sheets["Elever"] != 20 {
			t.Errorf("%s: rows by sheet %v", name, sheets)
		}
	}
}

// TestAddRowsNumbers: rows added from a file keep the numbers Excel
// shows in it, and a row typed in afterwards is numbered after the last
// row read from any file.
func TestAddRowsNumbers(t *testing.T) {
	d := FromImport(readFixture(t, "staff_cp1252.csv"))
	d.AddRows(readFixture(t, "pupils_openpyxl.xlsx"))
	last := d.Roster().Rows[d.Len()-1]
	if n := d.RowNumber(last.ID); n != 11 {
		t.Errorf("the last pupil is row %d, want 11 as in the workbook", n)
	}
	typed := d.InsertRows(d.Len(), 1)[0]
	if n := d.RowNumber(typed); n != 12 {
		t.Errorf("a row typed in is %d, want 12", n)
	}
}

// TestMappingOfferOfEverySheet: a workbook whose teachers' sheet has no
// class column but whose pupils' sheet has one offers no mapping for
// Class: the columns of every sheet count.
func TestMappingOfferOfEverySheet(t *testing.T) {
	d, err := Open(importFixture("sheets_teachers_first.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if unknown, missing := d.MappingOffer(); len(unknown) != 0 || len(missing) != 0 {
		t.Errorf("offers to map %q, missing %v", unknown, missing)
	}
}

// TestAddRowsProtectsCopies: a pupil marked protected in the list stays
// protected in the rows added from a teacher's class list without a mark,
// and one marked in the added file protects the list's unmarked row, in
// the same edit that Undo takes back.
func TestAddRowsProtectsCopies(t *testing.T) {
	first, err := sheet.ReadCSV(strings.NewReader("Email;FirstName;LastName;Skyddad identitet\na@x.se;A;A;Ja\nb@x.se;B;B;Nej\n"), "sis.csv")
	if err != nil {
		t.Fatal(err)
	}
	d := FromImport(first)
	more, err := sheet.ReadCSV(strings.NewReader("Email;FirstName;LastName;Skyddad identitet\nA@x.se;A;A;\nb@x.se;B;B;Ja\n"), "klass.csv")
	if err != nil {
		t.Fatal(err)
	}
	d.AddRows(more)
	for i, row := range d.Roster().Rows {
		if !row.Protected {
			t.Errorf("row %d (%s) is not protected: every row is a copy of a marked person", i, row.Values[roster.Email])
		}
	}
	d.Undo()
	if d.Len() != 2 || d.Roster().Rows[1].Protected {
		t.Errorf("undo: %d rows, b@x.se protected %v", d.Len(), d.Roster().Rows[1].Protected)
	}
}

// A workbook of two sheets is one file: mapping reads both sheets again.
func TestRemapOneWorkbookOfTwoSheets(t *testing.T) {
	one, err := Open(importFixture("sheets_teachers_first.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if next, err := one.Remap(nil); err != nil || next.Len() != 22 {
		t.Errorf("Remap of one workbook of two sheets: %v", err)
	}
}

// TestAddRowsProtectsNamesakes: a teacher's class list added to the
// school system's list that gives a protected pupil (marked, with her
// school address) by the same name, school and class but a private
// address is protected as it comes in (tester A1: the window exported it
// with 0 errors); a namesake at another school is not. Opened the other
// way round, the list's row is protected by the added mark.
func TestAddRowsProtectsNamesakes(t *testing.T) {
	for _, order := range [][2]string{
		{"privacy_namesake_main.xlsx", "privacy_namesake_classlist.csv"},
		{"privacy_namesake_classlist.csv", "privacy_namesake_main.xlsx"},
	} {
		d := FromImport(readFixture(t, order[0]))
		d.AddRows(readFixture(t, order[1]))
		var protected []string
		for _, row := range d.Roster().Rows {
			if row.Protected {
				protected = append(protected, row.Values[roster.Email]+" "+row.Values[roster.School])
			}
		}
		slices.Sort(protected)
		want := "ebba.akerback@elev.exempelkommun.se Ekbackeskolan,ebba.akerback@gmail.com Ekbackeskolan"
		if strings.Join(protected, ",") != want {
			t.Errorf("%v: protected %q, want %s", order, protected, want)
		}
		var copies int
		for _, p := range d.Checker().Problems() {
			if strings.Contains(p.Message.String(), "(the same name, school and class)") {
				copies++
			}
		}
		if copies != 1 {
			t.Errorf("%v: %d warnings naming the marked row, want 1", order, copies)
		}
		d.Undo()
		if order[0] == "privacy_namesake_classlist.csv" && d.Roster().Rows[0].Protected {
			t.Errorf("%v: undo left the list's row protected", order)
		}
	}
}
