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
	clean, removed := roster.CleanText(v)
	if removed != "" {
		clean = strings.TrimSpace(clean)
	}
	return importValue(f, clean), removed
}
