package sheet

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

func TestParseColumnMap(t *testing.T) {
	tests := []struct {
		in     string
		header string
		want   Target
		err    error
	}{
		{"Spärr=Protected", "Spärr", Target{Kind: TargetProtected, Field: roster.NoField}, nil},
		{" Elevens e-post = email ", " Elevens e-post ", Target{Kind: TargetField, Field: roster.Email}, nil},
		{"a=b=SSOID", "a=b", Target{Kind: TargetField, Field: roster.SSOID}, nil},
		{"Anteckning=IGNORE", "Anteckning", Target{Kind: TargetIgnore, Field: roster.NoField}, nil},
		{"Spärr", "", Target{}, ErrMapSyntax},
		{"=Email", "", Target{}, ErrMapSyntax},
		{"\u200b =Email", "", Target{}, ErrMapSyntax},
		{"Spärr=Grad", "", Target{}, ErrMapTarget},
		{"Spärr=", "", Target{}, ErrMapTarget},
	}
	for _, tt := range tests {
		m, err := ParseColumnMap(tt.in)
		if err != tt.err || err == nil && (m.Header != tt.header || m.Target != tt.want) {
			t.Errorf("ParseColumnMap(%q) = %+v, %v; want %q %+v, %v", tt.in, m, err, tt.header, tt.want, tt.err)
		}
	}
	for _, n := range TargetNames() {
		if tg, ok := ParseTarget(strings.ToUpper(n)); !ok || tg.String() != n {
			t.Errorf("target %s reads as %+v, %v", n, tg, ok)
		}
	}
}

// mapCSV is a roster whose class column has an unknown name, with a
// column that sounds like a protection mark and a personal number.
const mapCSV = "E-post;Förnamn;Efternamn;Hemvist;Skola;Kommun;Roll;Spärrkod;Personnummer\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;;811218-9876\n" +
	"aino@skola.example.se;Aino;Berg;9A;Norrskolan;Borås;elev;S;131052-308T\n"

func readMapped(t *testing.T, maps ...string) (*Import, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(mapCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	var opts ReadOptions
	for _, s := range maps {
		m, err := ParseColumnMap(s)
		if err != nil {
			t.Fatal(err)
		}
		opts.Map = append(opts.Map, m)
	}
	return ReadFileWith(path, opts)
}

func TestMapUnknownMarkColumn(t *testing.T) {
	imp, err := readMapped(t)
	if err != nil {
		t.Fatal(err)
	}
	if x := imp.Roster.UnsettledMarkColumns(); len(x) != 1 || imp.Roster.ExtraColumns[x[0]] != "Spärrkod" {
		t.Fatalf("unsettled columns %v of %q, want Spärrkod", x, imp.Roster.ExtraColumns)
	}
	if imp.Roster.Rows[1].Protected || imp.Columns[roster.Class] != "" {
		t.Errorf("unmapped: Aino protected %v, class from %q", imp.Roster.Rows[1].Protected, imp.Columns[roster.Class])
	}
	if x := slices.Index(imp.Roster.ExtraColumns, "Spärrkod"); x < 0 || imp.Roster.Rows[1].ExtraValue(x) != "S" {
		t.Errorf("the column's values are not kept: extra %q", imp.Roster.ExtraColumns)
	}

	// Said to be a mark (any case, spaces and invisible characters
	// around): Aino is protected, "S" is a warning.
	imp, err = readMapped(t, "\u200b spärrKOD =protected", "hemvist=Class")
	if err != nil {
		t.Fatal(err)
	}
	if !imp.Roster.Rows[1].Protected || imp.Roster.Rows[0].Protected || imp.ProtectedColumn != "Spärrkod" {
		t.Errorf("mapped to Protected: %v %v, column %q", imp.Roster.Rows[0].Protected, imp.Roster.Rows[1].Protected, imp.ProtectedColumn)
	}
	if len(imp.Problems) != 1 || imp.Problems[0].Code != check.CodeProtectedValue || imp.Problems[0].Column != "Spärrkod" {
		t.Errorf("problems %+v, want protected_value on Spärrkod", imp.Problems)
	}
	if imp.Columns[roster.Class] != "Hemvist" || imp.Roster.Rows[0].Values[roster.Class] != "9A" {
		t.Errorf("Hemvist=Class: columns %v", imp.Columns)
	}
	if len(imp.Mapped) != 2 {
		t.Errorf("mapped %q, want both", imp.Mapped)
	}

	// Said not to be one: no problem, no one protected, values kept.
	imp, err = readMapped(t, "Spärrkod=Ignore")
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Problems) != 0 || len(imp.Roster.UnsettledMarkColumns()) != 0 || imp.Roster.Rows[1].Protected || slices.Index(imp.Roster.ExtraColumns, "Spärrkod") < 0 {
		t.Errorf("ignored: problems %+v, protected %v, extra %q", imp.Problems, imp.Roster.Rows[1].Protected, imp.Roster.ExtraColumns)
	}

	// A recognised column mapped elsewhere loses its meaning.
	imp, err = readMapped(t, "E-post=Ignore", "Spärrkod=Ignore")
	if err != nil {
		t.Fatal(err)
	}
	if imp.Columns[roster.Email] != "" || imp.Roster.Rows[0].Values[roster.Email] != "" {
		t.Errorf("E-post=Ignore: still read as Email")
	}
	if imp, err = readMapped(t, "nowhere=Email"); err != nil || len(imp.Mapped) != 0 {
		t.Errorf("a header the file lacks: %v, mapped %q", err, imp.Mapped)
	}
}

