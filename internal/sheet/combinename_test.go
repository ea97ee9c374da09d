package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// A protected pupil whose school system row has her school address, and
// whom a teacher's class list gives by the same name, school and class
// with a private address, is protected on the class list too, with the
// warning that names the marked row (tester A1: she was exported from the
// class list with 0 errors). A namesake at another school is not.
func TestProtectedNamesakeWithAnotherAddress(t *testing.T) {
	main := filepath.Join("testdata", "import", "privacy_namesake_main.xlsx")
	list := filepath.Join("testdata", "import", "privacy_namesake_classlist.csv")
	for _, paths := range [][]string{{main, list}, {list, main}} {
		imp, err := ReadAll(paths, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var protected []string
		for _, row := range imp.Roster.Rows {
			if row.Protected {
				protected = append(protected, row.Values[roster.Email])
			}
		}
		want := "ebba.akerback@elev.exempelkommun.se,ebba.akerback@gmail.com"
		if strings.Join(slices.Sorted(slices.Values(protected)), ",") != want {
			t.Errorf("%v: protected %q, want %s", paths, protected, want)
		}
		var warned []string
		for _, p := range imp.Problems {
			if row := imp.Roster.ByID(p.Row); row != nil && p.Row != 0 && row.Values[roster.Email] == "ebba.akerback@gmail.com" {
				warned = append(warned, p.Message.String())
			}
		}
		msg := "the same person is marked protected identity at privacy_namesake_main.xlsx:Elever, row 3 (the same name, school and class): this row is treated as protected too and never exported"
		if strings.Join(warned, "\n") != msg {
			t.Errorf("%v: warnings on the class list's row %q, want %q", paths, warned, msg)
		}
		for _, p := range imp.Problems {
			if p.Code == check.CodeProtectedNoAddress {
				t.Errorf("%v: %+v", paths, p)
			}
		}
	}
}

// Within one sheet too, the protected row's namesake at the same school
// and class (the school system listing her twice) is protected.
func TestProtectedNamesakeInOneSheet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	data := "Förnamn;Efternamn;E-post;Klass;Skola;Kommun;Roll;Skyddad identitet\r\n" +
		"Ebba;Åkerbäck;ebba.akerback@elev.exempelkommun.se;4A;Ekbackeskolan;Exempelkommun;Elev;Ja\r\n" +
		"Ebba;Åkerbäck;ebba@gmail.com;4A;Ekbackeskolan;Exempelkommun;Elev;\r\n" +
		"Ebba;Åkerbäck;ebba.a@elev.exempelkommun.se;5B;Ekbackeskolan;Exempelkommun;Elev;\r\n"
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadAll([]string{path}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []bool
	for _, row := range imp.Roster.Rows {
		got = append(got, row.Protected)
	}
	if len(got) != 3 || !got[0] || !got[1] || got[2] {
		t.Errorf("protected %v, want the marked row and its namesake in 4A, not the one in 5B", got)
	}
}
