package editor

import (
	"fmt"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// SetCell sets one cell to what the user typed (trimmed; a role word made
// "student" or "teacher").
func (d *Document) SetCell(id roster.RowID, c Column, value string) {
	d.Fill([]roster.RowID{id}, c, value)
}

// Fill sets column c of every listed row to value, as one edit.
func (d *Document) Fill(ids []roster.RowID, c Column, value string) {
	value, gone := normalise(c, value)
	var changes []change
	for _, id := range ids {
		row := d.byID.At(id)
		if row == nil || int(c) >= d.NumColumns() || c < 0 {
			continue
		}
		changes = d.setting(changes, row, c, value, gone)
	}
	label := fmt.Sprintf("Edit %s", d.ColumnName(c))
	if len(changes) > 1 {
		label = fmt.Sprintf("Fill %s", d.ColumnName(c))
	}
	d.do(label, changes)
}

// FillEmpty sets field f of every row that is exported and has it empty
// to value, as one edit, and returns how many cells changed: the answer
// to a fix that asks (check.Fix.Ask), such as the municipality of a list
// read without a Kommun column.
func (d *Document) FillEmpty(f roster.Field, value string) int {
	c := FieldColumn(f)
	value, gone := normalise(c, value)
	if value == "" {
		return 0
	}
	var changes []change
	for _, row := range d.roster.Rows {
		if emptyIn(row, f) {
			changes = d.setting(changes, row, c, value, gone)
		}
	}
	d.do(fmt.Sprintf("Fill %s", d.ColumnName(c)), changes)
	return len(changes)
}

// EmptyCount returns how many cells FillEmpty would fill.
func (d *Document) EmptyCount(f roster.Field) int {
	n := 0
	for _, row := range d.roster.Rows {
		if emptyIn(row, f) {
			n++
		}
	}
	return n
}

// emptyIn reports whether row is exported with field f empty.
func emptyIn(row *roster.Row, f roster.Field) bool {
	return row.Exported() && strings.TrimSpace(row.Values[f]) == ""
}

// ClearCells empties column c of the listed rows (the Delete key).
func (d *Document) ClearCells(ids []roster.RowID, cols []Column) {
	var changes []change
	for _, id := range ids {
		row := d.byID.At(id)
		if row == nil {
			continue
		}
		for _, c := range cols {
			if ch := setTo(row, c, "", ""); ch.changes() && int(c) < d.NumColumns() {
				changes = append(changes, ch)
			}
		}
	}
	d.do("Clear", changes)
}

// SetProtected marks or unmarks rows as protected identity.
func (d *Document) SetProtected(ids []roster.RowID, protected bool) {
	var changes []change
	for _, id := range ids {
		if row := d.byID.At(id); row != nil && row.Protected != protected {
			changes = append(changes, protectChange{id: id, old: row.Protected, new: protected})
		}
	}
	d.do("Mark protected", changes)
}

// InsertRows inserts n blank rows before the visible row at index at (or
// after the last row when at is the view's length) and returns their ids.
func (d *Document) InsertRows(at, n int) []roster.RowID {
	if n <= 0 {
		return nil
	}
	pos := d.rosterPosition(at)
	rows := make([]*roster.Row, n)
	ids := make([]roster.RowID, n)
	for i := range rows {
		rows[i] = d.roster.NewRow()
		ids[i] = rows[i].ID
		d.view.pin(ids[i])
	}
	d.do("Add rows", []change{insertRows{at: pos, rows: rows}})
	return ids
}

// rosterPosition turns a view index into the roster position that a new
// row inserted there takes.
func (d *Document) rosterPosition(at int) int {
	if at >= 0 && at < d.view.Len() {
		return d.roster.Index(d.view.rows[at].ID)
	}
	if n := d.view.Len(); n > 0 && n < d.roster.Len() {
		return d.roster.Index(d.view.rows[n-1].ID) + 1
	}
	return d.roster.Len()
}

// DeleteRows removes the listed rows, as one edit.
func (d *Document) DeleteRows(ids []roster.RowID) {
	wanted := make(map[roster.RowID]bool, len(ids))
	for _, id := range ids {
		wanted[id] = true
	}
	var positions []int
	for i, row := range d.roster.Rows {
		if wanted[row.ID] {
			positions = append(positions, i)
		}
	}
	// Remove runs of neighbouring rows from the bottom up, so that each
	// run's position is still right when it is removed and when undo puts
	// the runs back in the opposite order.
	var changes []change
	for end := len(positions); end > 0; {
		start := end - 1
		for start > 0 && positions[start-1] == positions[start]-1 {
			start--
		}
		at := positions[start]
		n := end - start
		changes = append(changes, removeRows{at: at, rows: append([]*roster.Row(nil), d.roster.Rows[at:at+n]...)})
		end = start
	}
	d.do("Delete rows", changes)
}

// ApplyFix applies a problem's certain fix. A fix that is a choice needs
// the user's pick: see KeepRow and ApplyChoice.
func (d *Document) ApplyFix(p check.Problem) {
	if p.Fix != nil && p.Fix.LeaveOut {
		d.SetLeftOut([]roster.RowID{p.Row}, true)
		return
	}
	if p.Fix == nil || p.Fix.Choice() || !p.Fix.FieldOf(&p).Valid() {
		return
	}
	d.Fill([]roster.RowID{p.Row}, FieldColumn(p.Fix.FieldOf(&p)), p.Fix.Value)
}

// ApplyChoice applies the repair the user picked, by its place in the
// problem's Fix.Choices (make an unknown role teacher, or leave the row
// out), as one edit.
func (d *Document) ApplyChoice(p check.Problem, i int) {
	if p.Fix == nil || i < 0 || i >= len(p.Fix.Choices) || p.Fix.Choices[i].Choice() {
		return
	}
	p.Fix = &p.Fix.Choices[i]
	d.ApplyFix(p)
}

// ApplyFixes applies the fix of every current problem with the given
// code, as one edit, and returns how many cells (or rows left out)
// changed. Fixes that are a choice (keep one of several rows, teacher or
// leave out) are left to the user.
func (d *Document) ApplyFixes(code check.Code) int {
	var changes []change
	seen := make(map[cell]bool)
	for _, p := range d.checker.Problems() {
		if p.Code == code && p.Fix != nil && p.Fix.LeaveOut {
			if row := d.byID.At(p.Row); row != nil && !row.LeftOut && !seen[cell{p.Row, -1}] {
				seen[cell{p.Row, -1}] = true
				changes = append(changes, leaveOutChange{id: p.Row, old: false, new: true})
			}
			continue
		}
		if p.Code != code || p.Fix == nil || p.Fix.Choice() || !p.Fix.FieldOf(&p).Valid() || seen[cell{p.Row, FieldColumn(p.Fix.FieldOf(&p))}] {
			continue
		}
		c := FieldColumn(p.Fix.FieldOf(&p))
		seen[cell{p.Row, c}] = true
		row := d.byID.At(p.Row)
		value, gone := normalise(c, p.Fix.Value)
		changes = d.setting(changes, row, c, value, gone)
	}
	d.do("Fix all", changes)
	return len(changes)
}

// cell names one cell by row id and column.
type cell struct {
	id  roster.RowID
	col Column
}
