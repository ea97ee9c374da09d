package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
)

// A school-data export is read like any file: a folder, a zip or a JSON
// file becomes an Import with the people's file as its sheet.
func TestReadsSchoolData(t *testing.T) {
	date := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	dir := filepath.Join("..", "schooldata", "testdata")
	cases := []struct {
		path, format, sheet string
		headerRow, rows     int
		unknown             bool
	}{
		{"sds", "SDS", "users.csv", 1, 4, true},
		{"sds.zip", "SDS", "users.csv", 1, 4, true},
		{"oneroster.zip", "OneRoster", "users.csv", 1, 4, true},
		{"ss12000", "SS12000", "persons.json", 0, 5, false},
		{"ss12000-combined.json", "SS12000", "ss12000-combined.json", 0, 5, false},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			p := filepath.Join(dir, c.path)
			imp, err := ReadFileWith(p, ReadOptions{SchoolData: schooldata.Options{Date: date}})
			if err != nil {
				t.Fatal(err)
			}
			if imp.Format != c.format || imp.Sheet != c.sheet || imp.HeaderRow != c.headerRow || imp.Path != p || len(imp.Roster.Rows) != c.rows {
				t.Errorf("format %q, sheet %q, header row %d, path %q, %d rows", imp.Format, imp.Sheet, imp.HeaderRow, imp.Path, len(imp.Roster.Rows))
			}
			unknown := slices.ContainsFunc(imp.Problems, func(p check.Problem) bool { return p.Code == check.CodeProtectedUnknown })
			if unknown != c.unknown || imp.ProtectedUnknown != c.unknown {
				t.Errorf("protected_unknown %v, ProtectedUnknown %v; want %v", unknown, imp.ProtectedUnknown, c.unknown)
			}
			if len(imp.Notices) == 0 || imp.Notices[0].Code != schooldata.NoticeFormat || imp.Notices[0].File != p || imp.Notices[0].Sheet != c.sheet {
				t.Errorf("notices %+v", imp.Notices)
			}
		})
	}
}

// --map "COLUMN=Protected" reaches a column of users.csv; a folder that
// holds no export is an error that names it.
func TestSchoolDataMapAndErrors(t *testing.T) {
	p := filepath.Join("..", "schooldata", "testdata", "sds")
	m, err := ParseColumnMap("phone=Protected")
	if err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFileWith(p, ReadOptions{Map: []ColumnMap{m}})
	if err != nil {
		t.Fatal(err)
	}
	if imp.ProtectedColumn != "phone" || imp.ProtectedUnknown || !slices.Equal(imp.Mapped, []string{"phone"}) {
		t.Errorf("protected column %q, unknown %v, mapped %v", imp.ProtectedColumn, imp.ProtectedUnknown, imp.Mapped)
	}
	// Anna Lind's phone column holds a number, no known no: protected,
	// with a warning that quotes it.
	if c := imp.Roster.Count(); c.Protected != 1 {
		t.Errorf("%d protected, want 1", c.Protected)
	}
	_, err = ReadFile(t.TempDir())
	if fe, ok := err.(*FileError); !ok || fe.Path == "" {
		t.Errorf("empty folder: %v", err)
	}
}

// --municipality is every row's municipality in a school-data export of
// each standard, with a notice of the municipality it replaced; where
// the export names the same, no notice.
func TestSchoolDataMunicipalityGiven(t *testing.T) {
	date := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	dir := filepath.Join("..", "schooldata", "testdata")
	for _, name := range []string{"sds", "oneroster", "ss12000"} {
		for _, given := range []string{"Lerum", "Ale"} {
			t.Run(name+"/"+given, func(t *testing.T) {
				imp, err := ReadFileWith(filepath.Join(dir, name), ReadOptions{Municipality: " " + given + " ", Date: date})
				if err != nil {
					t.Fatal(err)
				}
				if len(imp.Roster.Rows) == 0 {
					t.Fatal("no rows")
				}
				for _, row := range imp.Roster.Rows {
					if m := row.Values[roster.Municipality]; m != given {
						t.Fatalf("municipality %q, want %q", m, given)
					}
				}
				replaced := slices.ContainsFunc(imp.Notices, func(n Notice) bool { return n.Code == schooldata.NoticeMunicipalityGiven })
				if replaced != (given != "Ale") {
					t.Errorf("notice of the municipality replaced: %v; notices %+v", replaced, imp.Notices)
				}
				if slices.ContainsFunc(imp.Notices, func(n Notice) bool { return n.Code == NoticeMunicipalityFilled }) {
					t.Error("a school-data export's rows were filled as empty ones")
				}
			})
		}
	}
}

// A problem of a whole export names its file by its place among the
// sources, also when the export is the second file of the list.
func TestWholeExportProblemKeepsItsSource(t *testing.T) {
	staff := filepath.Join(t.TempDir(), "personal.csv")
	if err := os.WriteFile(staff, []byte("E-post;Förnamn;Efternamn;Skola;Kommun;Roll\nbo@ale.example.se;Bo;Ek;Norrskolan;Ale;lärare\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	sds := filepath.Join("..", "schooldata", "testdata", "sds")
	imp, err := ReadAll([]string{staff, sds}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(imp.Problems, func(p check.Problem) bool { return p.Code == check.CodeProtectedUnknown })
	if i < 0 || imp.Problems[i].Row != 0 || imp.Problems[i].Source != 2 || imp.Sources[1].File != sds {
		t.Errorf("problems %+v, sources %+v", imp.Problems, imp.Sources)
	}
}
