package editor

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
	"slices"
)

// AddRows adds the rows of another file read (File > Add rows from
// file…) after the document's last row, as one edit that Undo takes
// back, and returns how many. Each row keeps where it came from: its
// file, sheet and row number (RowSource). A column the document lacks
// becomes an extra column, which stays, empty, after an undo; the
// reader's problems (an unclear protected mark) are listed as they are
// for a file opened. The file is read again with the list (AddFile),
// with no options.
func (d *Document) AddRows(imp *sheet.Import) int {
	return d.AddFile(imp, sheet.ReadOptions{})
}

// addRows adds imp's rows, as AddRows says.
func (d *Document) addRows(imp *sheet.Import) int {
	if imp == nil || imp.Roster == nil || imp.Roster.Len() == 0 {
		return 0
	}
	sources := slices.Clone(imp.Roster.Sources)
	if d.leaversDay.IsZero() {
		d.leaversDay = imp.LeaversDate
	}
	marks := fileMarksOf(imp)
	rows, ids := d.roster.TakeRows(imp.Roster)
	moved := make(map[roster.RowID]string, len(marks))
	for old, column := range marks {
		moved[ids[old]] = column
	}
	d.addFileMarks(moved)
	for _, row := range rows {
		d.view.pin(row.ID)
	}
	changes := []change{insertRows{at: d.roster.Len(), rows: rows}}
	copies, held := d.protectCopies(rows)
	// The reader's problems and the protected copies' are held before the
	// edit, which lists a held problem as its row comes in or turns
	// protected: held after it, they stayed out of the counts and the
	// window's panel until the next edit (tester T54).
	for _, p := range imp.Problems {
		p.Row, p.Source = ids[p.Row], d.roster.FileOf(sources, p.Source)
		d.checker.Hold(p)
	}
	d.checker.Hold(held...)
	d.do("Add rows from file", append(changes, copies...))
	// A school-data export added asks for the word on protected identity
	// as one opened does; its dates, as the list's own.
	d.protectedUnknown = d.protectedUnknown || imp.ProtectedUnknown
	if d.imported != nil {
		d.imported.turns.Merge(imp.Turns)
	}
	// The edit's record names columns the journal's snapshot may lack,
	// and the problems held and the word on protected identity are in no
	// record: a new snapshot holds them.
	d.journalSnapshot()
	return len(rows)
}

// Sources lists the files and sheets the document's rows were read from.
func (d *Document) Sources() []roster.Source { return d.roster.Sources }

// RowSource returns the file and sheet a row was read from; ok is false
// for a row typed or pasted in, or one that is gone.
func (d *Document) RowSource(id roster.RowID) (s roster.Source, ok bool) {
	row := d.byID.At(id)
	if row == nil {
		return roster.Source{}, false
	}
	return d.roster.SourceOf(row)
}

// protectCopies fails closed across files: an added row whose person (by
// address or SSOID, or by roster.Namesake: the same name, and school and
// class where the mark has an address) is marked protected in the list
// is protected as it is added, and a row of the list whose person is
// marked protected among the added rows is protected by the returned
// changes, part of the same edit; the returned problems say on each
// where the mark is.
func (d *Document) protectCopies(added []*roster.Row) ([]change, []check.Problem) {
	marked := map[string]*roster.Row{}
	byName := map[[2]string][]*roster.Row{}
	isAdded := make(map[*roster.Row]bool, len(added))
	for _, row := range added {
		isAdded[row] = true
	}
	note := func(row *roster.Row) {
		if row.Protected {
			for _, k := range row.PersonKeys() {
				if marked[k] == nil {
					marked[k] = row
				}
			}
			k := nameKey(row)
			byName[k] = append(byName[k], row)
		}
	}
	for _, row := range d.roster.Rows {
		note(row)
	}
	for _, row := range added {
		note(row)
	}
	var changes []change
	var held []check.Problem
	protect := func(row *roster.Row) {
		if row.Protected {
			return
		}
		mark := func(where i18n.Text) {
			if isAdded[row] {
				row.Protected = true
			} else {
				changes = append(changes, protectChange{id: row.ID, old: false, new: true})
			}
			held = append(held, check.ProtectedCopy(row.ID, where))
		}
		for _, k := range row.PersonKeys() {
			if m := marked[k]; m != nil && m != row {
				mark(d.rowPlace(m))
				return
			}
		}
		for _, m := range byName[nameKey(row)] {
			// Rows of one file were matched as it was read: only a mark
			// in the other file counts here.
			if isAdded[m] != isAdded[row] && roster.Namesake(&m.Values, &row.Values) {
				where := d.rowPlace(m)
				if len(m.PersonKeys()) > 0 {
					where = i18n.T("%s (the same name, school and class)", where)
				}
				mark(where)
				return
			}
		}
	}
	for _, row := range added {
		protect(row)
	}
	for _, row := range d.roster.Rows {
		protect(row)
	}
	return changes, held
}

// nameKey is the first and last name of row, as roster.NameKey.
func nameKey(row *roster.Row) [2]string {
	return [2]string{roster.NameKey(row.Values[roster.FirstName]), roster.NameKey(row.Values[roster.LastName])}
}

// rowPlace names a row for a message: its source and row number.
func (d *Document) rowPlace(row *roster.Row) i18n.Text {
	if s, ok := d.roster.SourceOf(row); ok {
		return i18n.T("%s, row %d", s.Label(), row.SourceLine)
	}
	return i18n.T("row %d", d.RowNumber(row.ID))
}
