package sheet

import (
	"strings"

	"rosterdesk/internal/roster"
)

// setField writes the trimmed value v of field f into row as the import
// writes it: without invisible characters (roster.CleanText), which the
// row records for the check's warning, trimmed again where they stood
// between the text and a space, and through importValue.
func setField(row *roster.Row, f roster.Field, v string) {
	value, removed := importField(f, v)
	row.Values[f] = value
	row.SetRemoved(f, removed)
}

// importField is the value the import writes for the trimmed text v of
// field f, and the invisible characters it took out. A writer that reads
// its file back compares through this.
func importField(f roster.Field, v string) (value, removed string) {
	if plainText(v) {
		// CleanText keeps such text as it is: nothing to take out, and
		// ASCII is composed.
		return importValue(f, v), ""
	}
	clean, removed := roster.CleanText(v)
	if removed != "" {
		clean = strings.TrimSpace(clean)
	}
	return importValue(f, clean), removed
}

// plainText reports whether v is printable ASCII and white space only,
// as nearly every value is: text that roster.CleanText returns as it is.
func plainText(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 && !(c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') || c >= 0x7F {
			return false
		}
	}
	return true
}
