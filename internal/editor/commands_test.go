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

// TestFillEmptyMunicipality: the municipality asked for fills every
// exported row without one as one edit, which Undo takes back; a
// protected row is not touched (issue 13).
func TestFillEmptyMunicipality(t *testing.T) {
	d, err := Open(importFixture("staff_cp1252.csv"))
	if err != nil {
		t.Fatal(err)
	}
	asks := 0
	for _, p := range d.Checker().Problems() {
		if p.Field == roster.Municipality && p.Fix != nil && p.Fix.Ask {
			asks++
		}
	}
	if asks != d.Len() || d.EmptyCount(roster.Municipality) != d.Len() {
		t.Fatalf("%d of %d rows ask for the municipality, %d empty", asks, d.Len(), d.EmptyCount(roster.Municipality))
	}
	d.SetProtected([]roster.RowID{d.Row(0).ID}, true)
	if n := d.FillEmpty(roster.Municipality, " Lillköping "); n != d.Len()-1 {
		t.Errorf("filled %d cells, want %d", n, d.Len()-1)
	}
	if d.Row(0).Values[roster.Municipality] != "" || d.Row(1).Values[roster.Municipality] != "Lillköping" {
		t.Errorf("rows say %q and %q", d.Row(0).Values[roster.Municipality], d.Row(1).Values[roster.Municipality])
	}
	for _, p := range d.Checker().Problems() {
		if p.Field == roster.Municipality && p.Code == check.CodeMissing {
			t.Errorf("still missing: %+v", p)
		}
	}
	if label, _ := d.Undo(); label != "Fill Municipality" || d.Row(1).Values[roster.Municipality] != "" {
		t.Errorf("undo %q left %q", label, d.Row(1).Values[roster.Municipality])
	}
}
