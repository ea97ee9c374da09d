package sheet

import (
	"slices"
	"strings"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// A list from a school-data export without marks (SDS, OneRoster) waits
// for the user's word on protected identity (the error protected_unknown).
// Its working copy must keep that wait, or the saved list reads back as
// one in which no one is protected, and is exported with everyone
// (tester T48): the Protected column says unknown on each row not
// marked. Read back as a working copy, such a row is not protected and
// the list has the error protected_unknown again; read any other way
// (an older version, a renamed header), the word is no explicit no, and
// protects the row.
const protectedUnknownWord = "unknown"

// SaveUndecidedWorkingCopy is SaveWorkingCopy, or, with since,
// SaveWorkingCopyIfUnchanged, for a list on which the word on protected
// identity is still owed: the Protected column says unknown on every row
// not marked protected.
func SaveUndecidedWorkingCopy(path string, r *roster.Roster, since *FileStamp) error {
	if since == nil {
		return saveWorkingCopy(path, r, true, nil)
	}
	if err := unchangedSince(path, *since); err != nil {
		return fileError(path, err)
	}
	return saveWorkingCopy(path, r, true, func() error { return unchangedSince(path, *since) })
}

// protectedCell is a working copy row's Protected cell.
func protectedCell(row *roster.Row, undecided bool) string {
	if !row.Protected && undecided {
		return protectedUnknownWord
	}
	return yes(row.Protected)
}

// noteUndecided remembers a row whose working copy's Protected cell says
// unknown; readMark has protected it, as it does any value but a no.
func (b *rowBuilder) noteUndecided(row *roster.Row, i int, v string) {
	if b.layout.names[i] == protectedHeader && strings.EqualFold(v, protectedUnknownWord) {
		b.imp.undecided = append(b.imp.undecided, row.ID)
	}
}

// readUndecided reads the rows of a working copy whose Protected cell
// says unknown: not protected (unless something else protects them), and
// the list waits for the word on protected identity, unless given
// (noMarks, roster --no-protected-marks).
func (imp *Import) readUndecided(noMarks bool) {
	if len(imp.undecided) == 0 {
		return
	}
	undecided := make(map[roster.RowID]bool, len(imp.undecided))
	for _, id := range imp.undecided {
		undecided[id] = true
	}
	imp.Problems = slices.DeleteFunc(imp.Problems, func(p check.Problem) bool {
		return undecided[p.Row] && p.Code == check.CodeProtectedValue && p.Column == protectedHeader
	})
	other := make(map[roster.RowID]bool)
	for _, p := range imp.Problems {
		other[p.Row] = true
	}
	for _, row := range imp.Roster.Rows {
		if undecided[row.ID] && !other[row.ID] {
			row.Protected = false
		}
	}
	imp.MarksUndecided = true
	if noMarks {
		return
	}
	imp.ProtectedUnknown = true
	imp.Problems = append(imp.Problems, check.Problem{Field: roster.NoField, Column: protectedHeader,
		Severity: check.CodeProtectedUnknown.Severity(), Code: check.CodeProtectedUnknown,
		Message: i18n.T("the list was saved before anyone said whether someone in it has protected identity (its Protected column says unknown): mark those who have it, or confirm that no one in it has protected identity (the box in the export dialog; roster: --no-protected-marks)")})
}
