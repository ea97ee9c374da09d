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
// the plan says Replace.
type ExistsError struct{ File ExistingFile }

func (e *ExistsError) Error() string { return e.Text().String() }

// Text returns the message, to be shown in the user's language.
func (e *ExistsError) Text() i18n.Text {
	return i18n.T("the file %s exists already: nothing was written", filepath.Base(e.File.Path))
}

// Existing returns the file already at the plan's path, if there is one:
// anything at that name, a folder too, is never written over unasked.
func (p ExportPlan) Existing() (ExistingFile, bool) {
	path := p.Path()
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
// exists and may not be replaced, or nil.
func exportRefused(p ExportPlan) error {
	if p.Replace {
		return nil
	}
	if _, err := os.Lstat(p.Path()); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	f, _ := p.Existing()
	return &ExistsError{File: f}
}
