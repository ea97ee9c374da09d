package sheet

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// sourcesOf lists where each row came from, as "Sheet:row".
func sourcesOf(imp *Import) []string {
	var out []string
	for _, row := range imp.Roster.Rows {
		s, _ := imp.Roster.SourceOf(row)
		out = append(out, fmt.Sprintf("%s:%02d", s.Sheet, row.SourceLine))
	}
	return out
}

func noticeCodes(imp *Import) []string {
	var out []string
	for _, n := range imp.Notices {
		out = append(out, n.Code+": "+n.Message.String())
	}
	return out
}

// TestEverySheetIsRead reads openpyxl workbooks of two and three sheets:
// every sheet with a header is read, in workbook order, each with its own
// header, and every row comes with its sheet and row number.
func TestEverySheetIsRead(t *testing.T) {
	for _, tt := range []struct {
		file   string
		sheets []string
		first  string
	}{
		{"sheets_teachers_first.xlsx", []string{"Lärare", "Elever"}, "Lärare:02"},
		{"sheets_pupils_first.xlsx", []string{"Elever", "Lärare"}, "Elever:02"},
		{"sheets_info.xlsx", []string{"Lärare", "Elever"}, "Lärare:02"},
		{"sheets_libreoffice.xlsx", []string{"Lärare", "Elever"}, "Lärare:02"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			imp, err := ReadFile(importFixture(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			c := imp.Roster.Count()
			if c.Rows != 22 || c.Students != 20 || c.Teachers != 2 {
				t.Fatalf("counts %+v, want 20 pupils and 2 teachers", c)
			}
			var sheets []string
			for _, s := range imp.Sources {
				sheets = append(sheets, s.Sheet)
			}
			if !slices.Equal(sheets, tt.sheets) || imp.Sheet != tt.sheets[0] {
				t.Errorf("sheets %q (first %q), want %q", sheets, imp.Sheet, tt.sheets)
			}
			if got := sourcesOf(imp); got[0] != tt.first {
				t.Errorf("first row from %s, want %s", got[0], tt.first)
			}
			teachers := imp.Sources[slices.Index(sheets, "Lärare")]
			if teachers.Columns[roster.Role] != "Befattning" || teachers.Columns[roster.Class] != "" {
				t.Errorf("the teachers' sheet's own columns: %v", teachers.Columns)
			}
		})
	}
}

// TestTitleSheetIsNamed: a sheet of a few lines of text is named in a
// notice, not read, and not an error.
func TestTitleSheetIsNamed(t *testing.T) {
	for _, name := range []string{"sheets_info.xlsx", "sheets_libreoffice.xlsx"} {
		imp, err := ReadFile(importFixture(name))
		if err != nil {
			t.Fatal(err)
		}
		want := `sheets_not_read: sheet "Information" holds no list of people and was not read`
		if !slices.Contains(noticeCodes(imp), want) {
			t.Errorf("%s: notices %q", name, noticeCodes(imp))
		}
	}
}

// TestClassSheets: pupils on an "all pupils" sheet and on sheets named as
// their class, which have no class column: the class sheets' rows get the
// sheet's class, every copy is read (the duplicate rule flags them), and
// notices say so and which sheets share people.
func TestClassSheets(t *testing.T) {
	imp, err := ReadFile(importFixture("sheets_classes.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 12 {
		t.Fatalf("%d rows, want 6 + 3 + 3", imp.Roster.Len())
	}
	for _, row := range imp.Roster.Rows {
		s, _ := imp.Roster.SourceOf(row)
		if s.Sheet != "Alla elever" && row.Values[roster.Class] != s.Sheet {
			t.Errorf("row %d of %q has class %q", row.SourceLine, s.Sheet, row.Values[roster.Class])
		}
	}
	want := []string{
		`class_from_sheet_name: sheet "9A" has no class column: its 3 rows were given the class 9A, the sheet's name`,
		`class_from_sheet_name: sheet "9B" has no class column: its 3 rows were given the class 9B, the sheet's name`,
		"people_in_several_sources: 3 people are on both sheets_classes.xlsx:Alla elever and sheets_classes.xlsx:9A: each of their rows shows as a duplicate until the ones not wanted are deleted",
		"people_in_several_sources: 3 people are on both sheets_classes.xlsx:Alla elever and sheets_classes.xlsx:9B: each of their rows shows as a duplicate until the ones not wanted are deleted",
	}
	if got := noticeCodes(imp); !slices.Equal(got, want) {
		t.Errorf("notices\n%q\nwant\n%q", got, want)
	}
}

// TestTableWithoutHeader: a sheet that looks like a list but whose header
// names no roster column is an error naming the sheet, until the sheets
// to read are named.
func TestTableWithoutHeader(t *testing.T) {
	path := importFixture("sheets_unknown_table.xlsx")
	_, err := ReadFile(path)
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != path || !strings.Contains(err.Error(), `sheet "Frånvaro" looks like a list`) {
		t.Fatalf("err = %v", err)
	}
	first := err
	imp, err := ReadFileWith(path, ReadOptions{Sheets: []string{"elever"}})
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 4 || len(imp.Sources) != 1 || !slices.Equal(imp.SheetsRead, []string{"Elever"}) {
		t.Errorf("%d rows, sources %+v, sheets read %q", imp.Roster.Len(), imp.Sources, imp.SheetsRead)
	}
	var te *TableSheetsError
	if !errors.As(first, &te) || !slices.Equal(te.Sheets, []string{"Frånvaro"}) {
		t.Errorf("the error names the sheets %+v, want Frånvaro", te)
	}
	// The window's way out: leave the sheet out, and say so.
	imp, err = ReadFileWith(path, ReadOptions{SkipSheets: []string{"frånvaro"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `sheets_not_read: left out, as asked: "Frånvaro", which looked like a list whose columns could not be named`
	if imp.Roster.Len() != 4 || !slices.Contains(noticeCodes(imp), want) {
		t.Errorf("%d rows, notices %q", imp.Roster.Len(), noticeCodes(imp))
	}
}

// TestTableSheetsErrorNamesEverySheet: several such sheets are named in
// one message, not only the first.
func TestTableSheetsErrorNamesEverySheet(t *testing.T) {
	err := error(&TableSheetsError{Sheets: []string{"Statistik", "Schema"}})
	if got := err.Error(); !strings.HasPrefix(got, `sheets "Statistik", "Schema" look like lists`) || !strings.Contains(got, "(--sheet)") {
		t.Errorf("message %q", got)
	}
}

// TestHiddenSheet: a hidden sheet's list is not read while a visible
// sheet holds one, and a notice names it; --sheet reads it.
func TestHiddenSheet(t *testing.T) {
	path := importFixture("sheets_hidden.xlsx")
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 4 || len(imp.Sources) != 1 {
		t.Errorf("%d rows from %d sheets, want the 4 of the visible sheet", imp.Roster.Len(), len(imp.Sources))
	}
	want := `sheets_not_read: hidden sheet "Förra året" has a list of people but was not read, as it is hidden; name it with --sheet to read it`
	if !slices.Contains(noticeCodes(imp), want) {
		t.Errorf("notices %q", noticeCodes(imp))
	}
	imp, err = ReadFileWith(path, ReadOptions{Sheets: []string{"Förra året"}})
	if err != nil || imp.Roster.Len() != 3 {
		t.Errorf("--sheet of the hidden sheet: %v", err)
	}
}

// TestLeaversSheet: a sheet whose name says its people have left is not
// read as current pupils; a notice names it, and --sheet reads it.
func TestLeaversSheet(t *testing.T) {
	path := importFixture("sheets_leavers.xlsx")
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 4 || len(imp.Sources) != 1 {
		t.Errorf("%d rows from %d sheets, want the 4 current pupils", imp.Roster.Len(), len(imp.Sources))
	}
	want := `sheets_not_read: sheet "Utskrivna elever" was not read: its name says it lists people who have left; name it with --sheet to read it`
	if !slices.Contains(noticeCodes(imp), want) {
		t.Errorf("notices %q", noticeCodes(imp))
	}
	for _, name := range []string{"Slutat", "Avgångna 2026", "Tidigare elever", "Lähteneet oppilaat", "Former pupils"} {
		if !leaversSheet(name) {
			t.Errorf("%q is not taken for a leavers' sheet", name)
		}
	}
	for _, name := range []string{"Elever", "9A", "Lärare", "Alla elever", "Oppilaat"} {
		if leaversSheet(name) {
			t.Errorf("%q is taken for a leavers' sheet", name)
		}
	}
	_, err = ReadFileWith(path, ReadOptions{Sheets: []string{"Nope"}})
	if err == nil || !strings.Contains(err.Error(), `the workbook has no sheet named "Nope"`) {
		t.Errorf("--sheet of no sheet: %v", err)
	}
}

// TestSmallSheetOfPupilsIsAnError: a sheet of one or two pupils without a
// header the program knows (typed on a sheet of their own, or under
// "Namn | E-post | Klass") is an error naming it, not a sheet "with no
// list of people" passed by with a notice, which left them out of the
// upload file with exit 0 (tester A15); an information page whose only
// address is inside a sentence is still named in a notice.
func TestSmallSheetOfPupilsIsAnError(t *testing.T) {
	for name, sheets := range map[string][]string{
		"sheets_small_pupils.xlsx":  {"Nya elever", "Ny vecka 48"},
		"sheets_small_namecol.xlsx": {"Nya"},
	} {
		_, err := ReadFile(importFixture(name))
		var te *TableSheetsError
		if !errors.As(err, &te) || !slices.Equal(te.Sheets, sheets) {
			t.Errorf("%s: err = %v, want the error naming %q", name, err, sheets)
			continue
		}
		if strings.Contains(err.Error(), "--map") || !strings.Contains(err.Error(), "header row in Excel") {
			t.Errorf("%s: %q: --map cannot name the columns of a sheet without a header (A9)", name, err)
		}
		imp, err := ReadFileWith(importFixture(name), ReadOptions{SkipSheets: sheets})
		if err != nil {
			t.Fatal(err)
		}
		want := `sheets_not_read: sheet "Information" holds no list of people and was not read`
		if imp.Roster.Len() != 4 || !slices.Contains(noticeCodes(imp), want) {
			t.Errorf("%s: %d rows, notices %q", name, imp.Roster.Len(), noticeCodes(imp))
		}
	}
}

func TestPersonLike(t *testing.T) {
	for cells, want := range map[string]bool{
		"Vera|Ek|vera.ek@elev.se|4A":            true,
		" vera.ek@elev.se ":                     true,
		"Frågor till expeditionen@skola.se":     false,
		"Rektor|Anna Berg <anna.berg@skola.se>": false,
		"Kommentar|@home":                       false,
		"a@b":                                   false,
		"Elevlista hösten 2026":                 false,
	} {
		if got := personLike(strings.Split(cells, "|")); got != want {
			t.Errorf("personLike(%q) = %v, want %v", cells, got, want)
		}
	}
}

// TestSheetOptionStillConsultsTheOthers: --sheet, roster's own advice for
// a sheet without a header, limits the sheets read as people, but the
// leavers' sheet still says who has left, a sheet it leaves out still
// protects the people it marks, and a notice names the sheets left out
// that hold people, hidden or without a header (tester A2: a leaver was
// exported with no word).
func TestSheetOptionStillConsultsTheOthers(t *testing.T) {
	imp, err := ReadFileWith(importFixture("sheets_sheet_option.xlsx"), ReadOptions{Sheets: []string{"elever"}})
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 4 || !slices.Equal(imp.SheetsRead, []string{"Elever"}) {
		t.Fatalf("%d rows from %q, want the 4 of Elever", imp.Roster.Len(), imp.SheetsRead)
	}
	codes := map[check.Code][]string{}
	for _, p := range imp.Problems {
		codes[p.Code] = append(codes[p.Code], imp.Roster.ByID(p.Row).Values[roster.FirstName])
	}
	if !slices.Equal(codes[check.CodeListedAsLeft], []string{"Alma"}) {
		t.Errorf("listed as left: %q, want Alma (problems %v)", codes[check.CodeListedAsLeft], codes)
	}
	for _, row := range imp.Roster.Rows {
		if row.Protected != (row.Values[roster.FirstName] == "Nora") {
			t.Errorf("%s protected %v: the hidden sheet marks Nora only", row.Values[roster.FirstName], row.Protected)
		}
	}
	notices := noticeCodes(imp)
	for _, want := range []string{
		`sheets_not_read: sheets "Blad2", "Nyanlända" seem to list people but were not read, as --sheet names other sheets: name them too if their people belong in the upload file`,
		`sheets_not_read: sheet "Utskrivna elever" was not read: its name says it lists people who have left; name it with --sheet to read it`,
	} {
		if !slices.Contains(notices, want) {
			t.Errorf("notices %q, want %q", notices, want)
		}
	}
}

// TestFilteredSheet: a list filtered to one class in Excel, saved with its
// filter on, hides the other class's rows: they are read, hidden, and the
// sheet's source says it has a filter, so that the checker words their
// warning as the filter's and Fix all does not leave them out; the count
// line under the list is no person (tester A16).
func TestFilteredSheet(t *testing.T) {
	imp, err := ReadFile(importFixture("sheets_filtered.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 6 || len(imp.Roster.Sources) != 1 || !imp.Roster.Sources[0].Filtered {
		t.Fatalf("%d rows, sources %+v: want 6 rows of a filtered sheet", imp.Roster.Len(), imp.Roster.Sources)
	}
	var hidden []string
	for _, row := range imp.Roster.Rows {
		if row.Hidden {
			hidden = append(hidden, row.Values[roster.Class])
		}
	}
	if !slices.Equal(hidden, []string{"8B", "8B", "8B"}) {
		t.Errorf("hidden rows of classes %q, want the three of 8B", hidden)
	}
	for _, p := range check.Check(imp.Roster) {
		if p.Code == check.CodeRowHidden && (!p.Fix.Choice() || !strings.Contains(p.Message.String(), "filter")) {
			t.Errorf("row_hidden %q, fix %+v: want the filter's words and a choice", p.Message, p.Fix)
		}
	}
	want := `footer_line: row 9, "Antal elever: 6", is a count or sum line, not a person: it was not read`
	if !slices.Contains(noticeCodes(imp), want) {
		t.Errorf("notices %q, want %q", noticeCodes(imp), want)
	}
}

// TestWindowWordsNameNoOption: a notice or error whose advice on the
// command line is --sheet says in the window what the user does there
// (issue 13), and the command line keeps its option.
func TestWindowWordsNameNoOption(t *testing.T) {
	for _, name := range []string{"sheets_hidden.xlsx", "sheets_leavers.xlsx"} {
		imp, err := ReadFile(importFixture(name))
		if err != nil {
			t.Fatal(err)
		}
		read := false
		for _, n := range imp.AllNotices() {
			if n.Code != NoticeSheetsNotRead {
				continue
			}
			read = true
			if w := n.WindowMessage().String(); strings.Contains(w, "--") || !strings.Contains(w, "Excel") {
				t.Errorf("%s: the window says %q", name, w)
			}
			if !strings.Contains(n.Message.String(), "--sheet") {
				t.Errorf("%s: the command line says %q", name, n.Message)
			}
		}
		if !read {
			t.Errorf("%s: no sheets_not_read notice", name)
		}
	}
	rows := xlsxtest.InlineRow(1, "E-post", "Förnamn", "Efternamn", "Klass", "Skola", "Kommun", "Roll") +
		xlsxtest.InlineRow(2, "a@elev.example", "Alva", "Berg", "9A", "Ekbacka skola", "Ale", "Elev")
	path := filepath.Join(t.TempDir(), "slutat.xlsx")
	if err := os.WriteFile(path, xlsxtest.Zip(t, xlsxtest.Book([][3]string{{"Slutat", xlsxtest.Worksheet(rows, ""), ""}})), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	if w, _ := i18n.WindowTextOf(err); strings.Contains(w.String(), "--") || !strings.Contains(w.String(), "only list is on") {
		t.Errorf("leavers only, window: %q", w)
	}
	if cli, _ := i18n.TextOf(err); !strings.Contains(cli.String(), "--sheet") {
		t.Errorf("leavers only, command line: %q", cli)
	}
	tables := fileError("a.xlsx", &TableSheetsError{Sheets: []string{"Statistik"}})
	if w, _ := i18n.WindowTextOf(tables); strings.Contains(w.String(), "--") || !strings.HasPrefix(w.String(), `a.xlsx: sheet "Statistik" looks like a list`) {
		t.Errorf("window: %q", w)
	}
	if cli, _ := i18n.TextOf(tables); !strings.Contains(cli.String(), "(--sheet)") {
		t.Errorf("command line: %q", cli)
	}
}
