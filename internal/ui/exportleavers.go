package ui

import (
	"fmt"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The export dialog's answer to leavers of another day: the list's
// leavers (a status or end-date column) were decided on the day it was
// read, and an export dated otherwise must follow its own date. While
// they differ, the dialog says so, Export stays off, and "Follow the
// export date" changes the list (one edit, Undo takes it back) and opens
// the dialog again with what it now writes.

// newFollowButton makes the dialog's "Follow the export date" button,
// hidden until the date asks for it.
func (e *exportDialog) newFollowButton() *widget.Button {
	b := widget.NewButton(lang.L("Follow the export date"), e.followLeavers)
	b.Importance = widget.WarningImportance
	b.Hide()
	return b
}

// leaversNote says what the export date changes of the leavers.
func (e *exportDialog) leaversNote() string {
	l := e.plan.Leavers
	return fmt.Sprintf(lang.L("The leavers shown are those of the day the list was read. By %s, %d more have left (end date) and %d left out have not left yet: the file must follow its own date."),
		e.plan.Date.Format(dateLayout), len(l.Leave), len(l.Back))
}

// followLeavers makes the list's leavers those of the export date and
// shows the dialog again, with the same name, date and folder.
func (e *exportDialog) followLeavers() {
	date, municipality, dir := e.plan.Date, e.municipality.Text, e.plan.Dir
	e.u.doc.FollowLeavers(date)
	e.dlg.Hide()
	e.u.onExport()
	again := e.u.exporter
	again.plan.Dir = dir
	again.folder.SetText(dir)
	again.municipality.SetText(municipality)
	again.date.SetText(date.Format(dateLayout))
}
