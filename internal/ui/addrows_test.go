package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// menuItem returns the item of the window's menus labelled label.
func menuItem(u *UI, label string) *fyne.MenuItem {
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	return nil
}

// openStaff opens the staff list (Swedish Excel's cp1252 csv) in a window.
func openStaff(t *testing.T) *UI {
	t.Helper()
	return openStaffIn(t, newWindow(t))
}

// openStaffIn opens the staff list in the window u.
func openStaffIn(t *testing.T, u *UI) *UI {
	t.Helper()
	d, err := editor.Open(fixture("staff_cp1252.csv"))
	if err != nil {
		t.Fatal(err)
	}
	u.setDocument(d)
	return u
}

// TestAddRowsFromFile adds the pupils of an openpyxl workbook to the open
// staff list through File > Add rows from file: every row is in the list,
// the edit bar names each row's file and sheet, the dialog says what came
// from where, and one Undo takes the rows back out.
func TestAddRowsFromFile(t *testing.T) {
	u := openStaff(t)
	item := menuItem(u, "Add rows from file…")
	if item == nil || item.Action == nil {
		t.Fatal("no File > Add rows from file…")
	}
	item.Action()
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Add rows from file… shows no file dialog")
	}
	u.win.Canvas().Overlays().Top().Hide()
	u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())

	manual(u).hold = true // read on a goroutine of its own, as in the window
	u.AddRowsFrom(fixture("pupils_openpyxl.xlsx"))
	if overlayButton(u, "Cancel") == nil {
		t.Error("no progress dialog while the file is read")
	}
	manual(u).settle()
	if u.doc.Len() != 13 {
		t.Fatalf("%d rows, want 3 staff and 10 pupils", u.doc.Len())
	}
	if got := overlayText(u); !strings.Contains(got, "Added 10 rows from pupils_openpyxl.xlsx:Elever.") {
		t.Errorf("the dialog says %q", got)
	}
	u.grid.MoveTo(0, int(roster.Email), false)
	if got := u.cellName.Text; !strings.HasSuffix(got, " · staff_cp1252.csv") {
		t.Errorf("edit bar on the first row: %q", got)
	}
	u.grid.MoveTo(12, int(roster.Email), false)
	if got := u.cellName.Text; !strings.HasSuffix(got, " · pupils_openpyxl.xlsx:Elever") {
		t.Errorf("edit bar on the last row: %q", got)
	}
	manual(u).runLater()
	var lines []string
	for _, it := range u.problems.items {
		lines = append(lines, it.text())
	}
	if !slices.Contains(lines, "staff_cp1252.csv 2 · Municipality: required, but empty") {
		t.Errorf("the panel does not name the rows' file: %q", lines)
	}
	u.onExport() // the export dialog names rows as the panel does (tester T14)
	var shown []string
	for _, l := range exportLists(u) {
		shown = append(shown, listLines(l)...)
	}
	if !slices.Contains(shown, "Row staff_cp1252.csv 2, Municipality: required, but empty") {
		t.Errorf("the export dialog does not name the rows' file: %q", shown)
	}
	u.exporter.dlg.Hide()
	u.onUndo()
	if u.doc.Len() != 3 {
		t.Errorf("Undo left %d rows", u.doc.Len())
	}
}

// TestAddRowsUnreadable: a file that cannot be read leaves the list as it
// was and says why, naming the file.
func TestAddRowsUnreadable(t *testing.T) {
	u := openStaff(t)
	u.AddRowsFrom(fixture("calc.ods"))
	if u.doc.Len() != 3 {
		t.Errorf("%d rows after a failed add", u.doc.Len())
	}
	if got := overlayText(u); !strings.Contains(got, "Could not add the rows") || !strings.Contains(got, filepath.Base("calc.ods")) {
		t.Errorf("the message says %q", got)
	}
}

// TestAddRowsNoList: with no list open, Add rows from file opens the file.
func TestAddRowsNoList(t *testing.T) {
	u := newWindow(t)
	u.AddRowsFrom(fixture("pupils_openpyxl.xlsx"))
	if u.doc == nil || u.doc.Len() != 10 {
		t.Fatalf("no list of 10 rows opened")
	}
	u.grid.MoveTo(0, 0, false)
	if strings.Contains(u.cellName.Text, "·") {
		t.Errorf("one source, yet the edit bar names it: %q", u.cellName.Text)
	}
}

