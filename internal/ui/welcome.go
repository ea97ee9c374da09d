package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// welcomeScreen is shown while no list is open: start a new list, open a
// file, or try the sample.
func (u *UI) welcomeScreen() fyne.CanvasObject {
	title := boldLabel(lang.L("Roster Desk"))
	title.SizeName = theme.SizeNameHeadingText
	title.Alignment = fyne.TextAlignCenter
	intro := widget.NewLabel(lang.L("Check and fix the list of students and teachers,\nthen export the file to upload."))
	intro.Alignment = fyne.TextAlignCenter

	open := widget.NewButtonWithIcon(lang.L("Open a list…"), theme.FolderOpenIcon(), u.onOpen)
	open.Importance = widget.HighImportance
	newList := widget.NewButtonWithIcon(lang.L("New list"), theme.DocumentCreateIcon(), u.onNew)
	sample := widget.NewButtonWithIcon(lang.L("Open sample list"), theme.FileIcon(), u.onOpenSample)
	hint := widget.NewLabel(lang.L("You can also drop an .xlsx or .csv file onto this window."))
	hint.Alignment = fyne.TextAlignCenter
	hint.TextStyle.Italic = true
	private := widget.NewLabel(lang.L("Roster Desk works offline: nothing is sent anywhere."))
	private.Alignment = fyne.TextAlignCenter
	private.TextStyle.Italic = true

	var icon fyne.CanvasObject = layoutSpacer()
	if res := u.app.Icon(); res != nil {
		img := canvas.NewImageFromResource(res)
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(96, 96))
		icon = img
	}
	buttons := container.NewGridWithColumns(3, open, newList, sample)
	box := container.NewVBox(icon, title, intro, layoutSpacer(), buttons, hint, private)
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(620, box.MinSize().Height), box))
}

func layoutSpacer() fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, 12))
	return r
}
