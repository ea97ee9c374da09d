package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// dialogWidth is the width of the window's questions and reports: wide
// enough for a full upload file name and a folder on one line.
const dialogWidth = 560

// newWideDialog makes a dialog without buttons whose body is dialogWidth
// wide; the caller adds the buttons it needs.
func newWideDialog(title string, body fyne.CanvasObject, parent fyne.Window) *dialog.CustomDialog {
	return dialog.NewCustomWithoutButtons(title,
		container.NewGridWrap(fyne.NewSize(dialogWidth, body.MinSize().Height), body), parent)
}

// boldLabel is a label that stands out, such as a file's name.
func boldLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}
