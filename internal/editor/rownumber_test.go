package editor

import (
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
