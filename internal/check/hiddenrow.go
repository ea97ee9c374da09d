package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// hiddenRow is the warning row_hidden on row, hidden in the workbook it
// was read from (r tells which, when not nil). On a sheet with a filter
// the row may be hidden only because the list was filtered, to one class
// say, and not because its person has left (tester A16): the warning
// says so, and leaving the row out is a choice, one row at a time, that
// Fix all passes by, so that one click cannot drop a whole class.
func hiddenRow(row *roster.Row, r *roster.Roster) Problem {
	p := Problem{Row: row.ID, Field: roster.NoField, Severity: CodeRowHidden.Severity(), Code: CodeRowHidden,
		Message: i18n.T("this row is hidden in the workbook, so whoever made the list may have meant to leave it out (often a pupil who has left)"),
		Fix:     &Fix{Label: i18n.T("Leave out of the file"), LeaveOut: true}}
	if r == nil {
		return p
	}
	if s, ok := r.SourceOf(row); ok && s.Filtered {
		p.Message = i18n.T("this row is hidden in the workbook, whose sheet has a filter: it may be hidden only because the list was filtered (to one class, say), not because the person has left; leave it out only if they have")
		p.Fix = &Fix{Label: i18n.T("Leave out of the file, if the person has left"), Choices: []Fix{{Label: i18n.T("Leave out of the file"), LeaveOut: true}}}
	}
	return p
}
