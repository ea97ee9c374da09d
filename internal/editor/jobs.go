package editor

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// A window must not wait on the disk: saving or exporting a list of
// 100,000 rows takes a second or two. Save and Export are therefore taken
// apart into jobs. Prepare takes a snapshot of the list on the document's
// goroutine; Write writes and verifies the snapshot and may run on any
// goroutine, since it touches nothing of the document; Finish, back on the
// document's goroutine, records what was written.

// SaveJob is a save of the working copy under way.
type SaveJob struct {
	d     *Document
	path  string
	snap  *roster.Roster
	stamp *sheet.FileStamp
	// steps is the history's count when the snapshot was taken.
	steps uint64
	// undecided says the list still waits for the word on protected
	// identity (NeedsNoMarksConfirmation): its working copy keeps that.
	undecided bool
}

// PrepareSave takes the snapshot Save writes: to path, or to the
// document's own path when path is "". It fails with ErrNeedsName when
// there is no path, and with ErrWouldOverwriteSource for the file the list
// was read from.
func (d *Document) PrepareSave(path string) (*SaveJob, error) {
	if path == "" {
		path = d.path
	}
	if path == "" {
		return nil, ErrNeedsName
	}
	if d.path != d.source && samePath(path, d.source) {
		return nil, ErrWouldOverwriteSource
	}
	job := &SaveJob{d: d, path: path, snap: d.roster.Clone(), steps: d.history.steps, undecided: d.protectedUnknown}
	if path == d.path {
		stamp := d.stamp
		job.stamp = &stamp
	}
	return job, nil
}

// Path returns the file the job writes.
func (j *SaveJob) Path() string { return j.path }

// Write writes the snapshot safely and reads it back. Saving over the
// document's own file fails with sheet.ErrChangedOnDisk when another
// program changed it since it was read or written.
func (j *SaveJob) Write() error {
	if j.undecided {
		return sheet.SaveUndecidedWorkingCopy(j.path, j.snap, j.stamp)
	}
	if j.stamp != nil {
		return sheet.SaveWorkingCopyIfUnchanged(j.path, j.snap, *j.stamp)
	}
	return sheet.SaveWorkingCopy(j.path, j.snap)
}

// Finish records a written save: the document's path is the file now,
// and the list is saved unless it was edited while the file was written.
func (j *SaveJob) Finish() {
	d := j.d
	d.path, d.source = j.path, j.path
	d.stamp, _ = sheet.StatFile(j.path)
	if d.history.steps == j.steps {
		d.markSaved()
	} else {
		d.history.savedAt = -1 // the file holds a state no undo returns to exactly
	}
	d.notify(Change{})
}

// ExportJob is an export of the upload file under way.
type ExportJob struct {
	path string
	snap *roster.Roster
}

// PrepareExport takes the snapshot Export writes. It refuses with
// ErrHasErrors while the roster has errors, with ErrLeaversDate while the
// plan's date has other leavers than the list shows, when the plan's
// municipality is not the rows', and with an *ExistsError when
// the file exists and the plan does not say Replace.
func (d *Document) PrepareExport(p ExportPlan) (*ExportJob, error) {
	errs, _ := d.checker.Counts()
	if p.NoProtectedMarks {
		for _, fp := range d.checker.FileProblems() {
			if fp.Code == check.CodeProtectedUnknown {
				errs--
			}
		}
	}
	if errs > 0 {
		return nil, ErrHasErrors
	}
	if d.LeaversOn(p.Date).Any() {
		return nil, ErrLeaversDate
	}
	if err := d.municipalityRefused(p); err != nil {
		return nil, err
	}
	if err := exportRefused(p); err != nil {
		return nil, err
	}
	return &ExportJob{path: p.Path(), snap: d.roster.Clone()}, nil
}

// Write writes the upload file safely and reads it back; it needs no
// Finish, as an export changes nothing of the document.
func (j *ExportJob) Write() (sheet.ExportSummary, error) {
	return sheet.WriteUpload(j.path, j.snap)
}
