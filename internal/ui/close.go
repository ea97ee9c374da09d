package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// confirmDiscard runs next at once when nothing is unsaved; otherwise it
// asks first: Save (then next), Don't save (next) or Cancel.
func (u *UI) confirmDiscard(next func()) {
	u.commitEdit()
	if u.doc == nil || !u.doc.Dirty() {
		next()
		return
	}
	msg := widget.NewLabel(u.saveQuestion())
	d := dialog.NewCustomWithoutButtons(lang.L("Unsaved changes"), container.NewVBox(msg,
		widget.NewLabel(lang.L("Your changes are lost if you don't save them."))), u.win)
	save := widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), func() {
		d.Hide()
		u.saveThen(next)
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("Don't save"), func() {
		d.Hide()
		next()
	})
	cancel := widget.NewButton(lang.L("Cancel"), d.Hide)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Show()
	u.unsaved = d
}

// onQuit closes the window and quits, after asking about unsaved changes.
func (u *UI) onQuit() {
	u.confirmDiscard(u.quit)
}

// saveQuestion asks whether to save, naming the file Save writes: the
// list's working copy, or, for a list read from the school system's
// export (never overwritten), the working copy Save As will offer.
func (u *UI) saveQuestion() string {
	if u.doc.Path() == "" && u.doc.Source() != "" {
		return fmt.Sprintf(lang.L("Save the changes in a working copy, %s? %s itself stays as it is."),
			u.suggestedWorkingCopyName(), filepath.Base(u.doc.Source()))
	}
	return fmt.Sprintf(lang.L("Save the changes to %s?"), u.fileName())
}
