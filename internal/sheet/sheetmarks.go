package sheet

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/xlsxread"
)

// readMarks gives the rows of imp what Excel's user sees beside the
// values (xlsxread.SheetMarks): a row with a note that mentions protected
// identity is protected (fail closed), with the warning that a note says
// so; a row with another note, or with text struck through, gets a
// warning that asks the user to look, as only they can read what it
// means.
func (imp *Import) readMarks(m xlsxread.SheetMarks) {
	if len(m.Notes) == 0 && len(m.Struck) == 0 {
		return
	}
	for _, row := range imp.Roster.Rows {
		if notes := m.Notes[row.SourceLine]; len(notes) > 0 {
			if mentionsProtection(notes) {
				row.Protected = true
				imp.Problems = append(imp.Problems, check.NoteProtects(row.ID))
			} else {
				imp.Problems = append(imp.Problems, check.RowNote(row.ID))
			}
		}
		if m.Struck[row.SourceLine] {
			imp.Problems = append(imp.Problems, check.RowStruck(row.ID))
		}
	}
}
