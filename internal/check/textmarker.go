package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// textMarkerProblems finds each field of the row whose value starts with
// an apostrophe: Excel's sign, typed before a value, to keep it as text
// ('001205 keeps its zeros). A school system that writes it into a csv
// to make Excel keep an id's leading zeros leaves it in the value, and
// the upload file would carry '001205 as the SSO id (tester T56). The
// fix takes the apostrophe away.
func textMarkerProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		if rest, ok := textMarked(row.Values[f]); ok {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeTextMarker.Severity(), Code: CodeTextMarker,
				Message: i18n.T("%q starts with an apostrophe, Excel's sign for text, which is no part of the value", strings.TrimSpace(row.Values[f])),
				Fix:     &Fix{Label: i18n.T("Change to %q", rest), Value: rest}})
		}
	}
	return dst
}

// textMarked reports whether v, trimmed, is an apostrophe followed by a
// value, and returns the value.
func textMarked(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 2 || v[0] != '\'' {
		return "", false
	}
	rest := strings.TrimSpace(v[1:])
	if rest == "" || rest[0] == '\'' {
		return "", false
	}
	return rest, true
}
