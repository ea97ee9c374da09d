package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
)

// chooseFix asks which of a problem's repairs to apply (Fix.Choices): for
// a role that is neither student nor teacher, make the person a teacher or
// leave the row out of the file. Each choice is one edit Undo takes back;
// Cancel leaves the problem as it is.
func (u *UI) chooseFix(p check.Problem) *dialog.CustomDialog {
	where := fmt.Sprint(u.doc.RowNumber(p.Row))
	if len(u.doc.Sources()) > 1 {
		where = rowSourceLabel(u.doc, p.Row) + " " + where
	}
	value := ""
	if row := u.doc.RowByID(p.Row); row != nil && p.Field.Valid() {
		value = strings.TrimSpace(row.Values[p.Field])
	}
	what := widget.NewLabel(fmt.Sprintf(lang.L("Row %s, %s %q: %s"), where, p.Field, value, say(p.Message)))
	what.Wrapping = fyne.TextWrapWord
	ask := widget.NewLabel(say(p.Fix.Label) + ".")
	ask.Wrapping = fyne.TextWrapWord
	lines := []fyne.CanvasObject{what, ask}
	if slices.ContainsFunc(p.Fix.Choices, func(f check.Fix) bool { return f.LeaveOut }) {
		note := widget.NewLabel(lang.L("A row left out stays in the list, greyed, and is never exported; the export counts it apart. Undo takes the choice back."))
		note.Wrapping = fyne.TextWrapWord
		lines = append(lines, note)
	}
	var d *dialog.CustomDialog
	buttons := []fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide() })}
	for i, f := range p.Fix.Choices {
		buttons = append(buttons, widget.NewButton(say(f.Label), func() {
			d.Hide()
			u.commitEdit()
			u.doc.ApplyChoice(p, i)
		}))
	}
	d = dialog.NewCustomWithoutButtons(lang.L("Choose a fix"), container.NewVBox(lines...), u.win)
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(dialogWidth, 0))
	d.Show()
	return d
}
