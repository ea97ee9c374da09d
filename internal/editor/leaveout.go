package editor

import (
	"errors"

	"rosterdesk/internal/roster"
)

// SetLeftOut leaves rows out of the upload file, or takes them back into
// it, as one edit: a left-out row stays in the list, is never exported,
// and is counted apart (a leaver, a row hidden in the workbook, a person
// who does not belong on the list).
func (d *Document) SetLeftOut(ids []roster.RowID, leftOut bool) {
	var changes []change
	for _, id := range ids {
		if row := d.byID.At(id); row != nil && row.LeftOut != leftOut {
			changes = append(changes, leaveOutChange{id: id, old: row.LeftOut, new: leftOut})
		}
	}
	label := "Leave out of the file"
	if !leftOut {
		label = "Take back into the file"
	}
	d.do(label, changes)
}

// leaveOutChange leaves a row out of the upload file or takes it back.
type leaveOutChange struct {
	id       roster.RowID
	old, new bool
}

func (c leaveOutChange) apply(d *Document)     { d.setLeftOut(c.id, c.new) }
func (c leaveOutChange) revert(d *Document)    { d.setLeftOut(c.id, c.old) }
func (c leaveOutChange) touched() roster.RowID { return c.id }
func (c leaveOutChange) inverse() change {
	return leaveOutChange{id: c.id, old: c.new, new: c.old}
}
func (c leaveOutChange) fits(d *Document) bool              { return d.byID.At(c.id) != nil }
func (c leaveOutChange) cell() (roster.RowID, Column, bool) { return c.id, 0, true }
func (leaveOutChange) kind() string                         { return "leaveout" }
func (c leaveOutChange) encode() jChange                    { return jChange{ID: c.id, OldL: c.old, NewL: c.new} }

func (leaveOutChange) decode(reg rowRegistry, j jChange, _ int) (change, error) {
	if reg[j.ID] == nil {
		return nil, errors.New("a left-out mark of an unknown row")
	}
	return leaveOutChange{id: j.ID, old: j.OldL, new: j.NewL}, nil
}

func (d *Document) setLeftOut(id roster.RowID, v bool) {
	row := d.byID.At(id)
	row.LeftOut = v
	d.checker.LeftOutChanged(row)
}
