package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"rosterdesk/assets"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/sheet"
)

func (u *UI) onNew() {
	u.confirmDiscard(func() { u.setDocument(editor.New()) })
}

// openExtensions are the files Open and Add rows from file offer: those
// read (a school data export as a zip or JSON file too), and those (.xls,
// .xlsb, .ods) that get a message saying how to save them so that they
// can be.
var openExtensions = []string{".xlsx", ".xlsm", ".csv", ".txt", ".zip", ".json", ".xls", ".xlsb", ".ods"}

// onOpen asks for a roster file and opens it: a spreadsheet, or a school
// data export as a zip or JSON file.
func (u *UI) onOpen() {
	u.confirmDiscard(func() { u.askRosterFile(u.OpenFile) })
}

// askRosterFile asks for a roster file in the folder last opened from,
// remembers its folder, and hands its path to then.
func (u *UI) askRosterFile(then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.prefs.SetOpenFolder(filepath.Dir(path))
		then(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(openExtensions))
	setLocation(d, u.startFolder())
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// onOpenSample opens the synthetic sample list, written to a temporary
// folder so that it reads like any file.
func (u *UI) onOpenSample() {
	u.confirmDiscard(func() {
		dir, err := os.MkdirTemp("", sampleDirPrefix)
		if err == nil {
			path := filepath.Join(dir, assets.SampleRosterName)
			if err = os.WriteFile(path, assets.SampleRoster, 0o600); err == nil {
				u.OpenFile(path)
				return
			}
		}
		dialog.ShowError(err, u.win)
	})
}

// onDropped opens the files dropped on the window, several as one list.
func (u *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	if len(uris) == 0 {
		return
	}
	paths := make([]string, len(uris))
	for i, uri := range uris {
		paths[i] = uri.Path()
	}
	u.confirmDiscard(func() { u.OpenFiles(paths...) })
}

// OpenFile reads a roster file off the UI goroutine, with a progress
// dialog, and shows it. A file that cannot be read leaves the current
// document as it is and says why.
//
// The dialog's Cancel returns to the current document at once; the file
// is still read to its end in the background and then dropped.
func (u *UI) OpenFile(path string) { u.openFile(path, "") }

// openFile is OpenFile with the password of an encrypted workbook, or "".
// An encrypted workbook asks for its password (see askPassword).
func (u *UI) openFile(path, password string) { u.openFileThen(path, password, nil) }

// openFileThen is openFile, then runs then, if not nil, once the list is
// shown.
func (u *UI) openFileThen(path, password string, then func()) {
	u.openSheetsThen(path, password, nil, then)
}

// openSheetsThen is openFileThen leaving out the sheets skip names. A
// workbook with sheets that look like lists without a header asks first
// whether to leave them out (askSkipSheets).
func (u *UI) openSheetsThen(path, password string, skip []string, then func()) {
	var (
		d   *editor.Document
		err error
	)
	opts := u.readOptions(password)
	opts.SkipSheets = skip
	u.inBackground(newProgressDialog(filepath.Base(path), u.win), true,
		func() {
			u.memory.reading(path)
			d, err = editor.OpenThen(path, opts, u.memory.checking)
		},
		func() {
			if u.askToReadAgain(path, err, password, skip, func(password string, skip []string) {
				u.openSheetsThen(path, password, skip, then)
			}) {
				return
			}
			if err != nil {
				u.showError(lang.L("Could not open the file"), err)
				return
			}
			u.showOpened(d, path, func() { u.showNoticesThen(then) })
		})
}

// askToReadAgain answers a file that could not be read for want of its
// password, or of leave to skip sheets that look like lists without a
// header: it asks (askPassword, askSkipSheets) and reads the file again
// with the answer, and reports true; for any other err, false. password
// and skip are what the file was read with.
func (u *UI) askToReadAgain(path string, err error, password string, skip []string, read func(password string, skip []string)) bool {
	if needsPassword(err) {
		u.askPassword(path, errors.Is(err, sheet.ErrWrongPassword), func(password string) { read(password, skip) })
		return true
	}
	var tables *sheet.TableSheetsError
	if errors.As(err, &tables) {
		u.askSkipSheets(path, tables.Sheets, func() { read(password, append(skip, tables.Sheets...)) })
		return true
	}
	return false
}

// onSave writes the working copy, asking for a name the first time.
func (u *UI) onSave() { u.saveThen(nil) }

// saveThen saves and then runs next, unless saving failed or was
// cancelled.
func (u *UI) saveThen(next func()) {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	u.saveTo("", func(string) {
		if next != nil {
			next()
		}
	})
}

func (u *UI) onSaveAs() { u.saveAsThen(nil) }

func (u *UI) saveAsThen(next func()) {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
			os.Remove(path)
			path += ".xlsx"
		}
		u.saveTo(path, func(path string) {
			u.prefs.SetOpenFolder(filepath.Dir(path))
			u.rememberFile(path)
			u.refreshStatus()
			if next != nil {
				next()
			}
		})
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.SetFileName(u.suggestedWorkingCopyName())
	setLocation(d, u.startFolder())
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// saveTo writes the working copy to path ("": the list's own file) off
// the window's goroutine, with a progress dialog, and then calls saved
// with the file written. A list without a file yet asks for one (Save
// As); a failure is shown, and saved is not called.
func (u *UI) saveTo(path string, saved func(path string)) {
	doc := u.doc
	job, err := doc.PrepareSave(path)
	switch {
	case errors.Is(err, editor.ErrNeedsName):
		u.saveAsThen(func() { saved(doc.Path()) })
		return
	case err != nil:
		u.showError(lang.L("Could not save"), err)
		return
	}
	u.inBackground(newWritingDialog(lang.L("Saving"), filepath.Base(job.Path()), u.win), false,
		func() { err = job.Write() },
		func() {
			if err != nil {
				u.showError(lang.L("Could not save"), err)
				return
			}
			job.Finish()
			saved(job.Path())
		})
}

// suggestedWorkingCopyName is the name Save As offers: the list's own
// name as .xlsx, except where that is the school system's xlsx export the
// list was read from, which is never overwritten: "elevlista (working
// copy).xlsx" then.
func (u *UI) suggestedWorkingCopyName() string {
	name := workingCopyName(u.fileName())
	if u.doc != nil && u.doc.Path() == "" && strings.EqualFold(name, filepath.Base(u.doc.Source())) {
		name = fmt.Sprintf(lang.L("%s (working copy)"), strings.TrimSuffix(name, filepath.Ext(name))) + ".xlsx"
	}
	return name
}

// workingCopyName suggests the name of a working copy of a file.
func workingCopyName(name string) string {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	if base == "" || base == lang.L("New list") {
		base = lang.L("roster")
	}
	return base + ".xlsx"
}

// startFolder is where the Open and Save As dialogs start: the folder of
// the open list's file, else the last folder used.
func (u *UI) startFolder() string {
	if u.doc != nil {
		for _, p := range []string{u.doc.Path(), u.doc.Source()} {
			if p != "" && isDir(filepath.Dir(p)) {
				return filepath.Dir(p)
			}
		}
	}
	return u.prefs.OpenFolder()
}

// setLocation starts a file dialog in dir, when it exists.
func setLocation(d *dialog.FileDialog, dir string) {
	if dir == "" {
		return
	}
	uri, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err == nil {
		d.SetLocation(uri)
	}
}

// showError shows a one-line message in a dialog.
func (u *UI) showError(title string, err error) {
	dialog.ShowInformation(title, errorText(err), u.win)
}
