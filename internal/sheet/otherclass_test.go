package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"rosterdesk/internal/check"
)

// newClassCSV is a cp1252 semicolon csv, as Swedish Excel saves one, of
// pupils with this year's class (Klass) and next term's (header next),
// where next gives each row's next class ("" for none).
func newClassCSV(t *testing.T, next string, classes [][2]string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Förnamn;Efternamn;E-post;Klass;" + next + ";Skola;Kommun;Roll\r\n")
	names := []string{"Stina", "Elsa", "Ebba", "Åke", "Märta", "Olle"}
	for i, c := range classes {
		n := names[i%len(names)]
		b.WriteString(n + ";Hagberg;" + strings.ToLower(strings.NewReplacer("Å", "a", "ä", "a").Replace(n)) + ".hagberg" + string(rune('a'+i)) +
			"@elev.exempel.se;" + c[0] + ";" + c[1] + ";Ekbackeskolan;Exempelkommun;Elev\r\n")
	}
	text, err := charmap.Windows1252.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOtherClassColumn: a column that is not sent but holds other
// classes than the Class column (next term's "Klass ht27" beside this
// year's "Klass") is a warning naming it, the rows that differ and the
// first of them, until the user maps it; a column of the same classes,
// of grades or of notes is not.
func TestOtherClassColumn(t *testing.T) {
	turn := [][2]string{{"6A", "7A"}, {"6A", "7A"}, {"6B", "7B"}, {"7A", "7A"}, {"6B", ""}}
	path := newClassCSV(t, "Klass ht27", turn)
	imp, err := ReadFileWith(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := problemsWithCode(imp, check.CodeClassColumnOther)
	if len(got) != 1 {
		t.Fatalf("%d class_column_other problems, want 1: %+v", len(got), imp.Problems)
	}
	p := got[0]
	msg := p.Message.String()
	if p.Row != 0 || p.Column != "Klass ht27" || p.Severity != check.Warning ||
		!strings.Contains(msg, `on 3 rows not those of column "Klass"`) || !strings.Contains(msg, "(row 2: 7A here, 6A sent)") {
		t.Errorf("problem %+v: %s", p, msg)
	}
	for _, m := range []string{"Klass ht27=Ignore", "Klass ht27=Class"} {
		cm, err := ParseColumnMap(m)
		if err != nil {
			t.Fatal(err)
		}
		imp, err := ReadFileWith(path, ReadOptions{Map: []ColumnMap{cm}})
		if err != nil {
			t.Fatal(err)
		}
		if got := problemsWithCode(imp, check.CodeClassColumnOther); len(got) != 0 {
			t.Errorf("--map %s: still %+v", m, got)
		}
		if want := map[string]string{"Klass ht27=Ignore": "6A", "Klass ht27=Class": "7A"}[m]; imp.Roster.Rows[0].Values[3] != want {
			t.Errorf("--map %s: first class %q, want %q", m, imp.Roster.Rows[0].Values[3], want)
		}
	}
	for header, classes := range map[string][][2]string{
		"Klass vt26": {{"6A", "6A"}, {"6B", "6 b"}},          // the same classes
		"Anteckning": {{"6A", "ny elev"}, {"6B", "flyttar"}}, // notes
		"Mentor":     {{"6A", "6"}, {"6B", "6"}},             // grades
	} {
		imp, err := ReadFileWith(newClassCSV(t, header, classes), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := problemsWithCode(imp, check.CodeClassColumnOther); len(got) != 0 {
			t.Errorf("%s: %+v", header, got)
		}
	}
}

// TestOtherClassColumnInWorkbook: the same in a workbook written by
// openpyxl, whose "Klass ht27" holds next term's classes for all 12
// pupils, in both readers.
func TestOtherClassColumnInWorkbook(t *testing.T) {
	path := filepath.Join("testdata", "import", "newclass_openpyxl.xlsx")
	for _, fast := range []bool{true, false} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		imp, err := readWorkbook(bytes.NewReader(data), int64(len(data)), path, fast, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := problemsWithCode(imp, check.CodeClassColumnOther)
		if len(got) != 1 || got[0].Column != "Klass ht27" || !strings.Contains(got[0].Message.String(), "on 12 rows") {
			t.Errorf("fast %v: %+v", fast, got)
		}
	}
}
