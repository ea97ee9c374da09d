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
	clean, removed := roster.CleanText(v)
	if removed != "" {
		clean = strings.TrimSpace(clean)
		row.SetRemoved(f, removed)
	}
	row.Values[f] = importValue(f, clean)
}
