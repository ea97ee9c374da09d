package rostertest

import "rosterdesk/internal/roster"

// ExportHeader is the header of a school system's export of the people
// (ExportRecord): Swedish names, in the order such a system writes them,
// a protected-identity column and an extra column that no field takes.
var ExportHeader = []string{"Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll",
	"SSO-ID", "Skyddad identitet", "Mentor"}

// exportRoles are the Swedish words an export uses for the roles.
var exportRoles = map[string]string{"student": "Elev", "teacher": "Lärare"}

// ExportRecord is person i (Values) as a row of a school system's export
// under ExportHeader: the role in Swedish, the SSO id a number (a numeric
// cell in a workbook), "Ja" in the protected column for the people
// Protected names, and a mentor's last name in the extra column.
func ExportRecord(i int) []any {
	v := Values(i)
	prot := ""
	if Protected(i) {
		prot = "Ja"
	}
	return []any{v[roster.FirstName], v[roster.LastName], v[roster.Email], v[roster.Class],
		v[roster.School], v[roster.Municipality], exportRoles[v[roster.Role]], 100000000000 + i,
		prot, lastNames[i%7]}
}
