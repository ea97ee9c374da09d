package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// identityNumberProblems appends an error on every field of row whose
// value is a personal identity number (roster.IdentityNumber): such a
// number must never reach the upload file, however its column was found
// (its header, a mapping, school data), so the check is on the values
// that would be sent. An SSOID, which no one needs, gets a fix that
// clears it. The error is the cell's, on the row that holds the number,
// and its message speaks of that value, not of the whole column: a
// column where one row of five holds a valid number would otherwise be
// named on that one row as if it were the column's header (A7).
func identityNumberProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		v := row.Values[f]
		if f == roster.Email {
			dst = identityNumberAddress(dst, row.ID, v)
			continue
		}
		if !mayBeIdentityNumber(v) || !roster.IdentityNumber(v) {
			continue
		}
		p := Problem{Row: row.ID, Field: f, Severity: CodeIdentityNumber.Severity(), Code: CodeIdentityNumber,
			Message: i18n.T("this %s is a personal identity number, which must never be sent: clear it, or take %s from another column", f.String(), f.String())}
		if f == roster.SSOID {
			p.Fix = &Fix{Label: i18n.T("Clear the SSOID"), Value: ""}
		}
		dst = append(dst, p)
	}
	return dst
}

// identityNumberAddress appends the error on the Email of row id when the
// address is a personal identity number, whole (a column of numbers read
// as Email) or as the name before the @ (200501021234@skola.se, as some
// school systems make pupils' mailboxes): the number would reach the
// upload file inside the address. No fix: only the school knows the
// pupil's other address.
func identityNumberAddress(dst []Problem, id roster.RowID, v string) []Problem {
	local := v
	if at := strings.LastIndexByte(v, '@'); at >= 0 {
		local = v[:at]
	}
	if !mayBeIdentityNumber(local) || !roster.IdentityNumber(local) {
		return dst
	}
	msg := i18n.T("this %s is a personal identity number, which must never be sent: clear it, or take %s from another column", roster.Email.String(), roster.Email.String())
	if local != v {
		msg = i18n.T("the address is made of a personal identity number, which must never be sent: use the pupil's other address, or leave the row out")
	}
	return append(dst, Problem{Row: id, Field: roster.Email, Severity: CodeIdentityNumber.Severity(), Code: CodeIdentityNumber, Message: msg})
}

// mayBeIdentityNumber is a cheap first look, so that the full test runs
// only on values of an identity number's length that start with a digit
// (or, for spaces around it, a space).
func mayBeIdentityNumber(v string) bool {
	return len(v) >= 10 && len(v) <= 40 && (v[0] >= '0' && v[0] <= '9' || v[0] == ' ' || v[0] == '\t')
}
