package editor

import (
	"slices"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// staffList is a class with Per Tornberg listed once at each of his three
// schools, as a school system exports him.
func staffList() *roster.Roster {
	r := roster.New()
	r.Append([roster.NumFields]string{"alva.lind@elev.boras.se", "Alva", "Lind", "9A", "Solbackaskolan", "Borås", "student", ""})
	for _, school := range []string{"Solbackaskolan", "Ekbackens skola", "Språkcentrum"} {
		r.Append([roster.NumFields]string{"per.tornberg@boras.se", "Per", "Tornberg", "", school, "Borås", "Lärare", "7001"})
		r.Append([roster.NumFields]string{"elev" + school[:3] + "@elev.boras.se", "Elsa", "Ek", "8B", school, "Borås", "student", ""})
	}
	return r
}

// TestKeepRowPicksTheMainSchool keeps the Ekbackens skola row: the other
// two go as one edit, and undo brings them back where they were, with
// their ids.
func TestKeepRowPicksTheMainSchool(t *testing.T) {
	d := newDocument(staffList())
	before := slices.Clone(d.Roster().Rows)
	ps := d.Checker().Problems()
	if len(ps) != 3 || ps[0].Code != check.CodeStaffSchools || len(ps[0].Fix.Keep) != 3 {
		t.Fatalf("problems: %v", ps)
	}
	if n := d.ApplyFixes(check.CodeStaffSchools); n != 0 {
		t.Errorf("Fix all chose a school by itself, changing %d cells", n)
	}
	if d.ApplyFix(ps[0]); d.Dirty() {
		t.Error("Fix without a choice changed the list")
	}
	keep := before[3].ID // Ekbackens skola
	if d.KeepRow(ps[0], before[0].ID) {
		t.Error("kept a row that is not one of the teacher's")
	}
	if !d.KeepRow(ps[0], keep) {
		t.Fatal("KeepRow refused the teacher's own row")
	}
	if e, w := d.Checker().Counts(); e != 0 || w != 0 || d.Roster().Len() != 5 {
		t.Fatalf("%d rows, %d errors, %d warnings: %v", d.Roster().Len(), e, w, d.Checker().Problems())
	}
	if d.RowByID(keep).Values[roster.School] != "Ekbackens skola" {
		t.Errorf("kept %q", d.RowByID(keep).Values[roster.School])
	}
	assertChecked(t, d)
	if label, ok := d.Undo(); !ok || !slices.Equal(d.Roster().Rows, before) {
		t.Fatalf("undo %q: the rows are not back as they were", label)
	}
	if got := d.Checker().Problems(); len(got) != 3 || got[0].Code != check.CodeStaffSchools {
		t.Errorf("after undo: %v", got)
	}
	assertChecked(t, d)
	if _, ok := d.Redo(); !ok || d.Roster().Len() != 5 {
		t.Errorf("redo: %d rows", d.Roster().Len())
	}
}
