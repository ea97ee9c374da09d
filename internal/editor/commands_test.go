package editor

import (
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// A choice may set another cell of the problem's row than the problem's
// own (check.Fix.SetField): a "teacher" with class 9A on a pupils' domain
// (tester T40) is settled as a pupil by the role, or as a teacher by
// clearing the class.
func TestApplyChoiceSetsItsField(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	const list = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll\n" +
		"nils.holm@elev.ale.se;Nils;Holm;9A;Ekbacka skola;Ale;Lärare\n" +
		"ida.sand@elev.ale.se;Ida;Sand;9A;Ekbacka skola;Ale;Lärare\n"
	if err := os.WriteFile(path, []byte(list), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mismatch := map[roster.RowID]check.Problem{}
	for _, p := range d.Checker().Problems() {
		if p.Code == check.CodeRoleMismatch {
			mismatch[p.Row] = p
		}
	}
	if len(mismatch) != 2 {
		t.Fatalf("%d role_mismatch problems, want 2", len(mismatch))
	}
	nils, ida := findRow(t, d, "Nils"), findRow(t, d, "Ida")
	d.ApplyChoice(mismatch[nils], 0)
	d.ApplyChoice(mismatch[ida], 1)
	if row := d.RowByID(nils); row.Values[roster.Role] != "student" || row.Values[roster.Class] != "9A" {
		t.Errorf("Nils: role %q, class %q; want student in 9A", row.Values[roster.Role], row.Values[roster.Class])
	}
	if row := d.RowByID(ida); roster.ParseRole(row.Values[roster.Role]) != roster.Teacher || row.Values[roster.Class] != "" {
		t.Errorf("Ida: role %q, class %q; want a teacher without a class", row.Values[roster.Role], row.Values[roster.Class])
	}
	assertChecked(t, d)
	if e, w := d.Checker().Counts(); e != 0 || w != 0 {
		t.Errorf("%d errors, %d warnings left", e, w)
	}
}
