package editor

import (
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

// A row keeps its number under a filter, as in a spreadsheet, and the
// numbers follow a sort and a deleted row.
func TestRowNumbersStayUnderAFilter(t *testing.T) {
	d := New()
	d.Paste(0, 0, "a@x.se\tAnna\tBerg\t9A\tEkskolan\tBorås\tstudent\r\n"+
		"b@x.se\tBo\tAsk\t9B\tLundskolan\tBorås\tstudent\r\n"+
		"c@x.se\tCia\tDahl\t9A\tEkskolan\tBorås\tstudent\r\n")
	cia := d.Row(2).ID
	d.SetFilter(Filter{School: "Ekskolan"})
	if d.Len() != 2 || d.Row(1).ID != cia {
		t.Fatalf("filter shows %d rows", d.Len())
	}
	if n := d.RowNumber(cia); n != 3 {
		t.Errorf("Cia's number under the filter %d, want 3", n)
	}
	d.SetFilter(Filter{})
	d.DeleteRows([]roster.RowID{d.Row(0).ID})
	if n := d.RowNumber(cia); n != 2 {
		t.Errorf("after deleting the first row Cia's number %d, want 2", n)
	}
	if n := d.RowNumber(roster.RowID(1 << 30)); n != 0 {
		t.Errorf("an unknown row's number %d, want 0", n)
	}
}

// A row read from a file keeps the number Excel shows for it there, under
// a sort and after deleting the rows above it; rows added in the program
// come after the last row read.
func TestRowNumbersAreTheSourceRows(t *testing.T) {
	path := filepath.Join("..", "sheet", "testdata", "import", "libreoffice.xlsx")
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var numbers []int
	for i := range d.Len() {
		numbers = append(numbers, d.RowNumber(d.Row(i).ID))
	}
	if !slices.Equal(numbers, []int{5, 6, 7, 9}) {
		t.Fatalf("numbers %v, want the sheet's rows 5, 6, 7 and 9 (below its title lines and header, around a blank row)", numbers)
	}
	third := d.Row(2).ID
	d.DeleteRows([]roster.RowID{d.Row(0).ID})
	d.Sort(FieldColumn(roster.FirstName), true)
	if n := d.RowNumber(third); n != 7 {
		t.Errorf("after a delete and a sort the third row's number %d, want 7", n)
	}
	ids := d.InsertRows(0, 2)
	added := []int{d.RowNumber(ids[0]), d.RowNumber(ids[1])}
	if !slices.Equal(added, []int{10, 11}) {
		t.Errorf("added rows numbered %v, want 10 and 11, after the last row read", added)
	}
}

// Rows typed into a list after rows read from a file come after the last
// row read, and keep their numbers when that row is deleted.
func TestAddedRowsAfterTheLastRowRead(t *testing.T) {
	d, err := Open(filepath.Join("..", "sheet", "testdata", "import", "libreoffice.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	last := d.Row(d.Len() - 1).ID
	added := d.InsertRows(d.Len(), 1)[0]
	if n := d.RowNumber(added); n != 10 {
		t.Fatalf("a row added after row 9 is numbered %d", n)
	}
	d.DeleteRows([]roster.RowID{last})
	if n := d.RowNumber(added); n != 10 {
		t.Errorf("after deleting row 9 the added row is numbered %d, want 10 still", n)
	}
}

// The last row read, deleted before any row number was asked for, still
// keeps its number from a row added after it.
func TestAddedRowAfterTheLastRowReadDeletedFirst(t *testing.T) {
	d, err := Open(filepath.Join("..", "sheet", "testdata", "import", "libreoffice.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	d.DeleteRows([]roster.RowID{d.Row(d.Len() - 1).ID})
	added := d.InsertRows(d.Len(), 1)[0]
	if n := d.RowNumber(added); n != 10 {
		t.Errorf("a row added after deleting row 9 is numbered %d, want 10 (9 was row 9's)", n)
	}
}
