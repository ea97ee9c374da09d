package sheet

import (
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// noticesTwice returns the messages of imp's column_twice notices.
func noticesTwice(imp *Import) []string {
	var said []string
	for _, n := range imp.Notices {
		if n.Code == NoticeColumnTwice {
			said = append(said, n.Message.String())
		}
	}
	return said
}

// TestTwoColumnsOfOneFieldAreNamed: of two columns headed "Klass" (an
// August export's old and new class), the first is read, a notice names
// both by letter, and the roster knows the other as Class's twin, for
// the checker to err where the two disagree (tester T16). A mapping
// "Klass=Class" fits both and chooses neither: it changes nothing.
func TestTwoColumnsOfOneFieldAreNamed(t *testing.T) {
	const text = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Klass\n" +
		"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;9B\n"
	m, err := ParseColumnMap("Klass=Class")
	if err != nil {
		t.Fatal(err)
	}
	for _, maps := range [][]ColumnMap{nil, {m}} {
		imp, err := sealed(readCSV(strings.NewReader(text), "elever.csv", maps))
		if err != nil {
			t.Fatal(err)
		}
		if got := imp.Roster.Rows[0].Get(roster.Class); got != "9A" {
			t.Errorf("maps %v: class %q, want the first column's 9A", maps, got)
		}
		want := `two columns are headed "Klass" (Class): column D was read, column H is not sent; give one of them another header in the file to choose`
		if said := noticesTwice(imp); len(said) != 1 || said[0] != want {
			t.Errorf("maps %v: notices %q, want %q", maps, said, want)
		}
		cols, fields := imp.Roster.TwinColumns()
		if len(cols) != 1 || imp.Roster.ExtraColumns[cols[0]] != "Klass" || fields[0] != roster.Class {
			t.Errorf("maps %v: twins %v %v of %q, want Klass as Class", maps, cols, fields, imp.Roster.ExtraColumns)
		}
	}
}

// Of "Email" and "E-post", both read as Email, the notice says to map;
// mapping either one to Email, or the other to Ignore, is the user's
// choice: no notice, no twin.
func TestTwoHeadersOfOneFieldMapped(t *testing.T) {
	const text = "Email;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;E-post\n" +
		"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;tova.lind@skola.example.se\n"
	imp, err := ReadCSV(strings.NewReader(text), "elever.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := `two columns are headed as Email: column A ("Email") was read, column H ("E-post") is not sent; map the columns to choose`
	if said := noticesTwice(imp); !slices.Equal(said, []string{want}) {
		t.Errorf("notices %q, want %q", said, want)
	}
	if cols, _ := imp.Roster.TwinColumns(); len(cols) != 1 {
		t.Errorf("twins %v, want E-post", cols)
	}
	for _, mapping := range []string{"E-post=Email", "Email=Email", "E-post=Ignore"} {
		m, err := ParseColumnMap(mapping)
		if err != nil {
			t.Fatal(err)
		}
		imp, err := sealed(readCSV(strings.NewReader(text), "elever.csv", []ColumnMap{m}))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := imp.Roster.TwinColumns()
		if said := noticesTwice(imp); len(said) != 0 || len(cols) != 0 {
			t.Errorf("--map %s: notices %q, twins %v; want none", mapping, said, cols)
		}
	}
}
