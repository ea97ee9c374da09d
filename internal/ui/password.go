package ui

import (
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/sheet"
)

// needsPassword reports whether a file could not be opened for want of
// its password, or of the right one.
func needsPassword(err error) bool {
	return errors.Is(err, sheet.ErrEncrypted) || errors.Is(err, sheet.ErrWrongPassword)
}

// askPassword asks for the password of an encrypted workbook and reads it
// with it (read: opens it, or adds its rows to the list); wrong says the
// last one tried did not open it, and asks again. Cancel leaves the
// current list as it is.
func (u *UI) askPassword(path string, wrong bool, read func(password string)) {
	entry := widget.NewPasswordEntry()
	entry.SetPlaceHolder(lang.L("Password"))
	msg := lang.L("The workbook is protected with a password. Type it to open the file.")
	if wrong {
		msg = lang.L("The password is not correct. Try again.")
	}
	note := widget.NewLabel(msg)
	note.Wrapping = fyne.TextWrapWord
	done := false
	open := func() {
		if !done && entry.Text != "" {
			done = true
			read(entry.Text)
		}
	}
	d := dialog.NewCustomConfirm(filepath.Base(path), lang.L("Open"), lang.L("Cancel"),
		container.NewVBox(note, entry), func(ok bool) {
			if ok {
				open()
			}
			done = true
		}, u.win)
	entry.OnSubmitted = func(string) {
		if done || entry.Text == "" {
			return
		}
		// Hidden first: what read shows next (the next file's dialog, a
		// wrong password asked again) must not go with this dialog,
		// which takes the overlays above it when it hides.
		password := entry.Text
		done = true
		d.Hide()
		read(password)
	}
	d.Resize(fyne.NewSize(440, d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(entry)
}
