package sheet

import (
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// TestCallNameIsFirstName: beside a column of every legal first name, the
// call name is read as FirstName wherever the two stand, and the full
// names are kept as an extra column (tester T47).
func TestCallNameIsFirstName(t *testing.T) {
	for _, cells := range [][]string{
		{"Efternamn", "Förnamn", "Tilltalsnamn", "E-post"},
		{"Efternamn", "Tilltalsnamn", "Förnamn", "E-post"},
		{"Sukunimi", "Etunimet", "Kutsumanimi", "Sähköposti"},
		{"Efternamn", "Förnamn", "Förnamn (tilltal)", "E-post"},
	} {
		l := readLayout(cells, nil)
		if got := l.columns[roster.FirstName]; got != cells[2] && got != cells[1] || !callNames[foldHeader(got)] {
			t.Errorf("%q: FirstName from %q, want the call name", cells, got)
		}
		if l.fullFirst < 0 || l.extra[l.fullFirst] < 0 || callNames[foldHeader(l.names[l.fullFirst])] {
			t.Errorf("%q: full first names column %d, want it kept as an extra column", cells, l.fullFirst)
		}
	}
	// A call name alone is FirstName, with nothing to fall back on.
	if l := readLayout([]string{"Tilltalsnamn", "Efternamn", "E-post"}, nil); l.columns[roster.FirstName] != "Tilltalsnamn" || l.fullFirst >= 0 {
		t.Errorf("call name alone: FirstName from %q, full %d", l.columns[roster.FirstName], l.fullFirst)
	}
	// A column the user mapped to FirstName stays so.
	maps := []ColumnMap{{Header: "Förnamn", Target: Target{Kind: TargetField, Field: roster.FirstName}}}
	if l := readLayout([]string{"Förnamn", "Tilltalsnamn", "Efternamn"}, maps); l.columns[roster.FirstName] != "Förnamn" || l.fullFirst >= 0 {
		t.Errorf("mapped Förnamn: FirstName from %q, full %d", l.columns[roster.FirstName], l.fullFirst)
	}
}

// TestCallNamesRead: the rows get their call names, a row without one its
// full first names, and a notice says which column was read.
func TestCallNamesRead(t *testing.T) {
	csv := "Efternamn;Förnamn;Tilltalsnamn;E-post;Klass;Skola;Kommun;Roll\r\n" +
		"Berg;Anna Alva Kristina;Alva;alva.berg@elev.example;9A;Ekbacka skola;Ale;Elev\r\n" +
		"Holm;Nils;;nils.holm@elev.example;9A;Ekbacka skola;Ale;Elev\r\n"
	imp, err := ReadCSV(strings.NewReader(csv), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows := imp.Roster.Rows
	if got := []string{rows[0].Values[roster.FirstName], rows[1].Values[roster.FirstName]}; got[0] != "Alva" || got[1] != "Nils" {
		t.Errorf("FirstName = %q, want Alva, Nils", got)
	}
	if x := slices.Index(imp.Roster.ExtraColumns, "Förnamn"); x < 0 || rows[0].ExtraValue(x) != "Anna Alva Kristina" {
		t.Errorf("the full first names are not kept (extra %d)", x)
	}
	var notes []string
	for _, n := range imp.Notices {
		if n.Code == NoticeCallNames {
			notes = append(notes, n.Message.String())
		}
	}
	want := `read FirstName from the call names (column "Tilltalsnamn"), not from every first name (column "Förnamn", kept but not sent); 1 row without a call name has every first name`
	if len(notes) != 1 || notes[0] != want {
		t.Errorf("notices %q, want %q", notes, want)
	}
}

// TestBasgruppIsClassOnlyAlone: a Basgrupp or teaching-group column is
// the Class only when no column is named as the class, and a notice asks
// to check it.
func TestBasgruppIsClassOnlyAlone(t *testing.T) {
	for _, cells := range [][]string{
		{"Förnamn", "Basgrupp", "Klass", "Efternamn"},
		{"Förnamn", "Klass", "Basgrupp", "Efternamn"},
		{"Förnamn", "Undervisningsgrupp", "Klass/grupp", "Efternamn"},
		{"Förnamn", "Luokka", "Opetusryhmä", "Efternamn"},
	} {
		l := readLayout(cells, nil)
		if _, last := lastResortNames[foldHeader(l.columns[roster.Class])]; last || l.columns[roster.Class] == "" || len(l.lastResort) != 0 {
			t.Errorf("%q: Class from %q, last resort %v", cells, l.columns[roster.Class], l.lastResort)
		}
	}
	maps := []ColumnMap{{Header: "Grupp X", Target: Target{Kind: TargetField, Field: roster.Class}}}
	if l := readLayout([]string{"Förnamn", "Basgrupp", "Grupp X"}, maps); l.columns[roster.Class] != "Grupp X" {
		t.Errorf("mapped class: Class from %q", l.columns[roster.Class])
	}
	for _, group := range []string{"Basgrupp", "Undervisningsgrupp"} {
		csv := "Förnamn;Efternamn;E-post;" + group + ";Skola;Kommun;Roll\nAlva;Berg;alva.berg@elev.example;3B;Ekbacka skola;Ale;Elev\n"
		imp, err := ReadCSV(strings.NewReader(csv), "a.csv")
		if err != nil {
			t.Fatal(err)
		}
		if got := imp.Roster.Rows[0].Values[roster.Class]; got != "3B" {
			t.Errorf("%s: Class = %q, want 3B", group, got)
		}
		found := false
		for _, n := range imp.Notices {
			found = found || n.Code == NoticeClassFromGroup && strings.Contains(n.Message.String(), `"`+group+`"`)
		}
		if !found {
			t.Errorf("no notice names the %s column: %+v", group, imp.Notices)
		}
	}
}
