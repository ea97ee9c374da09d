package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestFooterLine(t *testing.T) {
	for cells, want := range map[string]bool{
		"Antal elever: 20":             true,
		"Antal elever||20":             true,
		"Summa 24 elever":              true,
		"Totalt: 31":                   true,
		"Yhteensä 12":                  true,
		"Antal elever":                 false, // no number
		"Antal|Berg|antal.berg@x.se|4": false,
		"Antalya 20|x|y":               false,
		"Summer|Ek|4A":                 false,
		"Total||20|4A":                 false,
	} {
		if _, got := footerLine(strings.Split(cells, "|")); got != want {
			t.Errorf("footerLine(%q) = %v, want %v", cells, got, want)
		}
	}
}

// TestFooterLineIsNoPerson: Swedish Excel's cp1252 semicolon csv with a
// count line under the list ("Antal elever: 20;;;;") reads the pupils
// and names the line in a notice, instead of one person with five errors
// (tester A16).
func TestFooterLineIsNoPerson(t *testing.T) {
	lines := []string{"Efternamn;Förnamn;E-post;Klass;Skola;Kommun;Roll",
		"Berg;Alva;alva.berg@elev.exempel.se;4A;Ekbackeskolan;Exempelkommun;Elev",
		"Holm;Nils;nils.holm@elev.exempel.se;4A;Ekbackeskolan;Exempelkommun;Elev",
		";;;;;;", "Antal elever: 2;;;;;;"}
	data, err := charmap.Windows1252.NewEncoder().String(strings.Join(lines, "\r\n") + "\r\n")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 2 {
		t.Errorf("%d rows, want the 2 pupils", imp.Roster.Len())
	}
	want := `footer_line: row 5, "Antal elever: 2", is a count or sum line, not a person: it was not read`
	if !slices.Contains(noticeCodes(imp), want) {
		t.Errorf("notices %q, want %q", noticeCodes(imp), want)
	}
}
