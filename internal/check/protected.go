package check

import (
	"strconv"
	"unicode"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// The problems of protected identity. The reader finds those of a row
// (ProtectedValue, Placeholder) and hands them to the checker (Hold); the
// checker finds those of a column in the roster itself.

// ProtectedValue is the warning on row id that its mark value, in the
// protected-identity column named column, is no known yes and was read as
// protected. The message quotes a short mark, and of a value that may
// hold personal data only its length and the word that makes it a mark
// (markMessage).
func ProtectedValue(id roster.RowID, column, value string) Problem {
	return Problem{Row: id, Field: roster.ProtectedField, Column: column,
		Severity: CodeProtectedValue.Severity(), Code: CodeProtectedValue,
		Message: markMessage(value)}
}

// ProtectedUncached is the warning on row id that its mark, in the
// column named column, is a formula the file holds no value of (it was
// never calculated), so the row is protected.
func ProtectedUncached(id roster.RowID, column string) Problem {
	return Problem{Row: id, Field: roster.ProtectedField, Column: column,
		Severity: CodeProtectedValue.Severity(), Code: CodeProtectedValue,
		Message: i18n.T("read as protected identity: the cell holds a formula whose value was never calculated; open the file in Excel and save it, and read it again")}
}

// FormulaUncached is the error, of the whole file, that n cells of the
// column named column, which holds field f, the first on source row
// line, hold a formula whose value the file does not have: what they
// hold is not known, so the file is not exported as it is.
func FormulaUncached(f roster.Field, column string, n, line int) Problem {
	return Problem{Field: roster.NoField, Column: column,
		Severity: CodeFormulaUncached.Severity(), Code: CodeFormulaUncached,
		Message: i18n.T("%d cells of this column (%s), the first on row %d, hold a formula whose value was never calculated, so what they hold is not known: open the file in Excel and save it, and read it again", n, f.String(), line)}
}

// Placeholder is the warning on field f of row id, from the column named
// column, that it stands in for a hidden identity, so the row is
// protected. The value is not quoted: an address is personal data.
func Placeholder(id roster.RowID, f roster.Field, column string) Problem {
	return Problem{Row: id, Field: f, Column: column,
		Severity: CodeProtectedPlaceholder.Severity(), Code: CodeProtectedPlaceholder,
		Message: i18n.T("this stands in for a hidden identity: the row is treated as protected identity and never exported")}
}

// placeholderFields are the fields in which a school system writes a
// placeholder for a hidden identity.
var placeholderFields = [...]roster.Field{roster.FirstName, roster.LastName, roster.Email}

// Placeholders returns the warning Placeholder on each of row's name and
// address cells that stands in for a hidden identity ("***", "Skyddad"),
// columns naming each field's source header; nil when none does. The
// importers treat a row with any as protected.
func Placeholders(row *roster.Row, columns map[roster.Field]string) []Problem {
	var out []Problem
	for _, f := range placeholderFields {
		if roster.Placeholder(row.Values[f]) {
			out = append(out, Placeholder(row.ID, f, columns[f]))
		}
	}
	return out
}

// ProtectedMarkIgnored is the warning on row id that its value in the
// column named column, a protected-identity column by its header, would
// protect it, but the user mapped the column to target (Ignore, or a
// field), so the row is exported: the user must see every row that
// switching the column off lets out.
func ProtectedMarkIgnored(id roster.RowID, column, value, target string) Problem {
	return Problem{Row: id, Field: roster.ProtectedField, Column: column,
		Severity: CodeProtectedMarkIgnored.Severity(), Code: CodeProtectedMarkIgnored,
		Message: i18n.T("%q says %s, which marks protected identity, but the column was mapped to %s, so the row is exported: map it to Protected unless it is no protection mark", column, quoteMark(value), target)}
}

// markColumnProblem is the error that the extra column named column
// sounds like a protected-identity mark that no one has said the meaning
// of: a problem of the whole file (Row 0).
func markColumnProblem(column string) Problem {
	return Problem{Field: roster.NoField, Column: column,
		Severity: CodeProtectedColumnUnknown.Severity(), Code: CodeProtectedColumnUnknown,
		Message: i18n.T("the column %q may mark protected identity, but it is not read as such: say whether it marks protected identity or not", column)}
}

// quoteMark quotes a mark for a message; one with a letter of another
// script than Latin or a character one cannot see is spelt out in code
// points, so that a Cyrillic "Ја" does not read as "Ja".
func quoteMark(v string) string {
	for _, r := range v {
		if roster.Invisible(r) || unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return strconv.QuoteToASCII(v)
		}
	}
	return strconv.Quote(v)
}

