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
	if d.view.numbers == nil {
		d.view.numbers = make(map[roster.RowID]int, len(d.roster.Rows))
		d.lastSourceLine = max(d.lastSourceLine, lastSourceLineOf(d.roster.Rows))
		next := d.lastSourceLine
		for _, row := range d.roster.Rows {
			if row.SourceLine > 0 {
				d.view.numbers[row.ID] = row.SourceLine
				continue
			}
			next++
			d.view.numbers[row.ID] = next
		}
	}
	return d.view.numbers[id]
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

// lastSourceLineOf returns the highest row number read from a file among
// rows, 0 when none was read from one.
func lastSourceLineOf(rows []*roster.Row) int {
	last := 0
	for _, row := range rows {
		last = max(last, row.SourceLine)
	}
	return last
}
