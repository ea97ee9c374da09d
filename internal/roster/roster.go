package roster

import (
	"maps"
	"slices"
)

// Roster is a list of people, in the order the user sees them, with the
// names of any extra columns that came with the imported file.
type Roster struct {
	// Rows in display order. Use the methods to add rows so that they get
	// ids.
	Rows []*Row
	// ExtraColumns names the columns of the source file that are not one of
	// the eight fields (personal numbers, notes): kept in the working copy,
	// never exported.
	ExtraColumns []string
	// Sources lists the files and sheets the rows were read from, in the
	// order read; Row.Source numbers them from 1.
	Sources []Source

	lastID RowID
	// settled names the extra columns that sound like a protection mark
	// of which the user has said what they hold (see SetSettled).
	settled map[string]bool
	// markLike names the extra columns whose values read as protection
	// marks (see SetMarkLike).
	markLike map[string]bool
	// grade names the extra column the user said holds the grade (see
	// SetGradeColumn).
	grade string
	// marksOff names the extra columns whose header names them a
	// protection mark but which the user mapped to something else (see
	// SetMarkOff).
	marksOff map[string]string
	// twins names the extra columns headed as a field that another
	// column was read as (see SetTwin).
	twins map[string]Field
}

// New returns an empty roster.
func New() *Roster { return &Roster{} }

// Clone returns a deep copy of the roster, rows with their ids: a
// snapshot that another goroutine may read while this one is edited.
func (r *Roster) Clone() *Roster {
	c := &Roster{Rows: make([]*Row, len(r.Rows)), ExtraColumns: slices.Clone(r.ExtraColumns),
		Sources: slices.Clone(r.Sources), lastID: r.lastID, grade: r.grade, settled: maps.Clone(r.settled), markLike: maps.Clone(r.markLike),
		marksOff: maps.Clone(r.marksOff), twins: maps.Clone(r.twins)}
	for i, row := range r.Rows {
		c.Rows[i] = row.Clone()
	}
	return c
}

// NewRow returns a new empty row with a fresh id, not yet in the roster.
func (r *Roster) NewRow() *Row {
	r.lastID++
	return &Row{ID: r.lastID}
}

// Append adds a new row with the given values at the end and returns it.
func (r *Roster) Append(values [NumFields]string) *Row {
	row := r.NewRow()
	row.Values = values
	r.Rows = append(r.Rows, row)
	return row
}

// Adopt makes row part of the roster's id space: a row with id 0 gets a
// fresh id, and later ids stay above row's. It does not add the row.
func (r *Roster) Adopt(row *Row) {
	if row.ID == 0 {
		r.lastID++
		row.ID = r.lastID
	} else if row.ID > r.lastID {
		r.lastID = row.ID
	}
}

// Insert puts rows at position i (0 ≤ i ≤ Len), giving ids to those that
// have none.
func (r *Roster) Insert(i int, rows ...*Row) {
	for _, row := range rows {
		r.Adopt(row)
	}
	r.Rows = append(r.Rows[:i], append(append([]*Row(nil), rows...), r.Rows[i:]...)...)
}

// Remove deletes the rows at positions [i, j) and returns them.
func (r *Roster) Remove(i, j int) []*Row {
	removed := append([]*Row(nil), r.Rows[i:j]...)
	r.Rows = slices.Delete(r.Rows, i, j)
	return removed
}

// Len returns the number of rows.
func (r *Roster) Len() int { return len(r.Rows) }

// Index returns the position of the row with id, or -1. It scans the
// roster; callers that need it often keep their own index.
func (r *Roster) Index(id RowID) int {
	for i, row := range r.Rows {
		if row.ID == id {
			return i
		}
	}
	return -1
}

// ByID returns the row with id, or nil.
func (r *Roster) ByID(id RowID) *Row {
	if i := r.Index(id); i >= 0 {
		return r.Rows[i]
	}
	return nil
}

// AddExtraColumn adds an extra column and returns its index.
func (r *Roster) AddExtraColumn(name string) int {
	r.ExtraColumns = append(r.ExtraColumns, name)
	return len(r.ExtraColumns) - 1
}

// Counts tallies the non-blank rows of the roster.
type Counts struct {
	Rows, Students, Teachers, Protected int
	// LeftOut counts the rows left out of the upload file (see
	// Row.LeftOut) that are not protected.
	LeftOut int
}

// Count returns how many non-blank rows there are, how many of them are
// students and teachers (protected and left-out ones included), how many
// are protected, and how many others are left out.
func (r *Roster) Count() Counts {
	var c Counts
	for _, row := range r.Rows {
		if row.Blank() {
			continue
		}
		c.Rows++
		switch row.Kind() {
		case Student:
			c.Students++
		case Teacher:
			c.Teachers++
		}
		switch {
		case row.Protected:
			c.Protected++
		case row.LeftOut:
			c.LeftOut++
		}
	}
	return c
}
