package sheet

import "rosterdesk/internal/roster"

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
