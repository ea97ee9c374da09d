package sheet

import (
	"reflect"
	"testing"

	"rosterdesk/internal/roster"
)

// TestReadHeaderLine reads lines as a pasted block's first line: a header
// by the importer's rule (three field names or more), with job titles as
// Role and a protected-identity column noted; data is no header.
func TestReadHeaderLine(t *testing.T) {
	h := ReadHeaderLine([]string{"Förnamn", " E-post ", "Befattning", "Skyddad identitet", "Telefon"})
	if !h.IsHeader() {
		t.Fatal("a staff export's header is not read as one")
	}
	if want := []roster.Field{roster.FirstName, roster.Email, roster.Role, roster.NoField, roster.NoField}; !reflect.DeepEqual(h.Fields, want) {
		t.Errorf("fields %v, want %v", h.Fields, want)
	}
	if want := []bool{false, false, false, true, false}; !reflect.DeepEqual(h.Protected, want) {
		t.Errorf("protected %v", h.Protected)
	}
	if h.Names[1] != "E-post" {
		t.Errorf("names %q", h.Names)
	}
	for _, cells := range [][]string{
		{"ada@x.se", "Ada", "Lind", "9A", "Norrskolan", "Borås", "student"},
		{"Klass", "Skola"},
		{""},
	} {
		if ReadHeaderLine(cells).IsHeader() {
			t.Errorf("%q read as a header", cells)
		}
	}
	if f, ok := HeaderField("Klass"); !ok || f != roster.Class {
		t.Errorf("HeaderField(Klass) = %v %v", f, ok)
	}
	if _, ok := HeaderField("9A"); ok {
		t.Error("a class is no header")
	}
}
