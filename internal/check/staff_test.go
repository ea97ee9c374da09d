package check

import (
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/roster/rostertest"
)

// tiredOf returns the checker's tired-eye rule, wherever it is listed.
func tiredOf(c *Checker) *tiredRule {
	for _, g := range c.groups {
		if t, ok := g.(*tiredRule); ok {
			return t
		}
	}
	return nil
}

// teacher is a staff row of Per Tornberg at school.
func teacher(school string, edits ...func(*[roster.NumFields]string)) [roster.NumFields]string {
	return person(append([]func(*[roster.NumFields]string){set(roster.Email, "per.tornberg@boras.se"),
		set(roster.FirstName, "Per"), set(roster.LastName, "Tornberg"), set(roster.Class, ""),
		set(roster.School, school), set(roster.Role, "teacher"), set(roster.SSOID, "")}, edits...)...)
}

func TestStaffOnSeveralSchools(t *testing.T) {
	tests := []struct {
		name string
		rows [][roster.NumFields]string
		want []string // found(Check(r))
	}{
		{"a teacher once per school, by address",
			[][roster.NumFields]string{teacher("Solbackaskolan"), teacher("Ekbackens skola", set(roster.Email, "Per.Tornberg@Boras.se")), teacher("Språkcentrum")},
			[]string{"School staff_schools error", "School staff_schools error", "School staff_schools error"}},
		{"by SSO id, with an address per school",
			[][roster.NumFields]string{teacher("Solbackaskolan", set(roster.SSOID, "7001"), set(roster.Email, "per.tornberg@solbacka.se")),
				teacher("Ekbackens skola", set(roster.SSOID, "7001 "), set(roster.Email, "per.tornberg@ekbacken.se"))},
			[]string{"School staff_schools error", "School staff_schools error", "SSOID whitespace warning"}},
		{"both keys shared: one problem a row",
			[][roster.NumFields]string{teacher("Solbackaskolan", set(roster.SSOID, "7001")), teacher("Ekbackens skola", set(roster.SSOID, "7001"))},
			[]string{"School staff_schools error", "School staff_schools error"}},
		{"Lärare is a teacher; the school's spacing and case do not make two",
			[][roster.NumFields]string{teacher("Solbackaskolan", set(roster.Role, "Lärare")), teacher("solbackaskolan "), teacher("Ekbackens skola")},
			[]string{"School staff_schools error", "School staff_schools error", "School whitespace warning", "School staff_schools error"}},
		{"one teacher twice at one school is a plain duplicate",
			[][roster.NumFields]string{teacher("Solbackaskolan"), teacher("Solbackaskolan")},
			[]string{"Email email_duplicate error", "Email email_duplicate error"}},
		{"a student on two rows is a plain duplicate",
			[][roster.NumFields]string{person(set(roster.School, "Solbackaskolan")), person(set(roster.School, "Ekbackens skola"))},
			[]string{"Email email_duplicate error", "Email email_duplicate error"}},
		{"a teacher's address on a student's row is a plain duplicate",
			[][roster.NumFields]string{teacher("Solbackaskolan"), teacher("Ekbackens skola", set(roster.Role, "student"), set(roster.Class, "9A"))},
			[]string{"Email email_duplicate error", "Email email_duplicate error"}},
		{"two teachers who share nothing",
			[][roster.NumFields]string{teacher("Solbackaskolan", set(roster.SSOID, "7001")),
				teacher("Ekbackens skola", set(roster.Email, "annika.strand@boras.se"), set(roster.FirstName, "Annika"), set(roster.LastName, "Strand"), set(roster.SSOID, "7002"))},
			nil},
		{"a pupil with the address and SSO id of a teacher at two schools: three plain duplicates",
			[][roster.NumFields]string{teacher("Solbackaskolan", set(roster.SSOID, "7001")), teacher("Ekbackens skola", set(roster.SSOID, "7001")),
				teacher("Ekbackens skola", set(roster.Role, "student"), set(roster.Class, "9A"), set(roster.SSOID, "7001"))},
			[]string{"Email email_duplicate error", "SSOID ssoid_duplicate error", "Email email_duplicate error", "SSOID ssoid_duplicate error",
				"Email email_duplicate error", "SSOID ssoid_duplicate error"}},
		{"a shared SSO id that is not one teacher stays its own error",
			[][roster.NumFields]string{teacher("Solbackaskolan", set(roster.SSOID, "7001")), teacher("Ekbackens skola"),
				person(set(roster.SSOID, "7001"))},
			[]string{"School staff_schools error", "SSOID ssoid_duplicate error", "School staff_schools error", "SSOID ssoid_duplicate error"}},
	}
	for _, tt := range tests {
		r := roster.New()
		for _, v := range tt.rows {
			r.Append(v)
		}
		c := NewChecker(r)
		got := found(c.Problems())
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
		if e, w := c.Counts(); e+w != len(got) {
			t.Errorf("%s: counts %d+%d, problems %d", tt.name, e, w, len(got))
		}
		for _, p := range c.Problems() {
			if sev, ok := c.CellSeverity(p.Row, p.Field); !ok || sev != Error && p.Severity == Error {
				t.Errorf("%s: cell %s of row %d draws %v %v", tt.name, p.Field, p.Row, sev, ok)
			}
			if p.Code == CodeStaffSchools && (p.Fix == nil || len(p.Fix.Keep) < 2 || !slices.Contains(p.Fix.Keep, p.Row)) {
				t.Errorf("%s: fix %+v does not list the rows to keep one of", tt.name, p.Fix)
			}
		}
	}
}

