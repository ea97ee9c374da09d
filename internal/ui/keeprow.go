package ui

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// keepChoice is the dialog that settles a staff member listed at several
// schools: it lists the rows with their schools, and keeping one deletes
// the others, as one edit that Undo takes back.
type keepChoice struct {
	dialog  *dialog.ConfirmDialog
	schools *widget.RadioGroup
	// rows are the rows offered, in the order of the options.
	rows []roster.RowID
}

// chooseKeptRow shows the choice of the main school for a problem whose
// fix keeps one of several rows.
func (u *UI) chooseKeptRow(p check.Problem) *keepChoice {
	kc := &keepChoice{rows: slices.Clone(p.Fix.Keep)}
	slices.SortFunc(kc.rows, func(a, b roster.RowID) int {
		return cmp.Compare(uint(u.doc.Position(a)), uint(u.doc.Position(b)))
	})
	options := make([]string, len(kc.rows))
	for i, id := range kc.rows {
		where := fmt.Sprint(u.doc.RowNumber(id))
		if u.doc.Position(id) < 0 {
			where = fmt.Sprintf(lang.L("%d (outside the filter)"), u.doc.RowNumber(id))
		}
		options[i] = fmt.Sprintf(lang.L("Row %s: %s"), where, u.doc.RowByID(id).Values[roster.School])
	}
	kc.schools = widget.NewRadioGroup(options, nil)
	kc.schools.Required = true
	kc.schools.SetSelected(options[0])
	text := widget.NewLabel(lang.L("The upload file allows one school per person. Pick the school where they work most: the other rows are deleted, and Undo brings them back."))
	text.Wrapping = fyne.TextWrapWord
	kc.dialog = dialog.NewCustomConfirm(lang.L("Keep one row"), lang.L("Keep this row"), lang.L("Cancel"),
		container.NewVBox(text, kc.schools), func(ok bool) {
			if i := slices.Index(options, kc.schools.Selected); ok && i >= 0 {
				u.doc.KeepRow(p, kc.rows[i])
			}
		}, u.win)
	kc.dialog.Resize(fyne.NewSize(480, 0))
	kc.dialog.Show()
	return kc
}
