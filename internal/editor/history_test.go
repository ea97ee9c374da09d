package editor

import (
	"fmt"
	"testing"

	"rosterdesk/internal/roster"
)

// TestHistoryKeepsTheLastEdits makes more edits than the history holds
// and checks that exactly the last maxHistory can be undone, in order,
// and redone.
func TestHistoryKeepsTheLastEdits(t *testing.T) {
	d := benchDocument(3)
	id, col := d.Row(0).ID, FieldColumn(roster.School)
	total := maxHistory + 250
	for i := range total {
		d.SetCell(id, col, fmt.Sprintf("Skola %d", i))
	}
	undone := 0
	for {
		if _, ok := d.Undo(); !ok {
			break
		}
		undone++
		if want := fmt.Sprintf("Skola %d", total-1-undone); undone < maxHistory && CellValue(d.RowByID(id), col) != want {
			t.Fatalf("after %d undos the cell says %q, want %q", undone, CellValue(d.RowByID(id), col), want)
		}
	}
	if undone != maxHistory {
		t.Fatalf("%d edits could be undone, want %d", undone, maxHistory)
	}
	if got, want := CellValue(d.RowByID(id), col), fmt.Sprintf("Skola %d", total-1-maxHistory); got != want {
		t.Errorf("the oldest state kept is %q, want %q", got, want)
	}
	for range maxHistory {
		if _, ok := d.Redo(); !ok {
			t.Fatal("a redo failed")
		}
	}
	if got, want := CellValue(d.RowByID(id), col), fmt.Sprintf("Skola %d", total-1); got != want {
		t.Errorf("after redoing all, the cell says %q, want %q", got, want)
	}
}
