package sheet

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

func importFixture(name string) string { return filepath.Join("testdata", "import", name) }

// problemsWithCode returns the problems of imp that have code.
func problemsWithCode(imp *Import, code check.Code) []check.Problem {
	var out []check.Problem
	for _, p := range imp.Problems {
		if p.Code == code {
			out = append(out, p)
		}
	}
	return out
}

// TestReadAllStaffAndPupils reads staff from Swedish Excel's cp1252
// semicolon csv (no Municipality column) and pupils from an openpyxl
// workbook into one list: every row, each with its file and row number,
// each file with its own header, and the staff's municipality filled in.
func TestReadAllStaffAndPupils(t *testing.T) {
	staff, pupils := importFixture("staff_cp1252.csv"), importFixture("pupils_openpyxl.xlsx")
	imp, err := ReadAll([]string{staff, pupils}, ReadOptions{Municipality: " Lillköping "})
	if err != nil {
		t.Fatal(err)
	}
	if n := imp.Roster.Len(); n != 13 {
		t.Fatalf("%d rows, want 3 staff and 10 pupils", n)
	}
	if len(imp.Sources) != 2 || imp.Sources[0].File != staff || imp.Sources[0].Format != "csv" ||
		imp.Sources[0].Encoding != "Windows-1252" || imp.Sources[0].Delimiter != ';' || imp.Sources[0].Rows != 3 ||
		imp.Sources[1].File != pupils || imp.Sources[1].Sheet != "Elever" || imp.Sources[1].Rows != 10 {
		t.Errorf("sources = %+v", imp.Sources)
	}
	if _, ok := imp.Sources[0].Columns[roster.Municipality]; ok {
		t.Error("the staff file has no Municipality column")
	}
	if imp.Sources[1].Columns[roster.Municipality] != "Kommun" {
		t.Errorf("pupils' columns = %v", imp.Sources[1].Columns)
	}
	seen := map[roster.RowID]bool{}
	for i, row := range imp.Roster.Rows {
		src, ok := imp.Roster.SourceOf(row)
		wantFile, wantLine := staff, i+2
		if i >= 3 {
			wantFile, wantLine = pupils, i-3+2
		}
		if !ok || src.File != wantFile || row.SourceLine != wantLine {
			t.Errorf("row %d: source %v %v, line %d; want %s line %d", i, src, ok, row.SourceLine, wantFile, wantLine)
		}
		if seen[row.ID] || row.ID == 0 {
			t.Errorf("row %d: id %d taken twice", i, row.ID)
		}
		seen[row.ID] = true
		if m := row.Values[roster.Municipality]; m != "Lillköping" {
			t.Errorf("row %d: municipality %q", i, m)
		}
	}
	if got := imp.Roster.Rows[1].Values[roster.LastName]; got != "Ödman" {
		t.Errorf("cp1252 read as %q", got)
	}
	var codes []string
	for _, n := range imp.Notices {
		codes = append(codes, n.Code+" "+n.File+" "+n.Message.String())
	}
	want := []string{
		"teacher_titles " + staff + " read 1 job title as teacher: Förstelärare ×1",
		`municipality_filled ` + staff + ` filled in Municipality "Lillköping" on 3 rows that had none`,
	}
	if !slices.Equal(codes, want) {
		t.Errorf("notices\n%q\nwant\n%q", codes, want)
	}
}

// TestAppendMergesExtraColumnsAndProblems: extra columns of the same name
// become one, others are added; the reader's problems follow their rows'
// new ids.
func TestAppendMergesExtraColumnsAndProblems(t *testing.T) {
	a, err := ReadCSV(strings.NewReader("Email;FirstName;LastName;Personnummer;Skyddad identitet\n"+
		"a@x.se;A;A;20100101-0000;Nej\n"), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadCSV(strings.NewReader("Email;FirstName;LastName;Anteckning;Personnummer;Skyddad identitet\n"+
		"b@x.se;B;B;ny;20100202-0000;Kanske\n"), "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	a.Append(b)
	if got := a.Roster.ExtraColumns; !slices.Equal(got, []string{"Personnummer", "Anteckning"}) {
		t.Fatalf("extra columns %q", got)
	}
	row := a.Roster.Rows[1]
	if row.ExtraValue(0) != "20100202-0000" || row.ExtraValue(1) != "ny" || row.ID == a.Roster.Rows[0].ID {
		t.Errorf("second row: extra %q, id %d", row.Extra, row.ID)
	}
	if len(a.Problems) != 1 || a.Problems[0].Row != row.ID || !row.Protected {
		t.Errorf("the unclear mark of b.csv: %+v, protected %v", a.Problems, row.Protected)
	}
	if len(a.Sources) != 2 || row.Source != 2 || a.Roster.Rows[0].Source != 1 {
		t.Errorf("sources %+v; rows' %d, %d", a.Sources, a.Roster.Rows[0].Source, row.Source)
	}
}

// TestReadAllSharedPeople: the same pupils in two files are read twice (the
// duplicate rule flags them) and a notice names both files.
func TestReadAllSharedPeople(t *testing.T) {
	pupils, again := importFixture("pupils_openpyxl.xlsx"), importFixture("sheets_pupils_first.xlsx")
	imp, err := ReadAll([]string{pupils, again}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var shared []string
	for _, n := range imp.Notices {
		if n.Code == NoticeSharedPeople {
			shared = append(shared, n.Message.String())
		}
	}
	want := "10 people are on both pupils_openpyxl.xlsx:Elever and sheets_pupils_first.xlsx:Elever: " +
		"each of their rows shows as a duplicate until the ones not wanted are deleted"
	if len(shared) != 1 || shared[0] != want {
		t.Errorf("notices %q, want %q", shared, want)
	}
}

// TestReadAllUnreadable: one file that cannot be read fails the whole
// read, with an error naming it.
func TestReadAllUnreadable(t *testing.T) {
	bad := importFixture("old.xls")
	_, err := ReadAll([]string{importFixture("staff_cp1252.csv"), bad}, ReadOptions{})
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != bad {
		t.Fatalf("err = %v, want a FileError naming %s", err, bad)
	}
}

// TestReadAllSameFileTwice: a file given twice is refused, naming it:
// read twice, every person in it would be their own duplicate.
func TestReadAllSameFileTwice(t *testing.T) {
	staff := importFixture("staff_cp1252.csv")
	_, err := ReadAll([]string{staff, "./" + staff}, ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "given twice") {
		t.Errorf("err = %v", err)
	}
}
