package editor

import (
	"strings"

	"rosterdesk/internal/i18n"
)

// RowsMunicipality returns the municipality the list's rows name, which
// the upload file must be named after: the file's name carries one
// municipality, and the platform reads it with the rows. "" when no row
// names one (then the export dialog's field, or the preference, names it
// and the rows' empty cells are errors anyway).
func (d *Document) RowsMunicipality() string { return d.checker.MainMunicipality() }

// municipalityRefused refuses a plan whose file name carries another
// municipality than the rows (tester T15: a name typed in the export
// dialog renamed the file while every row kept its own).
func (d *Document) municipalityRefused(p ExportPlan) error {
	rows := d.RowsMunicipality()
	if rows == "" || strings.EqualFold(strings.TrimSpace(p.Municipality), strings.TrimSpace(rows)) {
		return nil
	}
	return &i18n.Error{Message: i18n.T("the file would be named after %s, but the rows say %s: one upload file holds one municipality, and its name is the rows'", p.Municipality, rows)}
}
