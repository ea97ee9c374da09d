package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// onOpenSchoolData asks for a folder of a school data export (SDS or
// OneRoster CSV files, SS12000 JSON files) and opens it as a list.
func (u *UI) onOpenSchoolData() {
	u.confirmDiscard(func() {
		d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
			if err != nil || uri == nil {
				return
			}
			path := uri.Path()
			u.prefs.SetOpenFolder(path)
			u.OpenFile(path)
		}, u.win)
		setLocation(d, u.startFolder())
		d.Resize(fyne.NewSize(900, 600))
		d.Show()
	})
}
