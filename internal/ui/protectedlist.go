package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"rosterdesk/internal/editor"
)

// onProtectedList is File > Read list of protected people…: for a list
// read from a school data export, a file of the people with protected
// identity (addresses, usernames or sourcedIds, one a line, as roster
// --protected-list reads), whom the list is read again without.
func (u *UI) onProtectedList() {
	if u.doc == nil || !u.doc.SchoolData() {
		dialog.ShowInformation(lang.L("Read list of protected people…"),
			lang.L("A list of protected people is read with a school data export (SDS, SS12000, OneRoster). In this list, mark the rows with Edit > Mark as protected identity."), u.win)
		return
	}
	u.commitEdit()
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.prefs.SetOpenFolder(filepath.Dir(path))
		u.ReadProtectedList(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".csv"}))
	setLocation(d, u.startFolder())
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// ReadProtectedList reads the open school-data list again, leaving out
// the people the list of protected identity at path names.
func (u *UI) ReadProtectedList(path string) {
	u.readListAgain(func(d *editor.Document) (*editor.Document, error) { return d.ReadProtectedList(path) }, func() {})
}
