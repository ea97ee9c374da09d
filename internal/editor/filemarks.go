package editor

import (
	"slices"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// A row that the file it was read from marks protected identity (the
// school system's "Ja" under "Skyddad identitet") must not lose the mark
// to one click: Edit > Remove the protected mark asks first, naming the
// column (tester T21). The document remembers which rows were protected
// as they were read, and by which column.

// fileMarksOf returns the rows of imp that its reader protected, each
// with the column that protected it ("" when none is known): the column
// of a problem held on the row (an unclear mark, a status, a
// placeholder), else its source's protection column.
func fileMarksOf(imp *sheet.Import) map[roster.RowID]string {
	var out map[roster.RowID]string
	for _, row := range imp.Roster.Rows {
		if !row.Protected {
			continue
		}
		if out == nil {
			out = make(map[roster.RowID]string)
		}
		column := ""
		if i := row.Source - 1; i >= 0 && i < len(imp.Sources) {
			column = imp.Sources[i].ProtectedColumn
		} else if len(imp.Sources) == 0 {
			column = imp.ProtectedColumn
		}
		out[row.ID] = column
	}
	for _, p := range imp.Problems {
		if _, ok := out[p.Row]; ok && p.Row != 0 && p.Column != "" {
			out[p.Row] = p.Column
		}
	}
	return out
}

// addFileMarks records marks (by the ids the rows have in the document).
func (d *Document) addFileMarks(marks map[roster.RowID]string) {
	if len(marks) == 0 {
		return
	}
	if d.fileMarks == nil {
		d.fileMarks = make(map[roster.RowID]string, len(marks))
	}
	for id, column := range marks {
		d.fileMarks[id] = column
	}
}

// FileMarked returns how many of the rows ids are protected by a mark of
// the file they were read from, and the columns of those marks, sorted
// ("" left out): Remove the protected mark asks before it takes such a
// mark away.
func (d *Document) FileMarked(ids []roster.RowID) (n int, columns []string) {
	for _, id := range ids {
		column, ok := d.fileMarks[id]
		if row := d.byID.At(id); !ok || row == nil || !row.Protected {
			continue
		}
		n++
		if column != "" && !slices.Contains(columns, column) {
			columns = append(columns, column)
		}
	}
	slices.Sort(columns)
	return n, columns
}

// Unmarked returns the rows, in list order, that the file they were read
// from marks protected but that will be exported: the user removed the
// mark (Edit > Remove the protected mark). The export dialog counts them
// before it writes, so that a mark taken away by mistake is seen.
func (d *Document) Unmarked() []roster.RowID {
	var out []roster.RowID
	for _, row := range d.roster.Rows {
		if _, ok := d.fileMarks[row.ID]; ok && row.Exported() {
			out = append(out, row.ID)
		}
	}
	return out
}
