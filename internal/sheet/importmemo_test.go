package sheet

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// TestImportMemoFollowsEachRow reads runs of equal values with invisible
// characters, a value that differs in them only, and a return to the
// first: each row must get its own value and removed characters, and
// each job title must be counted, as if every row were read alone.
func TestImportMemoFollowsEachRow(t *testing.T) {
	type cells struct{ first, muni, role string }
	rows := []cells{
		{"Anna", "Borås\u200b", "Lektor"}, {"Anna", "Borås\u200b", "Lektor"}, {"Anna\u00ad", "Borås", "Elev"},
		{"Anna", "Borås", "Elev"}, {"Anna", "Borås\u200b", "Lektor"}, {"", "", ""}, {"Bo", "\u2060", "Lärare"},
		{"Bo", "\u2060", "Lärare"}, {"Bo", "Borås\u200b", " Lektor"},
	}
	var csv strings.Builder
	csv.WriteString("FirstName;LastName;Municipality;Role;Class\n")
	for _, r := range rows {
		csv.WriteString(r.first + ";Lind;" + r.muni + ";" + r.role + ";9A\n")
	}
	imp, err := ReadCSV(strings.NewReader(csv.String()), "elever.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Roster.Rows) != len(rows) {
		t.Fatalf("%d rows, want %d", len(imp.Roster.Rows), len(rows))
	}
	for i, r := range rows {
		row := imp.Roster.Rows[i]
		for f, v := range map[roster.Field]string{roster.FirstName: r.first, roster.Municipality: r.muni, roster.Role: r.role} {
			want, wantRemoved := importField(f, strings.TrimSpace(v))
			if row.Values[f] != want || row.Removed(f) != wantRemoved {
				t.Errorf("row %d %s: %q, removed %+q; want %q, %+q", i+1, f, row.Values[f], row.Removed(f), want, wantRemoved)
			}
		}
	}
	if len(imp.Notices) != 1 || imp.Notices[0].Message.String() != "read 4 job titles as teacher: Lektor ×4" {
		t.Errorf("notices = %+v, want Lektor counted 4 times", imp.Notices)
	}
}
