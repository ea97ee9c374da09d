package sheet

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// protectCopies fails closed across sources: a row that is not protected
// but whose person (by address or SSOID) is marked protected on another
// row, as a teacher's class sheet beside the school system's list with
// its protection column, is protected too, with a warning naming where
// the mark is. It runs before the shared people are counted, so that a
// protected person is no "duplicate" to delete down to the unmarked copy.
func (imp *Import) protectCopies() {
	marked := map[string]*roster.Row{}
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			for _, k := range row.PersonKeys() {
				if marked[k] == nil {
					marked[k] = row
				}
			}
		}
	}
	if len(marked) == 0 {
		return
	}
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			continue
		}
		for _, k := range row.PersonKeys() {
			if m := marked[k]; m != nil {
				row.Protected = true
				imp.Problems = append(imp.Problems, check.ProtectedCopy(row.ID, imp.rowPlace(m)))
				break
			}
		}
	}
}

// rowPlace names a row for a message: its source and row number
// ("elever.xlsx:Elever, row 5").
func (imp *Import) rowPlace(row *roster.Row) i18n.Text {
	s, _ := imp.Roster.SourceOf(row)
	return i18n.T("%s, row %d", s.Label(), row.SourceLine)
}
