package check

import (
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// identityNumberProblems appends an error on every field of row whose
// value is a personal identity number (roster.IdentityNumber): such a
// number must never reach the upload file, however its column was found
// (its header, a mapping, school data), so the check is on the values
// that would be sent. An SSOID, which no one needs, gets a fix that
// clears it.
func identityNumberProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		v := row.Values[f]
		if !mayBeIdentityNumber(v) || !roster.IdentityNumber(v) {
			continue
		}
		p := Problem{Row: row.ID, Field: f, Severity: CodeIdentityNumber.Severity(), Code: CodeIdentityNumber,
			Message: i18n.T("this column holds personal identity numbers: they must never be sent; clear them, or take %s from another column", f.String())}
		if f == roster.SSOID {
			p.Fix = &Fix{Label: i18n.T("Clear the SSOID"), Value: ""}
		}
		dst = append(dst, p)
	}
	return dst
}

// mayBeIdentityNumber is a cheap first look, so that the full test runs
// only on values of an identity number's length that start with a digit
// (or, for spaces around it, a space).
func mayBeIdentityNumber(v string) bool {
	return len(v) >= 10 && len(v) <= 40 && (v[0] >= '0' && v[0] <= '9' || v[0] == ' ' || v[0] == '\t')
}