func TestMapIdentityNumbersRefused(t *testing.T) {
	for _, target := range []string{"SSOID", "Email", "FirstName"} {
		_, err := readMapped(t, "Personnummer="+target, "Spärrkod=Ignore")
		var fe *FileError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), `the column "Personnummer" holds personal identity numbers`) {
			t.Errorf("Personnummer=%s: %v", target, err)
		}
		if err != nil && (strings.Contains(err.Error(), "811218") || strings.Contains(err.Error(), "Tova")) {
			t.Errorf("the message holds personal data: %v", err)
		}
	}
	if _, err := readMapped(t, "Personnummer=Ignore", "Spärrkod=Ignore"); err != nil {
		t.Errorf("Personnummer=Ignore: %v", err)
	}
}

// A recognised protection column switched off (tester T41: "Skyddad
// identitet=Ignore" exported Tove with 0 warnings) is recorded in the
// roster, so that the checker warns protected_mark_ignored on every row
// its mark would protect, and on no other; mapped to Protected, none.
func TestMapRecognisedMarkColumnOff(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	csv := "Förnamn,Efternamn,E-post,Klass,Skola,Kommun,Roll,Skyddad identitet\n" +
		"Tove,Lager,tove@elev.example.se,9A,Ale skola,Ale,Elev,Ja\n" +
		"Nils,Berg,nils@elev.example.se,9A,Ale skola,Ale,Elev,Nej\n" +
		"Maja,Vik,maja@elev.example.se,9A,Ale skola,Ale,Elev,2026-01-05\n" +
		"Olle,Ek,olle@elev.example.se,9A,Ale skola,Ale,Elev,\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"Ignore", "Grade"} {
		m, err := ParseColumnMap("skyddad IDENTITET=" + target)
		if err != nil {
			t.Fatal(err)
		}
		imp, err := ReadFileWith(path, ReadOptions{Map: []ColumnMap{m}})
		if err != nil {
			t.Fatal(err)
		}
		var warned []string
		for _, p := range check.NewChecker(imp.Roster).Problems() {
			if p.Code == check.CodeProtectedMarkIgnored && p.Severity == check.Warning && p.Column == "Skyddad identitet" {
				warned = append(warned, imp.Roster.ByID(p.Row).Values[roster.FirstName])
				if !strings.Contains(p.Message.String(), target) {
					t.Errorf("%s: message %q does not name the mapping", target, p.Message)
				}
			}
		}
		if !slices.Equal(warned, []string{"Tove", "Maja"}) {
			t.Errorf("%s: warned rows %q, want Tove and Maja; problems %+v", target, warned, imp.Problems)
		}
		for _, row := range imp.Roster.Rows {
			if row.Protected {
				t.Errorf("%s: %s protected: the user switched the column off", target, row.Values[roster.FirstName])
			}
		}
	}
	m, _ := ParseColumnMap("Skyddad identitet=Protected")
	imp, err := ReadFileWith(path, ReadOptions{Map: []ColumnMap{m}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range check.NewChecker(imp.Roster).Problems() {
		if p.Code == check.CodeProtectedMarkIgnored {
			t.Errorf("mapped to Protected: %+v", p)
		}
	}
}

// A choice that a protection column, or one that sounds like it, is no
// mark is never remembered for the next file; every other choice is.
func TestRememberable(t *testing.T) {
	var maps []ColumnMap
	for _, s := range []string{"Skyddad identitet=Ignore", "Skyddad adress=Ignore", "Spärrkod=Protected",
		"Klassbeteckning=Class", "Sekretessmarkering=Email", "Anteckning=Ignore"} {
		m, err := ParseColumnMap(s)
		if err != nil {
			t.Fatal(err)
		}
		maps = append(maps, m)
	}
	var got []string
	for _, m := range Rememberable(maps) {
		got = append(got, m.String())
	}
	if want := []string{"Spärrkod=Protected", "Klassbeteckning=Class", "Anteckning=Ignore"}; !slices.Equal(got, want) {
		t.Errorf("remembered %q, want %q", got, want)
	}
}
