package editor

import (
	"slices"
	"testing"
	"time"

	"rosterdesk/internal/roster"
)

func mustDate(s string) time.Time {
	d, err := time.Parse("20060102", s)
	if err != nil {
		panic(err)
	}
	return d
}

func visibleIDs(d *Document) []roster.RowID {
	ids := make([]roster.RowID, d.Len())
	for i := range ids {
		ids[i] = d.Row(i).ID
	}
	return ids
}

func TestSortKeepsIDsAndOrdersSwedish(t *testing.T) {
	d := openSample(t)
	byID := map[roster.RowID]string{}
	for _, row := range d.Roster().Rows {
		byID[row.ID] = row.Values[roster.Email]
	}
	d.Sort(FieldColumn(roster.LastName), false)
	var last []string
	for _, row := range d.Roster().Rows {
		if byID[row.ID] != row.Values[roster.Email] {
			t.Fatalf("row %d changed its data in a sort", row.ID)
		}
		last = append(last, row.Values[roster.LastName])
	}
	// Å, Ö after Z as in Swedish.
	if last[len(last)-2] != "Åkesson" || last[len(last)-1] != "Öhman" {
		t.Errorf("Swedish order broken: %v", last)
	}
	d.Sort(FieldColumn(roster.Class), false)
	first := d.Row(0).Values[roster.Class]
	if roster.ParseClass(first).Grade != 7 {
		t.Errorf("class sort starts with %q", first)
	}
}

func TestFilterAndPinning(t *testing.T) {
	d := openSample(t)
	d.SetFilter(Filter{School: "Ekbackens skola"})
	if d.Len() != 9 {
		t.Fatalf("Ekbackens skola shows %d rows, want 9", d.Len())
	}
	ids := d.InsertRows(d.Len(), 1)
	if d.Position(ids[0]) != d.Len()-1 {
		t.Error("a row added under a filter must stay visible")
	}
	d.SetCell(ids[0], FieldColumn(roster.FirstName), "Tyra")
	d.SetCell(d.Row(0).ID, FieldColumn(roster.School), "Solbackaskolan")
	if d.Len() != 10 {
		t.Errorf("edited rows must stay while the filter stands; %d rows", d.Len())
	}
	d.SetFilter(Filter{OnlyProblems: true})
	for _, id := range visibleIDs(d) {
		if len(d.Checker().RowProblems(id)) == 0 {
			t.Errorf("row %d has no problem", id)
		}
	}
	d.SetFilter(Filter{Role: roster.Teacher})
	if d.Len() != 4 {
		t.Errorf("teachers: %d", d.Len())
	}
	d.SetFilter(Filter{Text: "EKBACKEN"}) // the 9 rows of Ekbackens skola, one moved but with its email
	if d.Len() != 9 {
		t.Errorf("find ekbacken: %d rows", d.Len())
	}
	d.SetFilter(Filter{Class: "9A"})
	if d.Len() != 3 { // 9A, 9A and "9 a"
		t.Errorf("class 9A: %d rows", d.Len())
	}
	d.SetFilter(Filter{})
	if d.Len() != d.Roster().Len() {
		t.Error("an empty filter shows every row")
	}
	if !slices.Contains(d.Schools(), "Språkcentrum") || !slices.Equal(d.Classes("Ekbackens skola"), []string{"7A", "7B"}) {
		t.Errorf("schools %v, classes %v", d.Schools(), d.Classes("Ekbackens skola"))
	}
}

func TestFindWalksCellsAndWraps(t *testing.T) {
	d := openSample(t)
	r, c, ok := d.Find("språkcentrum", -1, 0)
	if !ok || d.Row(r).Values[roster.FirstName] != "Per" || c != FieldColumn(roster.School) {
		t.Fatalf("find = %d %d %v", r, c, ok)
	}
	r2, c2, ok := d.Find("språkcentrum", r, c)
	if !ok || r2 != r || c2 != c {
		t.Errorf("find again should wrap to the same cell, got %d %d", r2, c2)
	}
	if _, _, ok := d.Find("zzzz", 0, 0); ok {
		t.Error("found what is not there")
	}
}

func TestPasteFromExcel(t *testing.T) {
	d := New()
	text := "ada.lind@skola.se\tAda\tLind\t9 a\tNorrskolan\tBorås\tElev\r\n" +
		"\"bo.ek@skola.se\"\tBo\t\"Ek\"\"s\"\t\tNorrskolan\tBorås\tLärare\r\n" +
		"\r\n" +
		"cy.al@skola.se\tCy\tAl\t8B\tNorrskolan\tBorås\tstudent\textra\tcells\r\n"
	rows, cols := d.Paste(0, 0, text)
	if rows != 4 || cols != 8 {
		t.Errorf("pasted %dx%d", rows, cols)
	}
	if d.Roster().Len() != 4 {
		t.Fatalf("roster has %d rows", d.Roster().Len())
	}
	r := d.Roster().Rows
	if r[0].Values[roster.Role] != "student" || r[1].Values[roster.Role] != "teacher" || r[1].Values[roster.LastName] != `Ek"s` {
		t.Errorf("values: %q %q", r[0].Values, r[1].Values)
	}
	if !r[2].Blank() {
		t.Error("an empty line pastes as an empty row")
	}
	assertChecked(t, d)
	if got := d.Copy(0, 1, 0, 2); got != "ada.lind@skola.se\tAda\tLind\r\nbo.ek@skola.se\tBo\t\"Ek\"\"s\"\r\n" {
		t.Errorf("copy = %q", got)
	}
	d.Undo()
	if d.Roster().Len() != 0 {
		t.Error("undo of a paste that grew the list removes the rows")
	}
}

func TestDirtyFollowsHistory(t *testing.T) {
	d := New()
	if d.Dirty() {
		t.Error("a new document is clean")
	}
	ids := d.InsertRows(0, 1)
	d.SetCell(ids[0], 0, "x@y.se")
	d.Undo()
	d.Undo()
	if d.Dirty() {
		t.Error("undone to the start is clean")
	}
	d.Redo()
	if !d.Dirty() {
		t.Error("redone is dirty")
	}
	if d.UndoLabel() != "Add rows" || d.RedoLabel() != "Edit Email" {
		t.Errorf("labels %q %q", d.UndoLabel(), d.RedoLabel())
	}
}

// TestExtraColumnMakesARowCount checks that a blank row that gets a value
// only in an extra column is checked like any other.
func TestExtraColumnMakesARowCount(t *testing.T) {
	d := openSample(t)
	ids := d.InsertRows(0, 1)
	errs := d.Status().Errors
	d.SetCell(ids[0], Column(roster.NumFields), "ny elev")
	assertChecked(t, d)
	if d.Status().Errors <= errs {
		t.Error("a row with a note is no longer blank and lacks its fields")
	}
	d.Undo()
	assertChecked(t, d)
}
