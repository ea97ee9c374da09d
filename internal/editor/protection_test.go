package editor

import (
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/check"
)

// markCSV has a recognised mark column with an unclear mark on row 3 and
// a column that sounds like a mark on no one's word.
const markCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Skyddad identitet;Spärrkod\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;Nej;\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;Ja, skyddad;\n" +
	"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;;S\n"

func openMarks(t *testing.T) *Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(markCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestOpenListsTheReadersProblems(t *testing.T) {
	d := openMarks(t)
	errs, warns := d.Checker().Counts()
	if errs != 1 || warns != 1 {
		t.Fatalf("counts %d errors, %d warnings; want the unknown column and the unclear mark", errs, warns)
	}
	got := map[check.Code]bool{}
	for _, p := range d.Checker().Problems() {
		got[p.Code] = true
	}
	if !got[check.CodeProtectedColumnUnknown] || !got[check.CodeProtectedValue] {
		t.Errorf("problems %v", got)
	}
}
