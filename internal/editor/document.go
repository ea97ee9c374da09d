// Package editor is the document a window edits: the roster, its
// incremental checker, undo and redo, the dirty state, the filtered view
// and the files it came from and goes to. Every user action is a method
// here, so that everything but drawing is tested without a display.
package editor

import (
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// Document is an open roster. It is not safe for concurrent use: the UI
// calls it from its own goroutine.
type Document struct {
	roster  *roster.Roster
	checker *check.Checker
	byID    roster.IDTable[*roster.Row]
	history history

	// path is where Save writes (a working copy); "" until the document
	// has been saved or was opened from a working copy.
	path string
	// stamp is the state of path on disk when it was last read or written.
	stamp sheet.FileStamp
	// source names the file the document came from, for the title;
	// format its format (sheet.Import.Format).
	source, format string
	// fileMarks are the rows the file they were read from protected, with
	// the column that did (filemarks.go).
	fileMarks map[roster.RowID]string
	// protectedUnknown says the list comes from a school data export
	// without a protected-identity field (see NeedsNoMarksConfirmation).
	protectedUnknown bool
	// imported is how the file was read, to read it again with other
	// column mappings; nil for a document not read from a file.
	imported *imported
	// leaversDay is the day the list's leavers were decided on as its
	// file was read (sheet.Import.LeaversDate); zero for a list not read
	// from a file.
	leaversDay time.Time

	view view
	// lastSourceLine is the highest row number read from a file that
	// the document has held: rows added in the program are numbered after
	// it.
	lastSourceLine int

	// journal, when set, keeps the recovery file of the document.
	journal *journal

	// OnChange, when set, is called after every change of the document.
	OnChange func(Change)

	// notices say what the import did on its own (see Notices).
	notices []i18n.Text
}

// Change tells a view what to redraw after a command.
type Change struct {
	// Rows lists rows whose cells changed, when the structure did not.
	Rows []roster.RowID
	// Structure is true when rows were added, removed or reordered, or the
	// filter changed: redraw everything.
	Structure bool
}

// New returns an empty document, as for File > New.
func New() *Document {
	return newDocument(roster.New())
}

// FromImport returns a document for a file that was read. A working copy
// saved by Roster Desk is saved back to the same path; any other file (the
// school system's export) is never overwritten: Save asks for a new name.
//
// What the reader found about protected identity (an unclear mark, a
// column that may be one) is listed with the checker's problems.
func FromImport(imp *sheet.Import) *Document {
	d := newDocument(imp.Roster)
	d.checker.Hold(imp.Problems...)
	d.addFileMarks(fileMarksOf(imp))
	d.source, d.format, d.protectedUnknown = imp.Path, imp.Format, imp.ProtectedUnknown
	d.notices = importNotices(imp)
	d.imported = &imported{files: filesOf(imp), columns: imp.SourceColumns, readFor: imp.ReadFor, turns: imp.Turns}
	d.leaversDay = imp.LeaversDate
	if isWorkingCopy(imp) {
		d.path = imp.Path
		d.stamp, _ = sheet.StatFile(imp.Path)
	}
	if len(d.imported.files) > 1 {
		// A list of several files (read again after Add rows from
		// file, to map a column) is held by none of them: it is unsaved
		// work, and closing asks (tester A12: the status said saved and
		// Ctrl+Q lost the combined list).
		d.history.savedAt = -1
	}
	return d
}

func newDocument(r *roster.Roster) *Document {
	d := &Document{roster: r, checker: check.NewChecker(r), byID: roster.NewIDTable[*roster.Row](len(r.Rows))}
	for _, row := range r.Rows {
		d.byID.Set(row.ID, row)
	}
	d.history.savedAt = 0
	d.view.rebuild(d)
	return d
}

// isWorkingCopy reports whether imp is a file Save wrote: an xlsx with the
// eight columns named as the upload file names them, in order, on row 1,
// and a Protected column.
func isWorkingCopy(imp *sheet.Import) bool {
	if imp.Format != "xlsx" || imp.HeaderRow != 1 || imp.ProtectedColumn != workingCopyProtected || len(imp.Sources) > 1 {
		return false
	}
	for _, f := range roster.Fields {
		if imp.Columns[f] != f.String() {
			return false
		}
	}
	return true
}

// workingCopyProtected is the header SaveWorkingCopy gives the protected
// column.
const workingCopyProtected = "Protected"

// Roster returns the roster. Callers must not change it: use the commands.
func (d *Document) Roster() *roster.Roster { return d.roster }

// Checker returns the document's checker, for its problems and counts.
func (d *Document) Checker() *check.Checker { return d.checker }

// RowByID returns the row with id, or nil.
func (d *Document) RowByID(id roster.RowID) *roster.Row { return d.byID.At(id) }

// Path returns where Save writes, or "" when Save needs a name.
func (d *Document) Path() string { return d.path }

// Source returns the file the document was opened from, or "".
func (d *Document) Source() string { return d.source }

// Dirty reports whether the document has changes that are not saved.
func (d *Document) Dirty() bool { return d.history.pos != d.history.savedAt }

func (d *Document) notify(c Change) {
	if d.OnChange != nil {
		d.OnChange(c)
	}
}

// Notices returns what the import that made the document did on its own
// and the user should know: job titles read as teacher, grade and section
// joined, leavers left out, surrounding spaces removed. Empty for a list
// made in the program or recovered.
func (d *Document) Notices() []i18n.Text { return d.notices }

// importNotices are the notices of an import, the spaces it trimmed
// among them, in the window's words.
func importNotices(imp *sheet.Import) []i18n.Text {
	var out []i18n.Text
	for _, n := range imp.AllNotices() {
		out = append(out, n.WindowMessage())
	}
	return out
}
