package editor

import (
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// TestFillDown fills the top cell of each selected column into the rows
// below it, as Ctrl+D in Excel, in one undo step.
func TestFillDown(t *testing.T) {
	d := openSample(t)
	class, school := FieldColumn(roster.Class), FieldColumn(roster.School)
	before := snapshot(d)
	d.SetCell(d.Row(16).ID, school, "Norrskolan")
	afterSet := snapshot(d)
	if n := d.FillDown(Selection{Row0: 16, Row1: 20, Col0: class, Col1: school}); n != 6 {
		t.Errorf("%d cells changed, want 6 (four schools, two classes: two rows had 7A already)", n)
	}
	if got := column(d, class, 16, 21); !reflect.DeepEqual(got, []string{"7A", "7A", "7A", "7A", "7A", "7B"}) {
		t.Errorf("classes %q", got)
	}
	if got := column(d, school, 16, 20); !reflect.DeepEqual(got, []string{"Norrskolan", "Norrskolan", "Norrskolan", "Norrskolan", "Norrskolan"}) {
		t.Errorf("schools %q", got)
	}
	assertChecked(t, d)
	if label, _ := d.Undo(); label != "Fill down" || snapshot(d) != afterSet {
		t.Errorf("one undo (%q) did not take the whole fill back", label)
	}
	d.Undo()
	if snapshot(d) != before {
		t.Error("undo did not restore the list")
	}
}

// TestFillDownOneRow copies the row above into one selected row, as
// Excel does when only one row is selected; on the first row there is
// nothing above, and nothing changes.
func TestFillDownOneRow(t *testing.T) {
	d := openSample(t)
	class := FieldColumn(roster.Class)
	note := Column(roster.NumFields)
	d.SetCell(d.Row(8).ID, note, "")
	d.FillDown(Selection{Row0: 8, Row1: 8, Col0: class, Col1: note})
	above, row := d.Row(7), d.Row(8)
	for c := class; c <= note; c++ {
		if CellValue(row, c) != CellValue(above, c) {
			t.Errorf("%s: %q, the row above has %q", d.ColumnName(c), CellValue(row, c), CellValue(above, c))
		}
	}
	if got := CellValue(row, FieldColumn(roster.FirstName)); got != "Wilma" {
		t.Errorf("a column outside the selection changed: %q", got)
	}
	assertChecked(t, d)
	before := snapshot(d)
	if n := d.FillDown(Selection{Row0: 0, Row1: 0, Col0: 0, Col1: class}); n != 0 || snapshot(d) != before {
		t.Errorf("fill down on the first row changed %d cells", n)
	}
}
