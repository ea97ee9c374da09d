package sheet

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// TestTwoColumnsOfOneFieldAreNamed: of two columns headed as the class
// (two "Klass", an August export's old and new class), the first is read
// and a notice names both by letter; a mapping the user chose says
// nothing.
func TestTwoColumnsOfOneFieldAreNamed(t *testing.T) {
	const text = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Klass\n" +
		"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;9B\n"
	imp, err := ReadCSV(strings.NewReader(text), "elever.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := imp.Roster.Rows[0].Get(roster.Class); got != "9A" {
		t.Errorf("class %q, want the first column's 9A", got)
	}
	var said []string
	for _, n := range imp.Notices {
		if n.Code == NoticeColumnTwice {
			said = append(said, n.Message.String())
		}
	}
	want := `two columns are headed as Class: column D ("Klass") was read, column H ("Klass") is not sent; map the columns to choose`
	if len(said) != 1 || said[0] != want {
		t.Errorf("notices %q, want %q", said, want)
	}

	m, err := ParseColumnMap("Klass=Class")
	if err != nil {
		t.Fatal(err)
	}
	imp, err = sealed(readCSV(strings.NewReader(text), "elever.csv", []ColumnMap{m}))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range imp.Notices {
		if n.Code == NoticeColumnTwice {
			t.Errorf("a notice after the user mapped the column: %s", n.Message)
		}
	}
}
