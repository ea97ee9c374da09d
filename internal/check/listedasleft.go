package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// ListedAsLeft is the warning on row id, whose person (by address or
// SSOID) a sheet of the workbook not read as people lists as having left
// (tester T35): "Utskrivna elever", where the school keeps its leavers.
// The fix leaves the row out; the importer finds it, and the checker
// lists it while the row is exported.
func ListedAsLeft(id roster.RowID, where i18n.Text) Problem {
	return Problem{Row: id, Field: roster.NoField, Severity: CodeListedAsLeft.Severity(), Code: CodeListedAsLeft,
		Message: i18n.T("the same person is listed as having left at %s: leave the row out unless they are back", where),
		Fix:     &Fix{Label: i18n.T("Leave out of the file"), LeaveOut: true}}
}
