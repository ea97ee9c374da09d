package editor

import (
	"path/filepath"
	"slices"
	"time"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// imported is what a document keeps of how its file was read, to read it
// again with other column mappings.
type imported struct {
	opts    sheet.ReadOptions
	columns []sheet.SourceColumn
	// readFor and turns say for which export date the file was read, and
	// on which days it would read otherwise (sheet.Import).
	readFor time.Time
	turns   roster.DateTurns
}

// OpenWith reads a roster file with options (an encrypted workbook's
// password, the user's column mappings) into a new document, which keeps
// them to read the file again (Remap).
func OpenWith(path string, opts sheet.ReadOptions) (*Document, error) {
	imp, err := sheet.ReadFileWith(path, opts)
	if err != nil {
		return nil, err
	}
	d := FromImport(imp)
	d.imported.opts = opts
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

// ColumnMaps returns the column mappings the document's file was read
// with.
func (d *Document) ColumnMaps() []sheet.ColumnMap {
	if d.imported == nil {
		return nil
	}
	return d.imported.opts.Map
}

// HeaderKey names the header set of the document's file (see
// sheet.HeaderSetKey); "" for a document not read from a file.
func (d *Document) HeaderKey() string {
	cols := d.SourceColumns()
	if cols == nil {
		return ""
	}
	headers := make([]string, len(cols))
	for i, c := range cols {
		headers[i] = c.Header
	}
	return sheet.HeaderSetKey(headers)
}

// Remap reads the document's file again with maps in place of the
// mappings it was read with (its other options kept), into a new document: a re-import, which the
// window shows in place of this one. This document's edits are not
// carried over, and Undo does not take the new mapping back (mapping
// again does). It touches nothing of the document that may change, so
// that it can run off the window's goroutine.
func (d *Document) Remap(maps []sheet.ColumnMap) (*Document, error) {
	opts := d.readOptions()
	opts.Map = maps
	if !d.leaversDay.IsZero() {
		opts.Date = d.leaversDay // the leavers as the list follows them
	}
	return d.readAgain(opts, i18n.T("the list holds rows of several files, and mapping columns reads %s alone again: map its columns before adding rows from other files", filepath.Base(d.source)))
}

// readOptions returns the options the document's file was read with:
// none for a document not read from a file.
func (d *Document) readOptions() sheet.ReadOptions {
	if d.imported == nil {
		return sheet.ReadOptions{}
	}
	return d.imported.opts
}

// readAgain reads the document's file again with opts into a new
// document; several is the error of a list that holds rows of other
// files too, which reading the first file again would drop.
func (d *Document) readAgain(opts sheet.ReadOptions, several i18n.Text) (*Document, error) {
	for _, src := range d.roster.Sources {
		if !samePath(src.File, d.source) {
			return nil, &i18n.Error{Message: several}
		}
	}
	return OpenWith(d.source, opts)
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
// students). Columns the user mapped, columns of personal identity
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
			roster.StatusHeader(c.Header) == roster.NoStatus: // a leaver column is read, though never sent
			unknown = append(unknown, c.Header)
		}
	}
	students := d.roster.Count().Students > 0
	for _, f := range roster.Fields {
		if !found[f] && f != roster.SSOID && (f != roster.Class || students) {
			missing = append(missing, f)
		}
	}
	return unknown, missing
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
