package editor

import (
	"strings"

	"rosterdesk/internal/roster"
)

// Column is a column of the grid: the eight fields in file order, then the
// roster's extra columns.
type Column int

// FieldColumn returns the column of field f.
func FieldColumn(f roster.Field) Column { return Column(f) }

// Field returns the column's field; ok is false for an extra column.
func (c Column) Field() (f roster.Field, ok bool) {
	if c >= 0 && c < Column(roster.NumFields) {
		return roster.Field(c), true
	}
	return roster.NoField, false
}

// Extra returns the index of the extra column, or -1 for a field.
func (c Column) Extra() int {
	if c < Column(roster.NumFields) {
		return -1
	}
	return int(c) - int(roster.NumFields)
}

// NumColumns returns the number of grid columns.
func (d *Document) NumColumns() int { return int(roster.NumFields) + len(d.roster.ExtraColumns) }

// ColumnName returns a column's header: the field's upload name, or the
// extra column's header from the source file.
func (d *Document) ColumnName(c Column) string {
	if f, ok := c.Field(); ok {
		return f.String()
	}
	if i := c.Extra(); i >= 0 && i < len(d.roster.ExtraColumns) {
		return d.roster.ExtraColumns[i]
	}
	return ""
}

// CellValue returns the text of a row's cell in column c.
func CellValue(row *roster.Row, c Column) string {
	if f, ok := c.Field(); ok {
		return row.Values[f]
	}
	return row.ExtraValue(c.Extra())
}

// normalise turns what the user typed or pasted into a cell value, as on
// import: a field loses its invisible characters (roster.CleanText; they
// are returned in removed, for the check's warning), surrounding spaces
// go, and a recognised role word becomes "student" or "teacher".
func normalise(c Column, value string) (clean, removed string) {
	if _, ok := c.Field(); ok {
		value, removed = roster.CleanText(value)
	}
	value = strings.TrimSpace(value)
	if c == FieldColumn(roster.Role) {
		if k := roster.ParseRole(value); k != roster.NoRole {
			return k.String(), removed
		}
	}
	return value, removed
}

// cellRemoved returns the invisible characters taken out of a row's cell
// in column c when it was set; "" for an extra column.
func cellRemoved(row *roster.Row, c Column) string {
	f, _ := c.Field()
	return row.Removed(f)
}
