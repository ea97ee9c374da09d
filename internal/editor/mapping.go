package editor

import (
	"slices"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// imported is what a document keeps of how its files were read, to read
// them again with other column mappings, another export date or another
// SSOID column (readAgain).
type imported struct {
	// files are the list's files in the order they were read: the one
	// opened first, then each added (AddFile), with the options each was
	// read with and its own columns.
	files []fileRead
	// columns are the headed columns of the whole list, a header of
	// several files once (sheet.Import.Append).
	columns []sheet.SourceColumn
	// readFor and turns say for which export date the file was read, and
	// on which days it would read otherwise (sheet.Import).
	readFor time.Time
	turns   roster.DateTurns
	// readAt is the place in the history when the last file was read:
	// the list as read, before the user changed anything.
	readAt int
}

// OpenWith reads a roster file with options (an encrypted workbook's
// password, the user's column mappings) into a new document, which keeps
// them to read the file again (Remap).
func OpenWith(path string, opts sheet.ReadOptions) (*Document, error) {
	return OpenThen(path, opts, nil)
}

// OpenThen is OpenWith, telling read, if not nil, how many rows were
// read before they are checked: the window sets its memory limit for the
// check by them.
func OpenThen(path string, opts sheet.ReadOptions, read func(rows int)) (*Document, error) {
	imp, err := sheet.ReadFileWith(path, opts)
	if err != nil {
		return nil, err
	}
	if read != nil {
		read(len(imp.Roster.Rows))
	}
	d := FromImport(imp)
	d.imported.files[0].Options = opts
	return d, nil
}

// SourceColumns lists the headed columns of the file the document was
// read from, with what each was read as and its first values; nil for a
// document not read from a file (a new list, a recovered one), which has
// nothing to map.
func (d *Document) SourceColumns() []sheet.SourceColumn {
	if d.imported == nil {
		return nil
	}
	return d.imported.columns
}

// ColumnMaps returns the column mappings the document's files were read
// with: of a header mapped in several files, the first file's.
func (d *Document) ColumnMaps() []sheet.ColumnMap {
	if d.imported == nil {
		return nil
	}
	var maps []sheet.ColumnMap
	for _, f := range d.imported.files {
		for _, m := range f.Options.Map {
			if !slices.ContainsFunc(maps, func(have sheet.ColumnMap) bool { return sheet.SameHeader(have.Header, m.Header) }) {
				maps = append(maps, m)
			}
		}
	}
	return maps
}

// HeaderKey names the header set of the document's first file (see
// sheet.HeaderSetKey); "" for a document not read from a file.
func (d *Document) HeaderKey() string {
	if d.imported == nil {
		return ""
	}
	return d.imported.files[0].headerKey()
}

// Remap reads the document's files again with maps in place of the
// mappings they were read with (their other options kept), into a new
// document: a re-import, which the window shows in place of this one.
// This document's edits are not carried over, and Undo does not take the
// new mapping back (mapping again does). It touches nothing of the
// document that may change, so that it can run off the window's
// goroutine.
func (d *Document) Remap(maps []sheet.ColumnMap) (*Document, error) {
	day := d.leaversDay
	return d.readAgain(func(opts *sheet.ReadOptions) {
		opts.Map = maps
		if !day.IsZero() {
			opts.Date = day // the leavers as the list follows them
		}
	})
}

// readOptions returns the options the document's first file was read
// with: none for a document not read from a file.
func (d *Document) readOptions() sheet.ReadOptions {
	if d.imported == nil {
		return sheet.ReadOptions{}
	}
	return d.imported.files[0].Options
}

// WithMaps returns the document's mappings changed by changes: a change
// for a header replaces the mapping the header had, and the others stay.
// What the user said in the problem panel of a column that may be a
// protection mark (SettleMarkColumn) is kept as a mapping too, so that
// reading the file again does not ask again.
func (d *Document) WithMaps(changes []sheet.ColumnMap) []sheet.ColumnMap {
	var out []sheet.ColumnMap
	for _, m := range slices.Concat(d.ColumnMaps(), d.settledMaps()) {
		replaced := false
		for _, c := range changes {
			replaced = replaced || sheet.SameHeader(m.Header, c.Header)
		}
		if !replaced {
			out = append(out, m)
		}
	}
	return append(out, changes...)
}

// MappingOffer says why the window offers the mapping dialog for the
// document's file: the headers it did not recognise (kept as extra
// columns, never exported) and the fields no column was read as that the
// list looks to need (every field but SSOID; Class only where there are
// students and none has a class: the classes given by a sheet's name or
// a title line above the rows, which notices name, need no column). Columns the user mapped, columns of personal identity
// numbers, and the extra columns of a working copy the program saved are
// not offered.
func (d *Document) MappingOffer() (unknown []string, missing []roster.Field) {
	cols := d.SourceColumns()
	if cols == nil {
		return nil, nil
	}
	found := map[roster.Field]bool{}
	for _, c := range cols {
		switch {
		case c.Read.Kind == sheet.TargetField:
			found[c.Read.Field] = true
		case c.Read.Kind == sheet.TargetIgnore && !c.IdentityNumbers && d.path == "" && !d.mapped(c.Header) &&
			roster.StatusHeader(c.Header) == roster.NoStatus && // a leaver column is read, though never sent
			!recognised(c.Header): // named as a field another column was read as (Förnamn beside Tilltalsnamn)
			unknown = append(unknown, c.Header)
		}
	}
	students := d.roster.Count().Students > 0
	for _, f := range roster.Fields {
		if !found[f] && f != roster.SSOID && (f != roster.Class || students) && !anyValue(d.roster, f) {
			missing = append(missing, f)
		}
	}
	return unknown, missing
}

// anyValue reports whether a row of r has a value in field f: classes
// taken from a sheet's name or a title, or a municipality filled in for
// every row, are there though no column held them.
func anyValue(r *roster.Roster, f roster.Field) bool {
	for _, row := range r.Rows {
		if row.Values[f] != "" {
			return true
		}
	}
	return false
}

// recognised reports whether header names a field.
func recognised(header string) bool {
	_, ok := sheet.HeaderField(header)
	return ok
}

// mapped reports whether the user mapped header.
func (d *Document) mapped(header string) bool {
	for _, m := range d.ColumnMaps() {
		if sheet.SameHeader(m.Header, header) {
			return true
		}
	}
	return false
}

// settledMaps returns the columns the user settled in the problem panel
// as mappings: Protected where every row the column marks is protected
// (the answer "it marks protected identity", or no row to tell, which
// fails closed), else Ignore ("it is not a protection mark").
func (d *Document) settledMaps() []sheet.ColumnMap {
	var out []sheet.ColumnMap
	for _, name := range d.roster.SettledColumns() {
		x := slices.Index(d.roster.ExtraColumns, name)
		if x < 0 || d.mapped(name) {
			continue
		}
		marks := true
		for _, row := range d.roster.Rows {
			if roster.ReadMark(row.ExtraValue(x)).Protected() && !row.Protected {
				marks = false
			}
		}
		t := sheet.Target{Kind: sheet.TargetIgnore, Field: roster.NoField}
		if marks {
			t.Kind = sheet.TargetProtected
		}
		out = append(out, sheet.ColumnMap{Header: name, Target: t})
	}
	return out
}

// UndecidedMarkColumns names the extra columns that may be protection
// marks and that the user has not yet said anything about.
func (d *Document) UndecidedMarkColumns() []string {
	var names []string
	for _, x := range d.roster.UnsettledMarkColumns() {
		names = append(names, d.roster.ExtraColumns[x])
	}
	return names
}

// UndecidedClassColumns returns the headers of the columns not sent that
// hold other classes than the Class column (check.CodeClassColumnOther):
// the mapping dialog asks which they are instead of offering "not sent"
// as chosen, so that Apply with the user's choice settles them.
func (d *Document) UndecidedClassColumns() []string {
	var names []string
	for _, p := range d.checker.FileProblems() {
		if p.Code == check.CodeClassColumnOther {
			names = append(names, p.Column)
		}
	}
	return names
}
