package editor

import (
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// column returns the values of a column in the rows first to last.
func column(d *Document, c Column, first, last int) []string {
	var out []string
	for r := first; r <= last; r++ {
		out = append(out, CellValue(d.Row(r), c))
	}
	return out
}

// TestPasteOneValueFillsTheSelection pastes one copied class into ten
// selected cells, as a teacher does in Excel: every cell gets it, and one
// undo takes the whole paste back.
func TestPasteOneValueFillsTheSelection(t *testing.T) {
	d := openSample(t)
	class := FieldColumn(roster.Class)
	before := snapshot(d)
	p := d.PasteInto(Selection{Row0: 2, Row1: 11, Col0: class, Col1: class}, "7C\r\n")
	if p.Area != (Selection{2, 11, class, class}) || p.Header {
		t.Errorf("pasted %+v", p)
	}
	for i, v := range column(d, class, 2, 11) {
		if v != "7C" {
			t.Errorf("row %d has %q", 2+i, v)
		}
	}
	if got := CellValue(d.Row(12), class); got != "8B" {
		t.Errorf("the row under the selection changed to %q", got)
	}
	assertChecked(t, d)
	if label, _ := d.Undo(); label != "Paste" || snapshot(d) != before {
		t.Errorf("one undo (%q) did not take the whole paste back", label)
	}
}

// TestPasteTilesAsExcel checks Excel's rule for a block pasted into a
// larger selection: repeated in each direction where the selection is a
// whole multiple of the block there, else pasted once.
func TestPasteTilesAsExcel(t *testing.T) {
	first, last := FieldColumn(roster.FirstName), FieldColumn(roster.LastName)
	class := FieldColumn(roster.Class)
	tests := []struct {
		name string
		sel  Selection
		text string
		area Selection
		// want is the first-name column of rows 0 to 5 after the paste.
		want []string
	}{
		{"two rows into six", Selection{0, 5, first, first}, "A\r\nB\r\n", Selection{0, 5, first, first},
			[]string{"A", "B", "A", "B", "A", "B"}},
		{"two rows into five: once", Selection{0, 4, first, first}, "A\r\nB\r\n", Selection{0, 1, first, first},
			[]string{"A", "B", "Maja", "Noah", "Ella", "Hugo"}},
		{"a row of two into four rows of one column: widened", Selection{0, 3, first, first}, "A\tB\r\n", Selection{0, 3, first, last},
			[]string{"A", "A", "A", "A", "Ella", "Hugo"}},
		{"one cell into a block", Selection{0, 2, first, class}, "Z", Selection{0, 2, first, class},
			[]string{"Z", "Z", "Z", "Noah", "Ella", "Hugo"}},
		{"into one cell: the block once", Selection{1, 1, first, first}, "A\r\nB\r\nC\r\n", Selection{1, 3, first, first},
			[]string{"Alva", "A", "B", "C", "Ella", "Hugo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := openSample(t)
			p := d.PasteInto(tt.sel, tt.text)
			if p.Area != tt.area {
				t.Errorf("area %+v, want %+v", p.Area, tt.area)
			}
			if got := column(d, first, 0, 5); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("first names %q, want %q", got, tt.want)
			}
			assertChecked(t, d)
		})
	}
	d := openSample(t)
	d.PasteInto(Selection{0, 3, first, class}, "A\tB\r\nC\tD\r\n")
	if got := column(d, last, 0, 3); !reflect.DeepEqual(got, []string{"B", "D", "B", "D"}) {
		t.Errorf("a 2×2 block into 4×3: the second column is %q, want it repeated down", got)
	}
	if got := column(d, class, 0, 3); !reflect.DeepEqual(got, []string{"9A", "9A", "9 a", "9"}) {
		t.Errorf("a 2×2 block into 4×3 is repeated across 3 columns, which is no multiple of 2: %q", got)
	}
}

