package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// progressContent is the body of the "opening" dialog: the file's name
// over a bar that moves while the file is read.
func progressContent(name string) fyne.CanvasObject {
	bar := widget.NewProgressBarInfinite()
	return container.NewVBox(widget.NewLabel(name), container.NewGridWrap(fyne.NewSize(320, bar.MinSize().Height), bar))
}
