package editor

import "rosterdesk/internal/roster"

// UndoCell returns the first cell the edit Undo would revert changes, so
// that the window can show it; ok is false when there is nothing to undo
// or the edit changed rows, not cells.
func (d *Document) UndoCell() (id roster.RowID, col Column, ok bool) {
	if d.history.pos == 0 {
		return 0, 0, false
	}
	return firstCell(d.history.edits[d.history.pos-1])
}

// RedoCell is UndoCell for the edit Redo would apply.
func (d *Document) RedoCell() (id roster.RowID, col Column, ok bool) {
	if d.history.pos == len(d.history.edits) {
		return 0, 0, false
	}
	return firstCell(d.history.edits[d.history.pos])
}

// firstCell is the first cell an edit sets, or the first row it marks
// protected (column 0).
func firstCell(e edit) (roster.RowID, Column, bool) {
	for _, c := range e.changes {
		if id, col, ok := c.cell(); ok {
			return id, col, true
		}
	}
	return 0, 0, false
}
