package check

import (
	"strings"

	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// dateProblems finds each field of the row that holds a date or a time
// as the reader writes a date cell (2026-01-09, 2026-01-09 08:30, 08:30):
// Excel makes a date of a class typed as 9/1 or 7-2 when it opens a csv,
// and no field of the upload file is a date, so the value is not what
// was meant.
func dateProblems(dst []Problem, row *roster.Row) []Problem {
	for _, f := range roster.Fields {
		if v := strings.TrimSpace(row.Values[f]); isoDateOrTime(v) {
			dst = append(dst, Problem{Row: row.ID, Field: f, Severity: CodeDateValue.Severity(), Code: CodeDateValue,
				Message: i18n.T("this is a date or a time (%s), not text: Excel makes a date of a class typed as 9/1 or 7-2 when it opens a file; write the value as text", v)})
		}
	}
	return dst
}

// isoDateOrTime reports whether v is yyyy-mm-dd, yyyy-mm-dd hh:mm,
// yyyy-mm-dd hh:mm:ss, hh:mm or hh:mm:ss.
func isoDateOrTime(v string) bool {
	if len(v) >= 10 && shape(v[:10], "dddd-dd-dd") {
		v = v[10:]
		if v == "" {
			return true
		}
		if v[0] != ' ' {
			return false
		}
		v = v[1:]
	}
	return shape(v, "dd:dd") || shape(v, "dd:dd:dd")
}

// shape reports whether v has the shape of pattern: a digit where it has
// d, and its other bytes as they are.
func shape(v, pattern string) bool {
	if len(v) != len(pattern) {
		return false
	}
	for i := range len(v) {
		if pattern[i] == 'd' && (v[i] < '0' || v[i] > '9') || pattern[i] != 'd' && v[i] != pattern[i] {
			return false
		}
	}
	return true
}
