package editor

import "rosterdesk/internal/roster"

// insertRows puts rows at a position of the roster.
type insertRows struct {
	at   int
	rows []*roster.Row
}

func (c insertRows) apply(d *Document)                  { d.insertAt(c.at, c.rows) }
func (c insertRows) revert(d *Document)                 { d.removeAt(c.at, len(c.rows)) }
func (c insertRows) touched() roster.RowID              { return 0 }
func (c insertRows) inverse() change                    { return removeRows(c) }
func (c insertRows) cell() (roster.RowID, Column, bool) { return 0, 0, false }
func (insertRows) kind() string                         { return "insert" }
func (c insertRows) encode() jChange                    { return jChange{At: c.at, Rows: encodeRows(c.rows)} }

func (c insertRows) fits(d *Document) bool {
	if c.at < 0 || c.at > d.roster.Len() {
		return false
	}
	seen := make(map[roster.RowID]bool, len(c.rows))
	for _, row := range c.rows {
		if d.byID.At(row.ID) != nil || seen[row.ID] {
			return false
		}
		seen[row.ID] = true
	}
	return true
}

func (insertRows) decode(reg rowRegistry, j jChange, _ int) (change, error) {
	rows, err := reg.rows(j.Rows)
	if err != nil {
		return nil, err
	}
	return insertRows{at: j.At, rows: rows}, nil
}

// removeRows takes a run of rows out of the roster.
type removeRows struct {
	at   int
	rows []*roster.Row
}

func (c removeRows) apply(d *Document)                  { d.removeAt(c.at, len(c.rows)) }
func (c removeRows) revert(d *Document)                 { d.insertAt(c.at, c.rows) }
func (c removeRows) touched() roster.RowID              { return 0 }
func (c removeRows) inverse() change                    { return insertRows(c) }
func (c removeRows) cell() (roster.RowID, Column, bool) { return 0, 0, false }
func (removeRows) kind() string                         { return "remove" }
func (c removeRows) encode() jChange                    { return jChange{At: c.at, Rows: encodeRows(c.rows)} }

func (c removeRows) fits(d *Document) bool {
	if c.at < 0 || c.at+len(c.rows) > d.roster.Len() {
		return false
	}
	for k, row := range c.rows {
		if d.roster.Rows[c.at+k] != row {
			return false
		}
	}
	return true
}

func (removeRows) decode(reg rowRegistry, j jChange, _ int) (change, error) {
	rows, err := reg.rows(j.Rows)
	if err != nil {
		return nil, err
	}
	return removeRows{at: j.At, rows: rows}, nil
}

func (d *Document) insertAt(at int, rows []*roster.Row) {
	d.roster.Insert(at, rows...)
	for _, row := range rows {
		d.byID.Set(row.ID, row)
	}
	d.checker.Added(rows...)
}

func (d *Document) removeAt(at, n int) {
	removed := d.roster.Remove(at, at+n)
	for _, row := range removed {
		d.byID.Remove(row.ID)
	}
	d.checker.Removed(removed...)
}

// reorder replaces the order of the rows (a sort).
type reorder struct {
	before, after []*roster.Row
}

func (c reorder) apply(d *Document)                  { copy(d.roster.Rows, c.after) }
func (c reorder) revert(d *Document)                 { copy(d.roster.Rows, c.before) }
func (c reorder) touched() roster.RowID              { return 0 }
func (c reorder) inverse() change                    { return reorder{before: c.after, after: c.before} }
func (c reorder) cell() (roster.RowID, Column, bool) { return 0, 0, false }
func (reorder) kind() string                         { return "reorder" }
func (c reorder) encode() jChange {
	return jChange{Before: rowIDs(c.before), After: rowIDs(c.after)}
}

// fits holds when before is the roster's order and after the same rows.
func (c reorder) fits(d *Document) bool {
	if len(c.before) != d.roster.Len() || len(c.after) != len(c.before) {
		return false
	}
	count := make(map[*roster.Row]int, len(c.before))
	for i, row := range c.before {
		if d.roster.Rows[i] != row {
			return false
		}
		count[row]++
	}
	for _, row := range c.after {
		if count[row] == 0 {
			return false
		}
		count[row]--
	}
	return true
}

func (reorder) decode(reg rowRegistry, j jChange, _ int) (change, error) {
	before, err := reg.byIDs(j.Before)
	if err != nil {
		return nil, err
	}
	after, err := reg.byIDs(j.After)
	if err != nil {
		return nil, err
	}
	return reorder{before: before, after: after}, nil
}
