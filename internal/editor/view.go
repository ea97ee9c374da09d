package editor

import (
	"strings"

	"rosterdesk/internal/roster"
)

// Filter chooses the rows the grid shows. The zero Filter shows all.
type Filter struct {
	// School shows only rows of this school (as written, trimmed).
	School string
	// Class shows only rows of this class (canonical form).
	Class string
	// Role shows only students or only teachers; NoRole shows both.
	Role roster.RoleKind
	// OnlyProblems shows only rows with at least one problem.
	OnlyProblems bool
	// Text shows only rows with a cell that contains it, in any case.
	Text string
}

// Active reports whether the filter hides anything.
func (f Filter) Active() bool { return f != Filter{} }

// view is the document as the grid shows it: the rows that pass the
// filter, in roster order. Rows the user added or edited under a filter
// stay visible until the filter changes, as in a spreadsheet, so that a row
// does not vanish while it is being typed into.
type view struct {
	filter Filter
	rows   []*roster.Row
	pos    roster.IDTable[int]
	pinned map[roster.RowID]bool
	// added holds the number of each row added in the program (see
	// Document.RowNumber), made when first asked for after the rows
	// changed; a row read from a file carries its own.
	added map[roster.RowID]int
}

// rebuild makes the view again after the rows changed, and remembers the
// last row read from a file that the document has held.
func (v *view) rebuild(d *Document) {
	v.added = nil
	v.rows = v.rows[:0]
	text := strings.ToLower(strings.TrimSpace(v.filter.Text))
	for _, row := range d.roster.Rows {
		d.lastSourceLine = max(d.lastSourceLine, row.SourceLine)
		if v.pinned[row.ID] || v.passes(d, row, text) {
			v.rows = append(v.rows, row)
		}
	}
	v.pos = roster.NewIDTable[int](len(v.rows))
	for i, row := range v.rows {
		v.pos.Set(row.ID, i)
	}
}

func (v *view) passes(d *Document, row *roster.Row, text string) bool {
	f := &v.filter
	if !f.Active() {
		return true
	}
	if f.School != "" && strings.TrimSpace(row.Values[roster.School]) != f.School {
		return false
	}
	if f.Class != "" && roster.ParseClass(row.Values[roster.Class]).Canonical != f.Class {
		return false
	}
	if f.Role != roster.NoRole && row.Kind() != f.Role {
		return false
	}
	if f.OnlyProblems && len(d.checker.RowProblems(row.ID)) == 0 {
		return false
	}
	return text == "" || rowContains(row, text)
}

// rowContains reports whether a cell of row contains lower, which is
// already lower case.
func rowContains(row *roster.Row, lower string) bool {
	for _, v := range row.Values {
		if strings.Contains(strings.ToLower(v), lower) {
			return true
		}
	}
	for _, v := range row.Extra {
		if strings.Contains(strings.ToLower(v), lower) {
			return true
		}
	}
	return false
}

// pin keeps a row visible under the current filter.
func (v *view) pin(id roster.RowID) {
	if !v.filter.Active() {
		return
	}
	if v.pinned == nil {
		v.pinned = make(map[roster.RowID]bool)
	}
	v.pinned[id] = true
}

// Len returns the number of visible rows.
func (v *view) Len() int { return len(v.rows) }

// Len returns the number of rows the grid shows.
func (d *Document) Len() int { return d.view.Len() }

// Row returns the visible row at index i, or nil.
func (d *Document) Row(i int) *roster.Row {
	if i < 0 || i >= len(d.view.rows) {
		return nil
	}
	return d.view.rows[i]
}

// Position returns the visible index of the row with id, or -1 when it is
// hidden or gone.
func (d *Document) Position(id roster.RowID) int {
	if i, ok := d.view.pos.Get(id); ok {
		return i
	}
	return -1
}

// Filter returns the current filter.
func (d *Document) Filter() Filter { return d.view.filter }

// SetFilter changes which rows the grid shows. It is not an edit: undo
// does not revert it.
func (d *Document) SetFilter(f Filter) {
	f.School = strings.TrimSpace(f.School)
	f.Class = strings.TrimSpace(f.Class)
	d.view.filter = f
	d.view.pinned = nil
	d.view.rebuild(d)
	d.notify(Change{Structure: true})
}
