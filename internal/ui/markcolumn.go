package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
)

// chooseMarkColumn asks what a column holds whose header sounds like a
// protected-identity mark (protected_column_unknown): marks, read into
// the rows by the import's rule, or no mark at all. Cancel leaves the
// error, which blocks the export. Either choice is one edit Undo takes
// back. (Mapping any column to any field is the mapping dialog's job.)
func (u *UI) chooseMarkColumn(p check.Problem) *dialog.CustomDialog {
	text := widget.NewLabel(fmt.Sprintf(lang.L("Does the column %q mark people with protected identity (skyddad identitet, sekretessmarkering, turvakielto)?"), p.Column))
	text.Wrapping = fyne.TextWrapWord
	rule := widget.NewLabel(lang.L("If it does, every row with a value in it other than an explicit no (empty, Nej, Ei, No, 0, -) is protected and never exported. Undo takes the choice back."))
	rule.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	marks := widget.NewButton(lang.L("It marks protected identity"), func() {
		d.Hide()
		u.commitEdit()
		u.doc.SettleMarkColumn(p.Column, true)
	})
	marks.Importance = widget.HighImportance
	notMark := widget.NewButton(lang.L("It is not a protection mark"), func() {
		d.Hide()
		u.commitEdit()
		u.doc.SettleMarkColumn(p.Column, false)
	})
	d = dialog.NewCustomWithoutButtons(lang.L("Protected identity?"), container.NewVBox(text, rule), u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide() }), notMark, marks})
	d.Resize(fyne.NewSize(dialogWidth, 0))
	d.Show()
	return d
}
