package sheet

import (
	"strings"
	"testing"

	"rosterdesk/internal/roster"
)

// TestRepeatedHeaderReadsRowsBelowByIt: two exports joined, the second
// with FirstName and LastName the other way round and a column of its
// own (tester T22). The second header is no person, a notice names its
// row, and the rows below it are read by its columns.
func TestRepeatedHeaderReadsRowsBelowByIt(t *testing.T) {
	text := "Förnamn;Efternamn;E-post;Klass;Anteckning\r\n" +
		"Alva;Berg;alva.berg@skola.example;9A;x\r\n" +
		"Efternamn;Förnamn;E-post;Klass;Mentor;Anteckning\r\n" +
		"Sand;Ida;ida.sand@skola.example;9B;Eva;y\r\n" +
		"Förnamn;Efternamn;E-post;Klass\r\n" +
		"Leo;Strand;leo.strand@skola.example;9C\r\n"
	imp, err := ReadCSV(strings.NewReader(text), "joined.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := [][3]string{{"Alva", "Berg", "9A"}, {"Ida", "Sand", "9B"}, {"Leo", "Strand", "9C"}}
	if len(imp.Roster.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(imp.Roster.Rows), len(want))
	}
	for i, w := range want {
		v := imp.Roster.Rows[i].Values
		if got := [3]string{v[roster.FirstName], v[roster.LastName], v[roster.Class]}; got != w {
			t.Errorf("row %d: %q, want %q", i, got, w)
		}
	}
	if got := strings.Join(imp.Roster.ExtraColumns, "|"); got != "Anteckning|Mentor" {
		t.Errorf("extra columns %q", got)
	}
	if ida := imp.Roster.Rows[1]; ida.ExtraValue(0) != "y" || ida.ExtraValue(1) != "Eva" || ida.SourceLine != 4 {
		t.Errorf("Ida's extras %q, line %d", ida.Extra, ida.SourceLine)
	}
	var lines []string
	for _, n := range imp.Notices {
		if n.Code == NoticeHeaderRepeated {
			lines = append(lines, n.Message.String())
		}
	}
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "row 3 repeats the header") || !strings.HasPrefix(lines[1], "row 5 ") {
		t.Errorf("notices %q", lines)
	}
}

// TestRepeatedHeaderProtectionColumn: a protection column that only the
// second header has still protects the rows below it.
func TestRepeatedHeaderProtectionColumn(t *testing.T) {
	text := "Förnamn;Efternamn;E-post\r\n" +
		"Alva;Berg;alva.berg@skola.example\r\n" +
		"E-post;Förnamn;Efternamn;Skyddad identitet\r\n" +
		"ida.sand@skola.example;Ida;Sand;Ja\r\n"
	imp, err := ReadCSV(strings.NewReader(text), "joined.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Roster.Rows) != 2 || imp.Roster.Rows[0].Protected || !imp.Roster.Rows[1].Protected {
		t.Fatalf("rows %d, protected %v", len(imp.Roster.Rows), []bool{imp.Roster.Rows[0].Protected, imp.Roster.Rows[len(imp.Roster.Rows)-1].Protected})
	}
}

// TestRowWithAddressIsNoHeader: a person whose cells happen to be
// header words is still a person when the Email column has an address.
func TestRowWithAddressIsNoHeader(t *testing.T) {
	text := "Förnamn;Efternamn;E-post;Klass\r\n" +
		"Klass;Skola;klass.skola@skola.example;9A\r\n"
	imp, err := ReadCSV(strings.NewReader(text), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Roster.Rows) != 1 || len(imp.Notices) != 0 {
		t.Errorf("rows %d, notices %v", len(imp.Roster.Rows), imp.Notices)
	}
}
