package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

func TestTitleLine(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		class string
	}{
		{[]string{"Klass 7B"}, "7B"},
		{[]string{"", "", "7b", ""}, "7B"},
		{[]string{"Elever i 9A"}, "9A"},
		{[]string{"nio B"}, "9B"},
		{[]string{"Klass 7B", "Klass 7B", "Klass 7B"}, "7B"}, // a merged title
		{[]string{"Årskurs 8"}, ""},
		{[]string{"Lärare"}, ""},
		{[]string{"Personal på Byskolan"}, ""},
	} {
		got, ok := titleLine(tc.cells, 9)
		if !ok || got.class != tc.class || got.line != 9 {
			t.Errorf("titleLine(%q) = %+v, %v; want class %q", tc.cells, got, ok, tc.class)
		}
	}
	for _, cells := range [][]string{
		{"Anna"}, {"anna.alm@elev.example"}, {"Klass 7B", "Anna"}, {"", ""}, {"Alm, Anna"},
		{"a@b.example", "Anna", "Alm", "7B"},
		{"Elever med skyddad identitet"}, {"Skyddade elever 9A"},
	} {
		if got, ok := titleLine(cells, 9); ok {
			t.Errorf("titleLine(%q) = %+v, want a row", cells, got)
		}
	}
}

// TestTitleBetweenTables: a line "Klass 7B" alone between two tables of
// one sheet (with or without the header again) is a title, not a person
// with errors; on a sheet without a class column the rows below a title
// that names a class get it, as those below the title above the header,
// and notices say so (issue 13).
func TestTitleBetweenTables(t *testing.T) {
	header := []string{"E-post", "Förnamn", "Efternamn", "Skola", "Kommun", "Roll"}
	person := func(name string) []string {
		return []string{strings.ToLower(name) + "@elev.example", name, "Berg", "Ekbacka skola", "Ale", "Elev"}
	}
	for _, repeat := range []bool{false, true} {
		lines := [][]string{{"Klass 7A"}, header, person("Alva"), person("Bo"), {}, {"Klass 7B"}}
		if repeat {
			lines = append(lines, header)
		}
		lines = append(lines, person("Cia"), []string{"Lärare"}, []string{"dan@example.com", "Dan", "Dahl", "Ekbacka skola", "Ale", "Lärare"})
		var rows strings.Builder
		for i, l := range lines {
			rows.WriteString(xlsxtest.InlineRow(i+1, l...))
		}
		path := filepath.Join(t.TempDir(), "klasser.xlsx")
		if err := os.WriteFile(path, xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rows.String(), ""))), 0o600); err != nil {
			t.Fatal(err)
		}
		imp, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var classes []string
		for _, row := range imp.Roster.Rows {
			classes = append(classes, row.Values[roster.Class])
		}
		if want := []string{"7A", "7A", "7B", ""}; !slices.Equal(classes, want) {
			t.Errorf("repeat %v: classes %q, want %q", repeat, classes, want)
		}
		notices := noticeCodes(imp)
		for _, want := range []string{
			`title_line: row 6, "Klass 7B", is a title between two tables: it is not read as a person`,
			`class_from_title: the list has no class column: the 2 rows below the title "Klass 7A" on row 1 were given the class 7A`,
			`class_from_title: the list has no class column: the 1 row below the title "Klass 7B" on row 6 was given the class 7B`,
		} {
			if !slices.Contains(notices, want) {
				t.Errorf("repeat %v: no notice %q in %q", repeat, want, notices)
			}
		}
	}
}

// TestTitleKeepsTheClassColumn: where the sheet has a class column, a
// title line is only not read; the rows keep their own classes.
func TestTitleKeepsTheClassColumn(t *testing.T) {
	csv := "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll\n" +
		"alva@elev.example;Alva;Berg;7A;Ekbacka skola;Ale;Elev\n;;;;;;\nKlass 7B;;;;;;\n" +
		"bo@elev.example;Bo;Berg;7C;Ekbacka skola;Ale;Elev\n"
	imp, err := ReadCSV(strings.NewReader(csv), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != 2 || imp.Roster.Rows[1].Values[roster.Class] != "7C" {
		t.Errorf("%d rows, the second of class %q", imp.Roster.Len(), imp.Roster.Rows[1].Values[roster.Class])
	}
	if n := noticeCodes(imp); !slices.Contains(n, `title_line: row 4, "Klass 7B", is a title between two tables: it is not read as a person`) || slices.ContainsFunc(n, func(s string) bool { return strings.HasPrefix(s, NoticeClassFromTitle) }) {
		t.Errorf("notices %q", n)
	}
}
