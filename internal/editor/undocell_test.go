package editor

import (
	"testing"

	"rosterdesk/internal/roster"
)

func TestUndoAndRedoCellNameTheCellTheyChange(t *testing.T) {
	d := benchDocument(20)
	if _, _, ok := d.UndoCell(); ok {
		t.Error("a fresh document has nothing to undo")
	}
	row := d.Row(12)
	d.SetCell(row.ID, FieldColumn(roster.Class), "8C")
	d.InsertRows(3, 1)
	d.Undo()
	id, col, ok := d.UndoCell()
	if !ok || id != row.ID || col != FieldColumn(roster.Class) {
		t.Errorf("UndoCell = %v, %v, %v; want row %v, Class", id, col, ok, row.ID)
	}
	if _, _, ok := d.RedoCell(); ok {
		t.Error("redoing an insert changes no cell")
	}
	d.Undo()
	if id, col, ok := d.RedoCell(); !ok || id != row.ID || col != FieldColumn(roster.Class) {
		t.Errorf("RedoCell = %v, %v, %v", id, col, ok)
	}
}
