package sheet

import (
	"strconv"
	"unicode"

	"rosterdesk/internal/check"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// placeholderFields are the fields in which a school system writes a
// placeholder ("***", "Skyddad") for a hidden identity.
var placeholderFields = [...]roster.Field{roster.FirstName, roster.LastName, roster.Email}

// readMark reads value v of protected-identity column i into row: any
// value but an explicit "no" protects (roster.ReadMark), and one that is
// not a known "yes" is a warning that says what was read. The mark is no
// one's personal data, so the message may quote it.
func (b *rowBuilder) readMark(row *roster.Row, i int, v string) {
	m := roster.ReadMark(v)
	if !m.Protected() {
		return
	}
	row.Protected = true
	if m == roster.MarkOther {
		b.imp.Problems = append(b.imp.Problems, check.Problem{Row: row.ID, Field: roster.ProtectedField,
			Column: b.layout.names[i], Severity: check.CodeProtectedValue.Severity(), Code: check.CodeProtectedValue,
			Message: i18n.T("read %s as protected identity: only an explicit no (Nej, Ei, No, 0, -, or an empty cell) means not protected", quoteMark(v))})
	}
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

// readPlaceholders protects a row whose name or address stands in for a
// hidden identity, with a warning on each such cell.
func (b *rowBuilder) readPlaceholders(row *roster.Row) {
	for _, f := range placeholderFields {
		if !roster.Placeholder(row.Values[f]) {
			continue
		}
		row.Protected = true
		b.imp.Problems = append(b.imp.Problems, check.Problem{Row: row.ID, Field: f,
			Column: b.imp.Columns[f], Severity: check.CodeProtectedPlaceholder.Severity(), Code: check.CodeProtectedPlaceholder,
			Message: i18n.T("this stands in for a hidden identity: the row is treated as protected identity and never exported")})
	}
}

// noteIdentityNumber remembers the first column mapped by the user to a
// field whose values are personal identity numbers: ReadFileWith refuses
// such a mapping.
func (b *rowBuilder) noteIdentityNumber(i int, v string) {
	if b.imp.identityColumn == "" && i < len(b.layout.mappedField) && b.layout.mappedField[i] && roster.IdentityNumber(v) {
		b.imp.identityColumn = b.layout.names[i]
	}
}

// unknownMarkProblems are the errors of the columns whose header sounds
// like a protection mark that no one has said the meaning of.
func unknownMarkProblems(l layout) []check.Problem {
	var out []check.Problem
	for _, i := range l.unknownMarks {
		out = append(out, check.Problem{Field: roster.NoField, Column: l.names[i],
			Severity: check.CodeProtectedColumnUnknown.Severity(), Code: check.CodeProtectedColumnUnknown,
			Message: i18n.T("the column %q may mark protected identity, but it is not read as such: say whether it marks protected identity or not", l.names[i])})
	}
	return out
}

// errIdentityMapped refuses a mapping of personal identity numbers to a
// field of the upload file.
func errIdentityMapped(column string) error {
	return &textError{text: i18n.T("the column %q holds personal identity numbers, which must never be exported: map it to Ignore, or map another column", column)}
}
