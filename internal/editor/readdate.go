package editor

import (
	"time"

	"rosterdesk/internal/sheet"
)

// ReadFor returns the export date the list was read for: what of a
// school-data export was valid on it. It is zero for a list not read from a file (a new or a
// recovered one), in which nothing hangs on a date.
func (d *Document) ReadFor() time.Time {
	if d.imported == nil {
		return time.Time{}
	}
	return d.imported.readFor
}

// SameOn reports whether the list reads the same for the export date
// date as for the date it was read for: no enrolment, role, duty, group
// or membership of a school-data export starts or ends between the two
// days (only school data records such days). When it does not, an upload file dated date
// would hold the wrong people: the file must be read again (Reread).
func (d *Document) SameOn(date time.Time) bool {
	if d.imported == nil || d.imported.readFor.IsZero() {
		return true
	}
	return d.imported.turns.Same(d.imported.readFor, date)
}

// Reread reads the document's files again for the export date date,
// with the options they were read with, into a new document, as Remap
// does: the edits made since are not carried over.
func (d *Document) Reread(date time.Time) (*Document, error) {
	return d.readAgain(func(opts *sheet.ReadOptions) {
		opts.Date = date
		opts.SchoolData.Date = date
	})
}
