package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// newProgressDialog is the "opening" dialog: the file's name over a bar
// that moves while the file is read, and Cancel. The bar stops when the
// dialog closes: Fyne keeps a hidden dialog's bar animating, and redrawing
// the window, 60 times a second for as long as the program runs.
func newProgressDialog(name string, w fyne.Window) dialog.Dialog {
	bar := widget.NewProgressBarInfinite()
	content := container.NewVBox(widget.NewLabel(name),
		container.NewGridWrap(fyne.NewSize(320, bar.MinSize().Height), bar))
	d := dialog.NewCustom(lang.L("Opening"), lang.L("Cancel"), content, w)
	d.SetOnClosed(bar.Stop)
	return d
}
