package editor

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/sheet"
)

// ExistingFile describes an upload file already in the export folder
// under the name the export would write: Export replaces it only when the
// plan says so (ExportPlan.Replace), after the user was asked.
type ExistingFile struct {
	// Path is the file.
	Path string
	// Rows is the number of people in it, or -1 when it cannot be read
	// as a roster.
	Rows int
	// Modified is when it was last written.
	Modified time.Time
}

// ExistsError is returned by Export for a plan whose file exists, unless
// the plan says Replace. It names the file only: what the file holds is
// for ReadExisting to read, which may take a while and is better not done
// on a window's goroutine.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string { return e.Text().String() }

// Text returns the message, to be shown in the user's language.
func (e *ExistsError) Text() i18n.Text {
	return i18n.T("the file %s exists already: nothing was written", filepath.Base(e.Path))
}

// Existing returns the file already at the plan's path, if there is one:
// anything at that name, a folder too, is never written over unasked.
func (p ExportPlan) Existing() (ExistingFile, bool) { return ReadExisting(p.Path()) }

// ReadExisting describes the file at path, if there is one, reading it
// to count its people; it touches nothing of a document, and may run on
// any goroutine.
func ReadExisting(path string) (ExistingFile, bool) {
	info, err := os.Stat(path)
	if err != nil {
		if _, lerr := os.Lstat(path); lerr != nil {
			return ExistingFile{}, false
		}
		return ExistingFile{Path: path, Rows: -1}, true // a dangling link
	}
	f := ExistingFile{Path: path, Rows: -1, Modified: info.ModTime()}
	if info.Mode().IsRegular() {
		if imp, err := sheet.ReadFile(path); err == nil {
			f.Rows = imp.Roster.Count().Rows
		}
	}
	return f, true
}

// exportRefused returns the error Export gives for a plan whose file
// exists and may not be replaced, or nil. It only looks the name up: the
// snapshot of an export is taken on the window's goroutine.
func exportRefused(p ExportPlan) error {
	if p.Replace {
		return nil
	}
	if _, err := os.Lstat(p.Path()); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return &ExistsError{Path: p.Path()}
}