// ProtectedCopy is the warning on row id that the same person (by
// address or SSOID) is marked protected in another source, named where:
// the copy is protected too, as detection fails closed.
func ProtectedCopy(id roster.RowID, where i18n.Text) Problem {
	return Problem{Row: id, Field: roster.ProtectedField,
		Severity: CodeProtectedCopy.Severity(), Code: CodeProtectedCopy,
		Message: i18n.T("the same person is marked protected identity at %s: this row is treated as protected too and never exported", where)}
}

// ProtectedNoAddress is the warning on the protected row id, which has no
// address or SSOID, that no other row of the list has its name: if the person is in the list under another spelling or
// address, that row is not protected and would be exported.
func ProtectedNoAddress(id roster.RowID) Problem {
	return Problem{Row: id, Field: roster.ProtectedField,
		Severity: CodeProtectedNoAddress.Severity(), Code: CodeProtectedNoAddress,
		Message: i18n.T("protected, but without an address: no other row has this name; if the person is in the list under another spelling, mark that row protected too")}
}

// SheetMentionsProtection is the warning, of the whole file, that the
// sheet named sheet, which holds no list and was not read, mentions
// protected identity on its row line ("Elever med skyddad identitet: rad
// 12, 15"): the note may name pupils of the list whom no column marks,
// and only the user can read it. The note is not quoted: it may hold
// names.
func SheetMentionsProtection(sheet string, line int) Problem {
	return Problem{Field: roster.NoField, Severity: CodeSheetMentions.Severity(), Code: CodeSheetMentions,
		Message: i18n.T("sheet %q was not read, but its row %d mentions protected identity: read it, and mark the people it names protected before you export", sheet, line)}
}

// SheetNameMentionsProtection is SheetMentionsProtection for a sheet
// whose name, not a row, mentions protected identity ("Skyddade",
// "Sekretess") and that holds something but no list: it may name the
// list's protected pupils by name alone.
func SheetNameMentionsProtection(sheet string) Problem {
	return Problem{Field: roster.NoField, Severity: CodeSheetMentions.Severity(), Code: CodeSheetMentions,
		Message: i18n.T("sheet %q was not read, but its name mentions protected identity: read it, and mark the people it names protected before you export", sheet)}
}

// SheetNameProtects is the warning on row id, read from a list on a sheet
// whose name mentions protected identity ("Skyddade elever", "Sekretess"),
// that the row is protected: the sheet's name is the mark (fail closed).
func SheetNameProtects(id roster.RowID, sheet string) Problem {
	return Problem{Row: id, Field: roster.ProtectedField, Severity: CodeProtectedValue.Severity(), Code: CodeProtectedValue,
		Message: i18n.T("the row is on sheet %q, whose name mentions protected identity: it is treated as protected and never exported; if the sheet's people are not protected, give it another name in Excel and read the file again", sheet)}
}

// NoteProtects is the warning on row id that a note (comment) on the row
// in the workbook mentions protected identity, so the row is protected:
// Excel shows a note only when the pointer rests on its cell, and an
// office may mark a pupil so. The note is not quoted: it may hold names.
func NoteProtects(id roster.RowID) Problem {
	return Problem{Row: id, Field: roster.ProtectedField, Severity: CodeProtectedValue.Severity(), Code: CodeProtectedValue,
		Message: i18n.T("a note on this row in the workbook mentions protected identity: the row is treated as protected and never exported; read the note, and remove the mark only if it says otherwise")}
}

// RowNote is the warning on row id that the row has a note (comment) in
// the workbook, which Excel shows only when the pointer rests on its
// cell: only the user can read what it says of the person.
func RowNote(id roster.RowID) Problem {
	return Problem{Row: id, Field: roster.NoField, Severity: CodeRowNote.Severity(), Code: CodeRowNote,
		Message: i18n.T("this row has a note in the workbook, which Excel shows only when pointing at the cell: read it, as it may say the person has protected identity or has left")}
}

// RowStruck is the warning on row id that text on the row is struck
// through in the workbook, as an office may cross out a pupil who left
// or must not be sent; the fix leaves the row out.
func RowStruck(id roster.RowID) Problem {
	return Problem{Row: id, Field: roster.NoField, Severity: CodeRowStruck.Severity(), Code: CodeRowStruck,
		Message: i18n.T("text on this row is struck through in the workbook, which may mean the person has left or must not be sent: check it"),
		Fix:     &Fix{Label: i18n.T("Leave out of the file"), LeaveOut: true}}
}
