package editor

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// twoFiles opens the staff csv and adds the pupils' workbook, as File >
// Add rows from file… does: 3 teachers, then 10 pupils.
func twoFiles(t *testing.T) *Document {
	t.Helper()
	d, err := OpenWith(importFixture("staff_cp1252.csv"), sheet.ReadOptions{Municipality: "Lillköping"})
	if err != nil {
		t.Fatal(err)
	}
	path := importFixture("pupils_openpyxl.xlsx")
	imp, err := sheet.ReadFileWith(path, sheet.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := d.AddFile(imp, sheet.ReadOptions{}); n != 10 {
		t.Fatalf("added %d rows, want 10", n)
	}
	return d
}

// columnMap parses a mapping as roster --map does.
func columnMap(t *testing.T, s string) sheet.ColumnMap {
	t.Helper()
	m, err := sheet.ParseColumnMap(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Mapping the columns of a list of two files reads both again, each
// with its own options and the new mapping; before, it was refused, as
// reading the first file alone would have dropped the pupils.
func TestRemapReadsEveryFile(t *testing.T) {
	d := twoFiles(t)
	var headers []string
	for _, c := range d.SourceColumns() {
		headers = append(headers, c.Header)
	}
	for _, h := range []string{"Befattning", "Klass", "Kommun"} {
		if !slices.Contains(headers, h) {
			t.Errorf("the mapping dialog is not offered %q of the files' columns %q", h, headers)
		}
	}
	next, err := d.Remap([]sheet.ColumnMap{columnMap(t, "Kommun=Ignore")})
	if err != nil {
		t.Fatal(err)
	}
	if next.Len() != 13 {
		t.Fatalf("read again: %d rows, want the 13 of both files", next.Len())
	}
	files := map[string]int{}
	for _, row := range next.Roster().Rows {
		s, _ := next.Roster().SourceOf(row)
		files[s.File]++
		// The staff file's own option (--municipality) is kept; the
		// pupils' Kommun column is no longer read.
		want := "Lillköping"
		if strings.HasSuffix(s.File, ".xlsx") {
			want = ""
		}
		if got := row.Values[roster.Municipality]; got != want {
			t.Errorf("%s row %d: municipality %q, want %q", s.Label(), row.SourceLine, got, want)
		}
	}
	if len(files) != 2 {
		t.Errorf("rows by file: %v", files)
	}
	if maps := next.ColumnMaps(); len(maps) != 1 || maps[0].Header != "Kommun" {
		t.Errorf("the list's mappings: %+v", maps)
	}
	// Not edited since read, but unsaved: no file holds the list of two
	// (TestRemapOfTwoFilesIsUnsaved).
	if next.EditedSinceRead() {
		t.Error("a list just read again counts as edited")
	}
}

// A list read again for another export date keeps every file too.
func TestRereadReadsEveryFile(t *testing.T) {
	d := twoFiles(t)
	next, err := d.Reread(time.Date(2026, 6, 13, 0, 0, 0, 0, time.UTC))
	if err != nil || next.Len() != 13 {
		t.Fatalf("read again for another date: %v", err)
	}
	if !next.ReadFor().Equal(time.Date(2026, 6, 13, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("read for %v", next.ReadFor())
	}
}

// A file whose rows are all gone (its adding undone) is not read again;
// rows typed in are not carried over, which EditedSinceRead tells.
func TestReadAgainFollowsTheList(t *testing.T) {
	d := twoFiles(t)
	if d.EditedSinceRead() {
		t.Error("adding a file counts as an edit the reading would lose")
	}
	d.Undo()
	if !d.EditedSinceRead() {
		t.Error("an undone add does not count as a change")
	}
	next, err := d.Remap(nil)
	if err != nil || next.Len() != 3 {
		t.Fatalf("read again after the add was undone: %v", err)
	}

	d = twoFiles(t)
	d.SetCell(d.Roster().Rows[0].ID, FieldColumn(roster.Class), "9A")
	if !d.EditedSinceRead() {
		t.Error("an edit does not count")
	}
	edited, err := OpenWith(importFixture("staff_cp1252.csv"), sheet.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	edited.SetCell(edited.Roster().Rows[0].ID, FieldColumn(roster.Class), "9A")
	edited.AddFile(readFixture(t, "pupils_openpyxl.xlsx"), sheet.ReadOptions{})
	if !edited.EditedSinceRead() {
		t.Error("an edit made before a file was added no longer counts")
	}
}

// Rows added without their options (AddRows) are still read again: a
// list never loses a file's rows by being read again.
func TestAddRowsKeepsTheFile(t *testing.T) {
	d, err := Open(importFixture("staff_cp1252.csv"))
	if err != nil {
		t.Fatal(err)
	}
	d.AddRows(readFixture(t, "pupils_openpyxl.xlsx"))
	next, err := d.Remap(nil)
	if err != nil || next.Len() != 13 {
		t.Fatalf("read again: %v", err)
	}
}

// Each file's mapping is remembered under its own header set.
func TestHeaderMaps(t *testing.T) {
	d := twoFiles(t)
	byKey := d.HeaderMaps([]sheet.ColumnMap{columnMap(t, "Kommun=Ignore"), columnMap(t, "Befattning=Role")})
	if len(byKey) != 2 {
		t.Fatalf("header sets: %v", byKey)
	}
	for key, maps := range byKey {
		if len(maps) != 1 {
			t.Errorf("%q: %+v", key, maps)
		}
		if key == d.HeaderKey() && maps[0].Header != "Befattning" {
			t.Errorf("the staff file's own mapping: %+v", maps)
		}
	}
}

// A file added is read with the mapping remembered for its columns, as
// one opened is; a remembered mapping that cannot be applied is said,
// and the file read as its headers say.
func TestReadToAdd(t *testing.T) {
	path := importFixture("staff_cp1252.csv")
	var asked string
	got, err := ReadToAdd(path, sheet.ReadOptions{}, func(key string) []sheet.ColumnMap {
		asked = key
		return []sheet.ColumnMap{columnMap(t, "Befattning=Ignore")}
	})
	if err != nil || got.MapErr != nil || len(got.Mapped) != 1 || len(got.Options.Map) != 1 {
		t.Fatalf("read with the remembered mapping: %+v, %v", got, err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if asked != d.HeaderKey() {
		t.Errorf("asked for %q, the file's header set is %q", asked, d.HeaderKey())
	}
	for _, row := range got.Import.Roster.Rows {
		if row.Values[roster.Role] != "" {
			t.Errorf("Befattning was read though mapped not sent: %q", row.Values[roster.Role])
		}
	}
	plain, err := ReadToAdd(path, sheet.ReadOptions{}, func(string) []sheet.ColumnMap { return nil })
	if err != nil || plain.Mapped != nil || plain.Import.Roster.Rows[0].Values[roster.Role] == "" {
		t.Errorf("read with no mapping remembered: %+v, %v", plain, err)
	}
	// Personal identity numbers are never read into a field: the
	// remembered mapping is refused, and said.
	pnr := importFixture("privacy_ssoid_pnr.xlsx")
	refused, err := ReadToAdd(pnr, sheet.ReadOptions{}, func(string) []sheet.ColumnMap {
		return []sheet.ColumnMap{columnMap(t, "E-post=Ignore"), columnMap(t, "SSO-id=Email")}
	})
	if err != nil || refused.MapErr == nil || refused.Mapped != nil || len(refused.Options.Map) != 0 || refused.Import == nil {
		t.Errorf("a refused remembered mapping: %+v, %v", refused, err)
	}
}

// TestColumnFiles: the mapping dialog names the file each column of a
// list of two files is in (issue 13).
func TestColumnFiles(t *testing.T) {
	d := twoFiles(t)
	staff, pupils := importFixture("staff_cp1252.csv"), importFixture("pupils_openpyxl.xlsx")
	for header, want := range map[string][]string{"Befattning": {staff}, "roll": {pupils}, "Nope": nil} {
		if got := d.ColumnFiles(header); !slices.Equal(got, want) {
			t.Errorf("%s: files %q, want %q", header, got, want)
		}
	}
	if got := d.ColumnFiles("Förnamn"); len(got) != 2 {
		t.Errorf("Förnamn, in both files: %q", got)
	}
}

// Of two columns of one file only one is read as a field; columns of
// two files each are.
func TestColumnsShareAFile(t *testing.T) {
	d := twoFiles(t)
	if !d.ColumnsShareAFile("Befattning", "Skola") || !d.ColumnsShareAFile("Roll", "klass") {
		t.Error("columns of one file do not share it")
	}
	if d.ColumnsShareAFile("Befattning", "Roll") {
		t.Error("the staff file's Befattning and the pupils' Roll share a file")
	}
	if !New().ColumnsShareAFile("a", "b") {
		t.Error("a new list does not fail towards one column per field")
	}
}

// TestRecoveredListIsNotReadAgain: a list restored from its journal after
// a crash does not know how its files were read (the second file added,
// the options, a mapping), so reading it again would have read its first
// file alone with no options, dropping the added rows and what the user
// mapped; every way of reading it again is refused with a message that
// says to open the file again, and the list stays as it was.
func TestRecoveredListIsNotReadAgain(t *testing.T) {
	dir := t.TempDir()
	d := twoFiles(t)
	startJournal(t, d, dir)
	d.SetCell(d.Roster().Rows[0].ID, FieldColumn(roster.Class), "")
	got := crashAndRestore(t, d, dir)
	if got.Len() != 13 {
		t.Fatalf("restored %d rows, want 13", got.Len())
	}
	reads := map[string]func() (*Document, error){
		"Reread":            func() (*Document, error) { return got.Reread(time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)) },
		"Remap":             func() (*Document, error) { return got.Remap(nil) },
		"RereadSSOID":       func() (*Document, error) { return got.RereadSSOID("") },
		"ReadProtectedList": func() (*Document, error) { return got.ReadProtectedList("skyddade.txt") },
	}
	for name, read := range reads {
		next, err := read()
		if next != nil || err == nil {
			t.Errorf("%s: a list of %d rows, %v; want it refused", name, next.Len(), err)
			continue
		}
		if name != "ReadProtectedList" && !strings.Contains(err.Error(), "File > Open") {
			t.Errorf("%s: %v, want a message that says to open the file again", name, err)
		}
	}
	if got.Len() != 13 {
		t.Errorf("the list has %d rows after, want 13", got.Len())
	}
}

// A list of two files read again to map a column is held by neither
// file: it is unsaved, so the status says so and closing asks (tester
// A12: it said saved, and quitting lost the combined list). Saved as a
// working copy, it is saved; one file read again is as it was opened.
func TestRemapOfTwoFilesIsUnsaved(t *testing.T) {
	d := twoFiles(t)
	next, err := d.Remap([]sheet.ColumnMap{columnMap(t, "Kommun=Ignore")})
	if err != nil {
		t.Fatal(err)
	}
	if !next.Dirty() || !next.Status().Dirty {
		t.Errorf("the list of two files read again is saved: Dirty %v, status %v", next.Dirty(), next.Status().Dirty)
	}
	if err := next.Save(filepath.Join(t.TempDir(), "lista.xlsx")); err != nil {
		t.Fatal(err)
	}
	if next.Dirty() {
		t.Error("saved as a working copy, the list is still unsaved")
	}
	one, err := Open(importFixture("pupils_openpyxl.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := one.Remap([]sheet.ColumnMap{columnMap(t, "Kommun=Ignore")})
	if err != nil {
		t.Fatal(err)
	}
	if again.Dirty() {
		t.Error("one file read again is unsaved")
	}
}
