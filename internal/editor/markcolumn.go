package editor

import (
	"errors"
	"slices"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// SettleMarkColumn says what the extra column named column holds, whose
// header sounds like a protected-identity mark (the problem
// protected_column_unknown): with marks true, every row whose value in it
// is not an explicit "no" becomes protected, by the rule the import
// follows (roster.ReadMark), and a value that is no known "yes" is
// listed as a warning; with marks false, the column is no mark and
// changes nothing. Either is one edit that Undo takes back.
func (d *Document) SettleMarkColumn(column string, marks bool) {
	x := slices.Index(d.roster.ExtraColumns, column)
	if x < 0 || d.roster.Settled(column) {
		return
	}
	changes := []change{settleChange{column: column, old: false, new: true}}
	var unclear []check.Problem
	if marks {
		for _, row := range d.roster.Rows {
			v := row.ExtraValue(x)
			m := roster.ReadMark(v)
			if !m.Protected() {
				continue
			}
			if m == roster.MarkOther {
				unclear = append(unclear, check.ProtectedValue(row.ID, column, v))
			}
			if !row.Protected {
				changes = append(changes, protectChange{id: row.ID, old: false, new: true})
			}
		}
		// Listed while their rows are protected: after an undo, not.
		d.checker.Hold(unclear...)
	}
	d.do("Settle column", changes)
	if len(unclear) > 0 {
		d.journalSnapshot() // the warnings held are in no record
	}
}

// settleChange records that the user said what a column holds.
type settleChange struct {
	column   string
	old, new bool
}

func (c settleChange) apply(d *Document)                  { d.roster.SetSettled(c.column, c.new) }
func (c settleChange) revert(d *Document)                 { d.roster.SetSettled(c.column, c.old) }
func (c settleChange) touched() roster.RowID              { return 0 }
func (c settleChange) inverse() change                    { return settleChange{column: c.column, old: c.new, new: c.old} }
func (c settleChange) fits(d *Document) bool              { return slices.Contains(d.roster.ExtraColumns, c.column) }
func (c settleChange) cell() (roster.RowID, Column, bool) { return 0, 0, false }
func (settleChange) kind() string                         { return "settle" }
func (c settleChange) encode() jChange                    { return jChange{New: c.column, OldP: c.old, NewP: c.new} }

func (settleChange) decode(_ rowRegistry, j jChange, _ int) (change, error) {
	if j.New == "" {
		return nil, errors.New("a settled column without a name")
	}
	return settleChange{column: j.New, old: j.OldP, new: j.NewP}, nil
}
