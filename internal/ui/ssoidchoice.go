package ui

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/schooldata"
)

// offerSSOID says, on the bar above the grid, which users.csv column an
// SDS list's SSOID was read from (column), and offers the other one
// (roster --ssoid).
func (b *mapBar) offerSSOID(column string) {
	other := schooldata.SSOIDADMatch
	if column == schooldata.SSOIDADMatch {
		other = "username"
	}
	b.show(fmt.Sprintf(lang.L("SDS: the SSOID is read from the column %s of users.csv. Choose the column your sign-in service matches on; the choice is remembered for SDS exports."), column),
		fmt.Sprintf(lang.L("Read SSOID from %s"), other), func() { b.u.chooseSSOID(other) })
}

// chooseSSOID reads the open SDS list again with its SSOID from the
// users.csv column column, and remembers the choice for SDS exports.
func (u *UI) chooseSSOID(column string) {
	u.readListAgain(func(d *editor.Document) (*editor.Document, error) { return d.RereadSSOID(column) },
		func() { u.prefs.SetSDSSSOID(column) })
}
