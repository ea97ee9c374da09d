package ui

import (
	"rosterdesk/internal/schooldata"
	"rosterdesk/internal/sheet"
)

// readOptions says how the window reads a file: for today's export date
// (the export dialog reads it again for another), with the user's
// remembered choice of the SSOID of an SDS export, and with the password
// of an encrypted workbook, or "".
func (u *UI) readOptions(password string) sheet.ReadOptions {
	return sheet.ReadOptions{Password: password, Date: u.now(),
		SchoolData: schooldata.Options{SSOID: u.prefs.SDSSSOID()}}
}
