package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// municipalitySuggestions is how many municipalities the picker offers
// as a name is typed.
const municipalitySuggestions = 12

// askFill answers a fix that asks (check.Fix.Ask): the municipality of a
// list that names none, which a staff file read without a Kommun column
// lacks on every row. It asks for the name, offering the municipalities
// that start with what is typed, and fills every empty cell of the field
// as one edit, as roster --municipality does on the command line.
func (u *UI) askFill(p check.Problem) {
	text := widget.NewLabel(count(u.doc.EmptyCount(p.Field), "The municipality of the row without one (the upload file is named after it):",
		"The municipality of the %d rows without one (the upload file is named after it):"))
	text.Wrapping = fyne.TextWrapWord
	picker := widget.NewSelectEntry(nil)
	picker.PlaceHolder = lang.L("Municipality")
	var d *dialog.CustomDialog
	fill := widget.NewButton(lang.L("Fill in"), nil)
	fill.Importance = widget.HighImportance
	fill.Disable()
	apply := func() {
		if strings.TrimSpace(picker.Text) == "" {
			return
		}
		d.Hide()
		u.doc.FillEmpty(p.Field, picker.Text)
		u.mapBar.offer(u.doc) // the field is no longer missing
		u.focusGrid()
	}
	fill.OnTapped = apply
	picker.OnChanged = func(typed string) {
		if strings.TrimSpace(typed) == "" {
			fill.Disable()
			picker.SetOptions(nil)
			return
		}
		fill.Enable()
		picker.SetOptions(roster.MunicipalitiesStarting(typed, municipalitySuggestions))
	}
	picker.OnSubmitted = func(string) { apply() }
	d = dialog.NewCustomWithoutButtons(lang.L("Fill in the municipality"), container.NewVBox(text, picker), u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide(); u.focusGrid() }), fill})
	d.Resize(fyne.NewSize(420, 0))
	d.Show()
	u.win.Canvas().Focus(picker)
}
