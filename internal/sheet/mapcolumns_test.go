package sheet

import (
	"slices"
	"testing"

	"rosterdesk/internal/roster"
)

// The import lists every headed column with what it read it as and its
// first values; a column of personal identity numbers is said to be one.
func TestSourceColumns(t *testing.T) {
	imp, err := readMapped(t)
	if err != nil {
		t.Fatal(err)
	}
	var headers []string
	for _, c := range imp.SourceColumns {
		headers = append(headers, c.Header)
	}
	want := []string{"E-post", "Förnamn", "Efternamn", "Hemvist", "Skola", "Kommun", "Roll", "Spärrkod", "Personnummer"}
	if !slices.Equal(headers, want) {
		t.Fatalf("headers %q, want %q", headers, want)
	}
	ignore := Target{Kind: TargetIgnore, Field: roster.NoField}
	byName := map[string]SourceColumn{}
	for _, c := range imp.SourceColumns {
		byName[c.Header] = c
	}
	if c := byName["E-post"]; c.Read != (Target{Kind: TargetField, Field: roster.Email}) || c.IdentityNumbers {
		t.Errorf("E-post read as %+v", c)
	}
	if c := byName["Hemvist"]; c.Read != ignore || !slices.Equal(c.Preview, []string{"9A", "9A"}) {
		t.Errorf("Hemvist: %+v, want not read, with its two values", c)
	}
	if c := byName["Spärrkod"]; c.Read != ignore || !slices.Equal(c.Preview, []string{"", "S"}) {
		t.Errorf("Spärrkod: %+v", c)
	}
	if c := byName["Personnummer"]; !c.IdentityNumbers {
		t.Errorf("Personnummer not seen to hold identity numbers: %+v", c)
	}

	mapped, err := readMapped(t, "Hemvist=Class", "Spärrkod=Protected")
	if err != nil {
		t.Fatal(err)
	}
	if c := mapped.SourceColumns[3]; c.Read != (Target{Kind: TargetField, Field: roster.Class}) {
		t.Errorf("mapped Hemvist read as %+v", c.Read)
	}
	if c := mapped.SourceColumns[7]; c.Read.Kind != TargetProtected {
		t.Errorf("mapped Spärrkod read as %+v", c.Read)
	}
}

func TestHeaderSetKey(t *testing.T) {
	k := HeaderSetKey([]string{"E-post", "Förnamn", "Hemvist"})
	if HeaderSetKey([]string{" e-POST", "förnamn\u200b", "HEMVIST "}) != k {
		t.Error("the key changes with case, spaces or invisible characters")
	}
	for _, other := range [][]string{{"Förnamn", "E-post", "Hemvist"}, {"E-post", "Förnamn"}, {"E-post", "Förnamn", "Hemvist", ""}} {
		if HeaderSetKey(other) == k {
			t.Errorf("%q has the key of another header set", other)
		}
	}
	if len(k) != 24 {
		t.Errorf("key %q", k)
	}
	for _, s := range []string{"Hemvist=Class", "a=b=Ignore", "Spärr=Protected"} {
		m, err := ParseColumnMap(s)
		if err != nil || m.String() != s {
			t.Errorf("%q written back as %q (%v)", s, m.String(), err)
		}
	}
}