// TestStaffMessageSaysRowsAndSchools checks the words the user reads.
func TestStaffMessageSaysRowsAndSchools(t *testing.T) {
	r := roster.New()
	for _, s := range []string{"Solbackaskolan", "Ekbackens skola", "Solbackaskolan"} {
		r.Append(teacher(s))
	}
	ps := Check(r)
	if len(ps) != 3 {
		t.Fatalf("%q", found(ps))
	}
	msg := ps[0].Message.String()
	if !strings.Contains(msg, "3 rows for 2 schools") || !strings.Contains(msg, "one school per person") {
		t.Errorf("message %q", msg)
	}
	if want := []roster.RowID{r.Rows[0].ID, r.Rows[1].ID, r.Rows[2].ID}; !slices.Equal(ps[1].Fix.Keep, want) {
		t.Errorf("keep %v, want %v", ps[1].Fix.Keep, want)
	}
}

// TestMunicipalitySlipIsASpellingVariant checks that a slip of the main
// municipality's spelling is fixed with the other spelling variants, and
// another municipality stays a mixed one. "borås" is the municipality
// Borås written in small letters: its rows count as Borås's, and the
// warning is municipality_name, with the same fix.
func TestMunicipalitySlipIsASpellingVariant(t *testing.T) {
	r := roster.New()
	for i, m := range []string{"Borås", "Borås", "Borås", "Boras", "Ulricehamn", "borås"} {
		r.Append(person(set(roster.Email, string(rune('a'+i))+"@skola.se"), set(roster.Municipality, m)))
	}
	got := found(Check(r))
	want := []string{"Municipality spelling_variant warning", "Municipality municipality_mixed error", "Municipality municipality_name warning"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	p := NewChecker(r).CellProblems(r.Rows[3].ID, roster.Municipality)[0]
	if p.Fix.Value != "Borås" || !strings.Contains(p.Message.String(), "4 other rows") {
		t.Errorf("fix %q, message %q", p.Fix.Value, p.Message)
	}
}

// BenchmarkStaffChange measures, at 100,000 rows, a teacher's address
// typed into another school's teacher's and back: each edit makes and
// unmakes a group of one teacher at two schools.
func BenchmarkStaffChange(b *testing.B) {
	r := rostertest.Roster(100_000)
	c := NewChecker(r)
	row, other := r.Rows[50_000], r.Rows[20] // teachers at Skola 0 and Skola 20
	flipCell(b, c, row, roster.Email, []string{other.Values[roster.Email], row.Values[roster.Email]},
		func() { c.RowProblems(row.ID) })
}

// TestNoSSOIDsNoRoomForThem checks a large list without SSO ids: the SSO
// id index takes no room for a million keys it will not hold (16 MB of
// slots and 5 MB of row records at a million rows), and an id typed in
// afterwards is indexed all the same.
func TestNoSSOIDsNoRoomForThem(t *testing.T) {
	r := rostertest.Roster(2 * parallelRows)
	for _, row := range r.Rows {
		row.Values[roster.SSOID] = ""
	}
	c := NewChecker(r)
	ids := c.groups[0].(*identityRule).ssoid.index
	if len(ids.keys.slots) > 8 || ids.keyOf.Room() > 1 {
		t.Errorf("%d slots and room for %d rows for no SSO id", len(ids.keys.slots), ids.keyOf.Room())
	}
	for _, row := range r.Rows[:40] {
		row.Values[roster.SSOID] = "7001"
		c.Changed(row, roster.SSOID, "")
	}
	if n := ids.size(r.Rows[0].ID); n != 40 {
		t.Errorf("an SSO id typed on 40 rows is on %d", n)
	}
}
