package sheet

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// mentionScanRows is how far a sheet that holds no list is read for a
// note of protected pupils: an information page is short, and a long
// sheet that is no list is read no further than this.
const mentionScanRows = 1000

// mentionsProtection reports whether a row of a sheet that is no list of
// people mentions protected identity in one of its cells: a word for it
// (roster.ProtectionTerm: "Elever med skyddad identitet: rad 12, 15",
// "Turvakielto") or a word that sounds like one (roster.SuggestsProtection:
// "Skyddade elever", "Sekretess"). A mention on another sheet may be the
// only place that names a list's protected pupils.
func mentionsProtection(cells []string) bool {
	for _, c := range cells {
		if c != "" && (roster.ProtectionTerm(c) || len(c) <= 200 && roster.SuggestsProtection(c)) {
			return true
		}
	}
	return false
}

// protectionSheet reports whether a sheet's name mentions protected
// identity ("Skyddade elever", "Sekretess", "Turvakielto"), as a cell
// does for mentionsProtection: the sheet then names protected people.
func protectionSheet(name string) bool { return mentionsProtection([]string{name}) }

// protectAll makes every row of a list read from a sheet whose name
// mentions protected identity, and that has no protected-identity column
// of its own to say who is, protected, with the warning that says why: a
// sheet "Skyddade elever" kept beside "Elever" has no such column, and
// its pupils were exported with 0 errors (fail closed).
func (imp *Import) protectAll() {
	for _, row := range imp.Roster.Rows {
		row.Protected = true
		imp.Problems = append(imp.Problems, check.SheetNameProtects(row.ID, imp.Sheet))
	}
}
