package editor

import "rosterdesk/internal/roster"

// cellChange sets one cell: a field, or an extra column. oldGone and
// newGone are the invisible characters that were taken out of each value
// (roster.Row.Removed), so that undo brings back the warning too.
type cellChange struct {
	id               roster.RowID
	col              Column
	old, new         string
	oldGone, newGone string
}

// setTo is the change of row's cell in column c to value, from which the
// characters gone were removed.
func setTo(row *roster.Row, c Column, value, gone string) cellChange {
	return cellChange{id: row.ID, col: c, old: CellValue(row, c), oldGone: cellRemoved(row, c), new: value, newGone: gone}
}

// changes reports whether the change sets anything new.
func (c cellChange) changes() bool { return c.old != c.new || c.oldGone != c.newGone }

func (c cellChange) apply(d *Document)     { d.setCell(c.id, c.col, c.new, c.newGone, c.old) }
func (c cellChange) revert(d *Document)    { d.setCell(c.id, c.col, c.old, c.oldGone, c.new) }
func (c cellChange) touched() roster.RowID { return c.id }

func (d *Document) setCell(id roster.RowID, col Column, value, gone, old string) {
	row := d.byID[id]
	setValue(row, col, value, gone)
	// An extra column can make a row blank or not, so the checker hears
	// of it too.
	f, ok := col.Field()
	if !ok {
		f = roster.NoField
	}
	d.checker.Changed(row, f, old)
}

// setValue writes a cell of a row, growing its extra values as needed;
// gone are the invisible characters taken out of a field's value.
func setValue(row *roster.Row, col Column, value, gone string) {
	if f, ok := col.Field(); ok {
		row.Values[f] = value
		row.SetRemoved(f, gone)
		return
	}
	i := col.Extra()
	for len(row.Extra) <= i {
		row.Extra = append(row.Extra, "")
	}
	row.Extra[i] = value
}

// protectChange marks or unmarks a row as protected.
type protectChange struct {
	id       roster.RowID
	old, new bool
}

func (c protectChange) apply(d *Document)     { d.setProtected(c.id, c.new) }
func (c protectChange) revert(d *Document)    { d.setProtected(c.id, c.old) }
func (c protectChange) touched() roster.RowID { return c.id }

func (d *Document) setProtected(id roster.RowID, v bool) {
	row := d.byID[id]
	row.Protected = v
	d.checker.ProtectedChanged(row)
}

// insertRows puts rows at a position of the roster.
type insertRows struct {
	at   int
	rows []*roster.Row
}

func (c insertRows) apply(d *Document)     { d.insertAt(c.at, c.rows) }
func (c insertRows) revert(d *Document)    { d.removeAt(c.at, len(c.rows)) }
func (c insertRows) touched() roster.RowID { return 0 }

// removeRows takes a run of rows out of the roster.
type removeRows struct {
	at   int
	rows []*roster.Row
}

func (c removeRows) apply(d *Document)     { d.removeAt(c.at, len(c.rows)) }
func (c removeRows) revert(d *Document)    { d.insertAt(c.at, c.rows) }
func (c removeRows) touched() roster.RowID { return 0 }

func (d *Document) insertAt(at int, rows []*roster.Row) {
	d.roster.Insert(at, rows...)
	for _, row := range rows {
		d.byID[row.ID] = row
	}
	d.checker.Added(rows...)
}

func (d *Document) removeAt(at, n int) {
	removed := d.roster.Remove(at, at+n)
	for _, row := range removed {
		delete(d.byID, row.ID)
	}
	d.checker.Removed(removed...)
}

// reorder replaces the order of the rows (a sort).
type reorder struct {
	before, after []*roster.Row
}

func (c reorder) apply(d *Document)     { copy(d.roster.Rows, c.after) }
func (c reorder) revert(d *Document)    { copy(d.roster.Rows, c.before) }
func (c reorder) touched() roster.RowID { return 0 }
