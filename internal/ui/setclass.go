package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// onSetClass is Edit > Set class for selected rows….
func (u *UI) onSetClass() {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	u.showSetClass(u.grid.SelectedIDs())
}

// chooseClass is a class problem's Choose…: the class picker for its
// row.
func (u *UI) chooseClass(p check.Problem) {
	u.commitEdit()
	u.showSetClass([]roster.RowID{p.Row})
}

// classPicked reports whether a class problem is fixed by choosing a
// class (Choose… in the problem panel): a pupil without a class, with
// only the grade or only the section, where no certain fix is known.
func classPicked(p check.Problem) bool {
	switch p.Code {
	case check.CodeClassMissing, check.CodeClassGradeOnly, check.CodeClassNoGrade, check.CodeClassSeveral, check.CodeClassGroup, check.CodeClassFormat, check.CodeClassMerge:
		return p.Fix == nil && p.Row != 0
	}
	return false
}

// showSetClass asks for the class of rows, offering the valid classes of
// their schools (the rows' own grade first), and sets it as one edit.
// Teachers among the rows keep no class; Set stays off until the text is
// a class the upload file takes (never a bare grade).
func (u *UI) showSetClass(ids []roster.RowID) {
	var pupils []roster.RowID
	teachers := 0
	for _, id := range ids {
		switch row := u.doc.RowByID(id); {
		case row == nil:
		case row.Kind() == roster.Teacher:
			teachers++
		default:
			pupils = append(pupils, id)
		}
	}
	if len(pupils) == 0 {
		dialog.ShowInformation(lang.L("Set class"), lang.L("The selected rows are teachers, who have no class in the upload file."), u.win)
		return
	}
	intro := count(len(pupils), "Class for the selected row:", "Class for the %d selected rows:")
	if len(ids) == 1 {
		row := u.doc.RowByID(pupils[0])
		name := strings.TrimSpace(row.Values[roster.FirstName] + " " + row.Values[roster.LastName])
		intro = fmt.Sprintf(lang.L("Class for %s, row %d:"), name, u.doc.RowNumber(row.ID))
	}
	lines := []fyne.CanvasObject{widget.NewLabel(intro)}
	u.classOptions = u.doc.ClassChoices(pupils)
	picker := widget.NewSelectEntry(u.classOptions)
	if len(u.classOptions) == 0 {
		// A hint of the form, where no class of the list can show it: a
		// placeholder beside the offered classes would read as one chosen.
		picker.PlaceHolder = "9A"
	}
	lines = append(lines, picker)
	hint := widget.NewLabel("")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.DangerImportance
	hint.Hide()
	lines = append(lines, hint)
	if teachers > 0 {
		note := widget.NewLabel(count(teachers, "1 teacher among them keeps no class: the upload file has none for teachers.",
			"%d teachers among them keep no class: the upload file has none for teachers."))
		note.Wrapping = fyne.TextWrapWord
		lines = append(lines, note)
	}
	var d *dialog.CustomDialog
	apply := func() {
		if _, ok := editor.SettableClass(picker.Text); !ok {
			return
		}
		d.Hide()
		u.doc.SetClass(pupils, picker.Text)
		u.focusGrid()
	}
	set := widget.NewButton(lang.L("Set class"), apply)
	set.Importance = widget.HighImportance
	set.Disable()
	picker.OnChanged = func(text string) {
		_, ok := editor.SettableClass(text)
		showIf(hint, !ok && strings.TrimSpace(text) != "")
		hint.SetText(lang.L("Write the grade and the section, such as 9A."))
		if ok {
			set.Enable()
		} else {
			set.Disable()
		}
	}
	picker.OnSubmitted = func(string) { apply() }
	d = dialog.NewCustomWithoutButtons(lang.L("Set class"), container.NewVBox(lines...), u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide(); u.focusGrid() }), set})
	d.Resize(fyne.NewSize(420, 0))
	d.Show()
	u.win.Canvas().Focus(picker)
}
