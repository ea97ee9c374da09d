package editor

import (
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// AddRows adds the rows of another file read (File > Add rows from
// file…) after the document's last row, as one edit that Undo takes
// back, and returns how many. Each row keeps where it came from: its
// file, sheet and row number (RowSource). A column the document lacks
// becomes an extra column, which stays, empty, after an undo; the
// reader's problems (an unclear protected mark) are listed as they are
// for a file opened.
func (d *Document) AddRows(imp *sheet.Import) int {
	if imp == nil || imp.Roster == nil || imp.Roster.Len() == 0 {
		return 0
	}
	columns := d.NumColumns()
	rows, ids := d.roster.TakeRows(imp.Roster)
	for _, row := range rows {
		d.view.pin(row.ID)
	}
	d.do("Add rows from file", []change{insertRows{at: d.roster.Len(), rows: rows}})
	for _, p := range imp.Problems {
		if p.Row != 0 {
			p.Row = ids[p.Row]
		}
		d.checker.Hold(p)
	}
	if d.journal != nil && d.NumColumns() != columns {
		// The edit's record names columns the journal's snapshot lacks:
		// a new snapshot holds them.
		d.journal.note(d, nil)
	}
	return len(rows)
}

// Notices returns what the import of the document's file did on its
// own: sheets not read, job titles read as teacher, people on several
// sheets; nil for a document not read from a file.
func (d *Document) Notices() []sheet.Notice {
	if d.imported == nil {
		return nil
	}
	return d.imported.notices
}

// Sources lists the files and sheets the document's rows were read from.
func (d *Document) Sources() []roster.Source { return d.roster.Sources }

// RowSource returns the file and sheet a row was read from; ok is false
// for a row typed or pasted in, or one that is gone.
func (d *Document) RowSource(id roster.RowID) (s roster.Source, ok bool) {
	row := d.byID[id]
	if row == nil {
		return roster.Source{}, false
	}
	return d.roster.SourceOf(row)
}
