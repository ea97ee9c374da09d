package editor

import (
	"errors"

	"rosterdesk/internal/roster"
)

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

// setting appends to changes the change of row's cell in column c to
// value (gone taken out of it) when it sets anything new, and keeps the
// row in view under a filter it no longer passes.
func (d *Document) setting(changes []change, row *roster.Row, c Column, value, gone string) []change {
	if ch := setTo(row, c, value, gone); ch.changes() {
		changes = append(changes, ch)
		d.view.pin(row.ID)
	}
	return changes
}

// changes reports whether the change sets anything new.
func (c cellChange) changes() bool { return c.old != c.new || c.oldGone != c.newGone }

func (c cellChange) apply(d *Document)     { d.setCell(c.id, c.col, c.new, c.newGone, c.old) }
func (c cellChange) revert(d *Document)    { d.setCell(c.id, c.col, c.old, c.oldGone, c.new) }
func (c cellChange) touched() roster.RowID { return c.id }
func (c cellChange) inverse() change {
	return cellChange{id: c.id, col: c.col, old: c.new, new: c.old, oldGone: c.newGone, newGone: c.oldGone}
}
func (c cellChange) fits(d *Document) bool {
	return d.byID.At(c.id) != nil && c.col >= 0 && int(c.col) < d.NumColumns()
}
func (c cellChange) cell() (roster.RowID, Column, bool) { return c.id, c.col, true }
func (cellChange) kind() string                         { return "cell" }
func (c cellChange) encode() jChange {
	return jChange{ID: c.id, Col: c.col, Old: c.old, New: c.new, OldG: c.oldGone, NewG: c.newGone}
}

func (cellChange) decode(reg rowRegistry, j jChange, numColumns int) (change, error) {
	if reg[j.ID] == nil || j.Col < 0 || int(j.Col) >= numColumns {
		return nil, errors.New("a cell change of an unknown cell")
	}
	return cellChange{id: j.ID, col: j.Col, old: j.Old, new: j.New, oldGone: j.OldG, newGone: j.NewG}, nil
}

func (d *Document) setCell(id roster.RowID, col Column, value, gone, old string) {
	row := d.byID.At(id)
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

func (c protectChange) apply(d *Document)                  { d.setProtected(c.id, c.new) }
func (c protectChange) revert(d *Document)                 { d.setProtected(c.id, c.old) }
func (c protectChange) touched() roster.RowID              { return c.id }
func (c protectChange) inverse() change                    { return protectChange{id: c.id, old: c.new, new: c.old} }
func (c protectChange) fits(d *Document) bool              { return d.byID.At(c.id) != nil }
func (c protectChange) cell() (roster.RowID, Column, bool) { return c.id, 0, true }
func (protectChange) kind() string                         { return "protect" }
func (c protectChange) encode() jChange                    { return jChange{ID: c.id, OldP: c.old, NewP: c.new} }

func (protectChange) decode(reg rowRegistry, j jChange, _ int) (change, error) {
	if reg[j.ID] == nil {
		return nil, errors.New("a protected mark of an unknown row")
	}
	return protectChange{id: j.ID, old: j.OldP, new: j.NewP}, nil
}

func (d *Document) setProtected(id roster.RowID, v bool) {
	row := d.byID.At(id)
	row.Protected = v
	d.checker.ProtectedChanged(row)
}