// TestOpenFilesDropped: files dropped on the window together are one
// list, the first opened and the others' rows added, with one dialog
// saying what came from where.
func TestOpenFilesDropped(t *testing.T) {
	u := newWindow(t)
	u.onDropped(fyne.Position{}, []fyne.URI{
		storage.NewFileURI(fixture("staff_cp1252.csv")), storage.NewFileURI(fixture("pupils_openpyxl.xlsx"))})
	// The staff file's notice (a job title read as teacher) is read
	// first: the pupils are added once it is closed, not in a dialog
	// over it.
	if u.doc == nil || u.doc.Len() != 3 || u.notices == nil || !strings.Contains(overlayText(u), "Förstelärare") {
		t.Fatal("the first file's notices are not shown before the next file is added")
	}
	u.notices.Hide()
	if u.doc == nil || u.doc.Len() != 13 || len(u.doc.Sources()) != 2 {
		t.Fatalf("no list of the 13 rows of both files")
	}
	if got := overlayText(u); !strings.Contains(got, "Added 10 rows from pupils_openpyxl.xlsx:Elever.") {
		t.Errorf("the dialog says %q", got)
	}
}

// TestOpenSaysNotices: opening a workbook says which sheets were not
// read, which sheets gave their rows a class and which share people.
func TestOpenSaysNotices(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(fixture("sheets_classes.xlsx"))
	if u.doc == nil || u.doc.Len() != 12 {
		t.Fatal("the workbook's 12 rows are not open")
	}
	got := overlayText(u)
	for _, want := range []string{"Read from the file",
		`Sheet "9A" has no class column: its 3 rows were given the class 9A, the sheet's name`,
		"3 people are on both sheets_classes.xlsx:Alla elever and sheets_classes.xlsx:9B"} {
		if !strings.Contains(got, want) {
			t.Errorf("the dialog says %q, not %q", got, want)
		}
	}
}

// TestAddRowsAsksAsOpenDoes: a file added is read as one opened is. A
// workbook with a sheet that looks like a list without a header asks
// whether to leave it out, and an encrypted one asks for its password;
// then the next file given is added too (before, each was an error and
// the files after it were not added).
func TestAddRowsAsksAsOpenDoes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "sheet", "testdata", "hostile", "encrypted.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(t.TempDir(), "låst.xlsx")
	if err := os.WriteFile(locked, data, 0o600); err != nil {
		t.Fatal(err)
	}
	u := openStaff(t)
	u.addFiles([]string{fixture("sheets_unknown_table.xlsx"), locked}, nil)
	manual(u).settle()
	if u.doc.Len() != 3 || !strings.Contains(overlayText(u), `the sheet "Frånvaro" looks like a list`) {
		t.Fatalf("%d rows; the window says:\n%s", u.doc.Len(), overlayText(u))
	}
	test.Tap(overlayButton(u, "Read the other sheets"))
	manual(u).settle()
	if u.doc.Len() != 7 {
		t.Fatalf("%d rows after leaving the sheet out, want 3 and 4", u.doc.Len())
	}
	entry := waitForPasswordEntry(t, u)
	test.Type(entry, "hemligt")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	manual(u).settle()
	if u.doc.Len() != 10 || len(u.doc.Sources()) < 3 {
		t.Fatalf("%d rows after the password, want 3, 4 and 3", u.doc.Len())
	}
	said := overlayText(u)
	for _, want := range []string{"sheets_unknown_table.xlsx", "låst.xlsx"} {
		if !strings.Contains(said, want) {
			t.Errorf("the dialog does not name %s:\n%q", want, said)
		}
	}
}

// TestAddRowsSaysWhomItProtects: a file whose row marks a person of the
// list protected protects the list's row, and the panel says so at once,
// as `roster check` does (tester T54): it said "No problems" until the
// next edit.
func TestAddRowsSaysWhomItProtects(t *testing.T) {
	u := openStaff(t)
	path := filepath.Join(t.TempDir(), "skyddade.csv")
	const marks = "E-post;Förnamn;Efternamn;Skola;Befattning;Skyddad identitet\n" +
		"per.odman@lillkoping.example;Per;Ödman;Björkhagaskolan;Lärare;Ja\n"
	if err := os.WriteFile(path, []byte(marks), 0o600); err != nil {
		t.Fatal(err)
	}
	manual(u).hold = true
	u.AddRowsFrom(path)
	manual(u).settle()
	manual(u).runLater()
	var lines []string
	for _, it := range u.problems.items {
		lines = append(lines, it.text())
	}
	if !slices.ContainsFunc(lines, func(l string) bool {
		return strings.Contains(l, "the same person is marked protected identity at skyddade.csv, row 2")
	}) {
		t.Errorf("the panel does not say the list's row is protected by the added file: %q", lines)
	}
}
