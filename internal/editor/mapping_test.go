package editor

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// mentorCSV is an export whose class column has a header no school
// system's list is known by, beside a column of personal identity numbers.
const mentorCSV = "E-post;Förnamn;Efternamn;Mentorsgrupp;Skola;Kommun;Roll;Personnummer\r\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;120315-1236\r\n" +
	"otto@skola.example.se;Otto;Ek;9 b;Norrskolan;Borås;elev;110704-4560\r\n"

func writeMentorCSV(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(mentorCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// countCode counts the document's problems of a kind.
func countCode(d *Document, code check.Code) int {
	n := 0
	for _, p := range d.Checker().Problems() {
		if p.Code == code {
			n++
		}
	}
	return n
}

// An unknown header is offered for mapping with the field no column was
// read as; mapped to Class, the file is read again and its classes are
// checked; the personal numbers are never offered and never mapped.
func TestRemapAColumnToClass(t *testing.T) {
	d, err := Open(writeMentorCSV(t))
	if err != nil {
		t.Fatal(err)
	}
	unknown, missing := d.MappingOffer()
	if !slices.Equal(unknown, []string{"Mentorsgrupp"}) || !slices.Equal(missing, []roster.Field{roster.Class}) {
		t.Fatalf("offer: unknown %q, missing %v", unknown, missing)
	}
	if n := countCode(d, check.CodeClassMissing); n != 2 {
		t.Fatalf("%d students without a class before mapping, want 2", n)
	}
	maps := d.WithMaps([]sheet.ColumnMap{{Header: "mentorsgrupp", Target: sheet.Target{Kind: sheet.TargetField, Field: roster.Class}}})
	m, err := d.Remap(maps)
	if err != nil {
		t.Fatal(err)
	}
	if n := countCode(m, check.CodeClassMissing); n != 0 {
		t.Errorf("%d students without a class after mapping", n)
	}
	if n := countCode(m, check.CodeClassFormat); n != 1 {
		t.Errorf("%d classes written wrong after mapping, want Otto's 9 b", n)
	}
	if unknown, missing := m.MappingOffer(); unknown != nil || missing != nil {
		t.Errorf("offer after mapping: %q, %v", unknown, missing)
	}
	if m.HeaderKey() != d.HeaderKey() || m.HeaderKey() == "" {
		t.Error("the header set's key changed with the mapping")
	}
	if got := m.ColumnMaps(); len(got) != 1 || got[0].String() != "mentorsgrupp=Class" {
		t.Errorf("maps kept %v", got)
	}
	if m.RowNumber(m.Row(1).ID) != 3 || m.Dirty() {
		t.Errorf("the re-read list numbers Otto %d, dirty %v", m.RowNumber(m.Row(1).ID), m.Dirty())
	}

	again := m.WithMaps([]sheet.ColumnMap{{Header: "Personnummer", Target: sheet.Target{Kind: sheet.TargetField, Field: roster.SSOID}}})
	if len(again) != 2 {
		t.Fatalf("maps %v, want the class kept beside the new one", again)
	}
	if _, err := m.Remap(again); err == nil || !strings.Contains(err.Error(), "personal identity numbers") {
		t.Errorf("mapping personal numbers to SSOID: %v", err)
	}
	back := m.WithMaps([]sheet.ColumnMap{{Header: "Mentorsgrupp", Target: sheet.Target{Kind: sheet.TargetIgnore, Field: roster.NoField}}})
	if len(back) != 1 || back[0].Target.Kind != sheet.TargetIgnore {
		t.Errorf("a second mapping of a header does not replace the first: %v", back)
	}
}

// A list not read from a file has no columns to map.
func TestNewListHasNothingToMap(t *testing.T) {
	d := New()
	if d.SourceColumns() != nil || d.HeaderKey() != "" {
		t.Error("a new list offers columns to map")
	}
	if unknown, missing := d.MappingOffer(); unknown != nil || missing != nil {
		t.Errorf("a new list offers %q, %v", unknown, missing)
	}
}

// A column of every first name, set aside for the call names beside it,
// is no column the program did not recognise.
func TestMappingOfferLeavesOutKnownColumns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	csv := "Efternamn;Förnamn;Tilltalsnamn;E-post;Klass;Skola;Kommun;Roll;Anteckning\n" +
		"Berg;Anna Alva;Alva;alva.berg@skola.example;9A;Norrskolan;Borås;Elev;x\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if unknown, missing := d.MappingOffer(); !slices.Equal(unknown, []string{"Anteckning"}) || missing != nil {
		t.Errorf("offer: unknown %q, missing %v; want only Anteckning", unknown, missing)
	}
}

// TestMappingOfferTakesClassesFromTitles: a list without a class column
// whose pupils got the class of the title above them (issue 13) is not
// offered a class column; one whose pupils got none is.
func TestMappingOfferTakesClassesFromTitles(t *testing.T) {
	for title, want := range map[string][]roster.Field{"Klass 7B": nil, "Elever": {roster.Class}} {
		path := filepath.Join(t.TempDir(), "elever.csv")
		csv := title + ";;;;;\nE-post;Förnamn;Efternamn;Skola;Kommun;Roll\nalva.berg@skola.example;Alva;Berg;Norrskolan;Borås;Elev\n"
		if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
			t.Fatal(err)
		}
		d, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, missing := d.MappingOffer(); !slices.Equal(missing, want) {
			t.Errorf("%s: missing %v, want %v", title, missing, want)
		}
	}
}

// TestMappingOfferAfterFillingAField: a staff list without a Kommun
// column is offered a Municipality column until its municipality is
// filled in for every row; then the field is no longer missing.
func TestMappingOfferAfterFillingAField(t *testing.T) {
	path := filepath.Join(t.TempDir(), "personal.csv")
	csv := "E-post;Förnamn;Efternamn;Skola;Roll\nper.holm@skola.example;Per;Holm;Norrskolan;Lärare\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, missing := d.MappingOffer(); !slices.Equal(missing, []roster.Field{roster.Municipality}) {
		t.Fatalf("missing %v, want Municipality", missing)
	}
	d.FillEmpty(roster.Municipality, "Borås")
	if _, missing := d.MappingOffer(); len(missing) != 0 {
		t.Errorf("after the fill, missing %v", missing)
	}
}

// OpenThen tells how many rows were read, before they are checked.
func TestOpenThenTellsTheRowsRead(t *testing.T) {
	var told []int
	d, err := OpenThen(importFixture("staff_cp1252.csv"), sheet.ReadOptions{}, func(rows int) { told = append(told, rows) })
	if err != nil {
		t.Fatal(err)
	}
	if len(told) != 1 || told[0] != d.Roster().Len() || told[0] == 0 {
		t.Errorf("told %v, want once the %d rows", told, d.Roster().Len())
	}
}
