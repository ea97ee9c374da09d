package editor

import (
	"os"
	"path/filepath"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/sheet"
)

// ErrNeedsName is returned by Save when the document has no working-copy
// path yet: the UI asks for one (Save As).
var ErrNeedsName error = &i18n.Error{Message: i18n.T("the list has not been saved yet: choose a name")}

// ErrWouldOverwriteSource is returned by Save for the file the list was
// imported from: the school system's own export is never overwritten.
var ErrWouldOverwriteSource error = &i18n.Error{Message: i18n.T("this is the file the list was read from: save the working copy under another name, so that the school system's export stays as it was")}

// ErrHasErrors is returned by Export while errors remain.
var ErrHasErrors error = &i18n.Error{Message: i18n.T("the list has errors: fix them before exporting")}

// Open reads a roster file into a new document.
func Open(path string) (*Document, error) { return OpenWith(path, sheet.ReadOptions{}) }

// Save writes the working copy: to path, or to the document's own path
// when path is "". Saving over the file the document was read from fails
// with sheet.ErrChangedOnDisk when another program changed it since.
func (d *Document) Save(path string) error {
	job, err := d.PrepareSave(path)
	if err != nil {
		return err
	}
	if err := job.Write(); err != nil {
		return err
	}
	job.Finish()
	return nil
}

// ExportPlan says what Export will write, for the export dialog.
type ExportPlan struct {
	// Dir is the folder, Municipality and Date make the file name.
	Dir          string
	Municipality string
	Date         time.Time
	// Rows is how many rows will be written; Protected how many are left
	// out for protected identity, LeftOut how many others are left out.
	Rows, Protected, LeftOut int
	// Errors block the export; Warnings may be accepted.
	Errors, Warnings []check.Problem
	// Replace says the user chose to replace a file of the same name;
	// without it Export refuses with an *ExistsError.
	Replace bool
	// Leavers are the rows whose leaver columns answer otherwise on Date
	// than on the day the list was read: the export refuses
	// (ErrLeaversDate) until the list follows Date (FollowLeavers).
	Leavers DateLeavers
	// NoProtectedMarks is the user's statement that a list from a school
	// data export without a protected-identity field holds no one with
	// protected identity: its error protected_unknown no longer blocks.
	NoProtectedMarks bool
	// Unmarked is how many of the rows written were marked protected in
	// the file they were read from, whose mark the user removed: the
	// export says so before it writes.
	Unmarked int
}

// Name returns the upload file's name.
func (p ExportPlan) Name() string { return sheet.UploadName(p.Municipality, p.Date) }

// Path returns where the upload file will be written.
func (p ExportPlan) Path() string { return filepath.Join(p.Dir, p.Name()) }

// PlanExport returns the plan for exporting into dir today, named after the
// roster's main municipality.
func (d *Document) PlanExport(dir string, now time.Time) ExportPlan {
	p := ExportPlan{Dir: dir, Municipality: d.checker.MainMunicipality(), Date: now, Leavers: d.LeaversOn(now)}
	for _, prob := range d.checker.Problems() {
		if prob.Severity == check.Error {
			p.Errors = append(p.Errors, prob)
		} else {
			p.Warnings = append(p.Warnings, prob)
		}
	}
	c := d.roster.Count()
	p.Rows, p.Protected, p.LeftOut = c.Rows-c.Protected-c.LeftOut, c.Protected, c.LeftOut
	p.Unmarked = len(d.Unmarked())
	return p
}

// Export writes the upload file the plan names. It refuses with
// ErrHasErrors while the roster has errors, and with an *ExistsError when
// the file exists and the plan does not say Replace.
func (d *Document) Export(p ExportPlan) (sheet.ExportSummary, error) {
	job, err := d.PrepareExport(p)
	if err != nil {
		return sheet.ExportSummary{}, err
	}
	return job.Write()
}

// Status is what the status bar shows.
type Status struct {
	Rows, Students, Teachers, Protected, LeftOut int
	Errors, Warnings                             int
	Dirty                                        bool
}

// Status counts the document's rows and problems.
func (d *Document) Status() Status {
	c := d.roster.Count()
	errs, warns := d.checker.Counts()
	return Status{Rows: c.Rows, Students: c.Students, Teachers: c.Teachers, Protected: c.Protected, LeftOut: c.LeftOut,
		Errors: errs, Warnings: warns, Dirty: d.Dirty()}
}

// samePath reports whether a and b name the same file: the same path
// once cleaned, or (on Windows and macOS, whose names ignore case, or
// through a link) the same file on disk.
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}
