package sheet

import (
	"slices"
	"strings"

	"rosterdesk/internal/roster"
)

// The working copy's columns after Protected, written only when a row
// has the mark: rows left out of the upload file, and rows the source
// workbook hid.
const (
	leftOutHeader = "Left out"
	hiddenHeader  = "Hidden"
)

// IsWorkingCopy reports whether imp is a file SaveWorkingCopy wrote: an
// xlsx with the eight columns named as the upload file names them, in
// order, on row 1, and a Protected column.
func (imp *Import) IsWorkingCopy() bool {
	if imp.Format != "xlsx" || imp.HeaderRow != 1 || imp.ProtectedColumn != protectedHeader {
		return false
	}
	for _, f := range roster.Fields {
		if imp.Columns[f] != f.String() {
			return false
		}
	}
	return true
}

// workingCopyMarks returns the marks columns of a working copy's row.
func workingCopyMarks(r *roster.Roster) (leftOut, hidden bool) {
	for _, row := range r.Rows {
		if !row.Blank() {
			leftOut = leftOut || row.LeftOut
			hidden = hidden || row.Hidden
		}
	}
	return leftOut, hidden
}

// readWorkingCopyMarks reads a working copy's Left out and Hidden columns
// into the rows' marks and drops them from the extra columns.
func (imp *Import) readWorkingCopyMarks() {
	r := imp.Roster
	for _, mark := range []struct {
		header string
		set    func(*roster.Row)
	}{
		{leftOutHeader, func(row *roster.Row) { row.LeftOut = true }},
		{hiddenHeader, func(row *roster.Row) { row.Hidden = true }},
	} {
		i := slices.Index(r.ExtraColumns, mark.header)
		if i < 0 {
			continue
		}
		for _, row := range r.Rows {
			if strings.EqualFold(row.ExtraValue(i), protectedYes) {
				mark.set(row)
			}
			if i < len(row.Extra) {
				row.Extra = slices.Delete(row.Extra, i, i+1)
			}
		}
		r.ExtraColumns = slices.Delete(r.ExtraColumns, i, i+1)
	}
}
