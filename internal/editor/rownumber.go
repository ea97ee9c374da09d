package editor

import (
	"strconv"

	"rosterdesk/internal/roster"
)

// RowNumber returns the number the user knows a row by, the same in the
// grid's row header, the problem panel, the edit bar and every dialog,
// and the number `roster check` gives: for a row read from a file, the
// row Excel shows for it in that file (a csv's record row), whatever the
// filter, the sort or the rows deleted before it; for a row added in the
// program, a number after the last row read (ever, so that deleting it
// does not renumber them), counting the added rows in list order. 0 when
// the row is gone.
func (d *Document) RowNumber(id roster.RowID) int {
	row := d.byID.At(id)
	if row == nil {
		return 0
	}
	if row.SourceLine > 0 {
		return row.SourceLine
	}
	if d.view.added == nil {
		d.view.added = make(map[roster.RowID]int)
		next := d.lastSourceLine
		for _, row := range d.roster.Rows {
			if row.SourceLine == 0 {
				next++
				d.view.added[row.ID] = next
			}
		}
	}
	return d.view.added[id]
}

// RowName names a row where the window names one (the panel, the edit
// bar, the dialogs): its RowNumber, as text; "" when the row is gone.
func (d *Document) RowName(id roster.RowID) string {
	n := d.RowNumber(id)
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
