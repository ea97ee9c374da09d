package ui

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/editor"
)

// readAgain closes the export dialog and reads the list again for the
// date typed in it.
func (e *exportDialog) readAgain() {
	e.dlg.Hide()
	e.u.rereadFor(e.plan.Date)
}

// rereadFor reads the list's file again for the export date date and
// opens the export dialog for that date again.
func (u *UI) rereadFor(date time.Time) {
	u.readListAgain(func(d *editor.Document) (*editor.Document, error) { return d.Reread(date) },
		func() { u.exportFor(date) })
}

// readListAgain reads the open list's files again as read says, off the
// window's goroutine, after asking about changes made since they were
// read (a re-read starts from the files), shows the new list in its
// place and runs done. A list that cannot be read again (a file gone)
// stays as it is, and the message says why.
func (u *UI) readListAgain(read func(*editor.Document) (*editor.Document, error), done func()) {
	u.commitEdit()
	ask := u.confirmDiscard
	if u.doc != nil && !u.doc.EditedSinceRead() {
		ask = func(next func()) { next() } // adding files is reading them: nothing is lost
	}
	ask(func() {
		doc := u.doc
		var (
			next *editor.Document
			err  error
		)
		u.inBackground(newProgressDialog(filepath.Base(doc.Source()), u.win), true,
			func() { next, err = read(doc) },
			func() {
				if err != nil {
					u.showError(lang.L("Could not read the list again"), err)
					return
				}
				if u.doc != doc {
					return // another list was opened meanwhile
				}
				u.setDocument(next)
				done()
			})
	})
}