// TestPasteIntoSelectionNeverGrowsTheList checks that a repeated paste
// stays inside the selection at the end of the list.
func TestPasteIntoSelectionNeverGrowsTheList(t *testing.T) {
	d := openSample(t)
	n := d.Len()
	class := FieldColumn(roster.Class)
	d.PasteInto(Selection{n - 4, n - 1, class, class}, "9A")
	if d.Len() != n {
		t.Errorf("the list grew to %d rows from %d", d.Len(), n)
	}
	d.PasteInto(Selection{n - 1, n - 1, class, class}, "9A\r\n9B\r\n")
	if d.Len() != n+1 {
		t.Errorf("a block pasted once at the last row should add one row: %d", d.Len())
	}
	assertChecked(t, d)
}

// TestPastedListNeverWritesOverAPerson pastes two people with their
// header line into one new empty row above a pupil (tester T30): the
// first fills the empty row, the second goes into a new row before the
// pupil, who is still there with every value; one undo takes it all back.
func TestPastedListNeverWritesOverAPerson(t *testing.T) {
	d := openSample(t)
	ids := d.InsertRows(1, 1)
	below := d.Row(2)
	before := below.Values
	n := d.Roster().Len()
	text := "Förnamn\tEfternamn\tE-post\tKlass\tSkyddad identitet\r\n" +
		"Tyra\tLager\ttyra.lager@solbacka.se\t9A\tJa\r\n" +
		"Bo\tRing\tbo.ring@solbacka.se\t9A\tNej\r\n"
	p := d.PasteInto(CellAt(1, 0), text)
	if !p.ByHeader || p.Inserted != 1 || p.Protected != 1 {
		t.Errorf("pasted %+v, want by header, 1 inserted, 1 protected", p)
	}
	if d.Roster().Len() != n+1 {
		t.Fatalf("%d rows, want %d (one empty row filled, one row inserted)", d.Roster().Len(), n+1)
	}
	if got := d.Row(1); got.ID != ids[0] || got.Values[roster.FirstName] != "Tyra" || !got.Protected {
		t.Errorf("row 1 is %q (protected %v), want Tyra in the empty row, protected", got.Values, got.Protected)
	}
	if got := d.Row(2); got.Values[roster.FirstName] != "Bo" || got.Protected {
		t.Errorf("row 2 is %q, want Bo in a new row", got.Values)
	}
	if got := d.Row(3); got.ID != below.ID || got.Values != before {
		t.Errorf("the pupil below the empty row became %q, want %q", got.Values, before)
	}
	if p.Area.Row0 != 1 || p.Area.Rows() != 2 {
		t.Errorf("area %+v, want rows 1 and 2", p.Area)
	}
	assertChecked(t, d)
	d.Undo()
	if d.Roster().Len() != n || d.Row(2).ID != below.ID || !rowIsEmpty(d.Row(1)) {
		t.Error("one undo takes the paste back")
	}
}

// TestPastedListOntoAPersonInsertsEveryone pastes a list with its header
// onto a row that holds a pupil: nobody is written over, everyone pasted
// is inserted before that pupil.
func TestPastedListOntoAPersonInsertsEveryone(t *testing.T) {
	d := openSample(t)
	first := d.Row(0)
	before := first.Values
	n := d.Roster().Len()
	text := "E-post\tFörnamn\tEfternamn\r\nbo.ring@solbacka.se\tBo\tRing\r\n"
	p := d.PasteInto(CellAt(0, 0), text)
	if p.Inserted != 1 || d.Roster().Len() != n+1 {
		t.Fatalf("pasted %+v, %d rows; want 1 inserted, %d rows", p, d.Roster().Len(), n+1)
	}
	if d.Row(0).Values[roster.FirstName] != "Bo" || d.Row(1).ID != first.ID || d.Row(1).Values != before {
		t.Errorf("rows 0 and 1 are %q and %q; want Bo, then the untouched first pupil", d.Row(0).Values, d.Row(1).Values)
	}
	assertChecked(t, d)
}
