package sheet

import (
	"os"
	"path/filepath"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
)

// protectedListOptions reads lines as a protected list written to a file.
func protectedListOptions(t *testing.T, lines string) ReadOptions {
	t.Helper()
	path := filepath.Join(t.TempDir(), "skyddade.txt")
	if err := os.WriteFile(path, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	list, err := schooldata.ReadList(path)
	if err != nil {
		t.Fatal(err)
	}
	return ReadOptions{SchoolData: schooldata.Options{ProtectedList: list, ProtectedListName: path}}
}

// TestProtectedListFlatFile applies --protected-list to an ordinary
// workbook (tester T49: it was ignored, and the listed pupil exported):
// the pupil named by address in another case is protected, with the
// notice school data gives, and a line naming no one is the error
// protected_list_unmatched naming that line.
func TestProtectedListFlatFile(t *testing.T) {
	opts := protectedListOptions(t, "# skyddade\nBJORN.Bergqvist@elev.lillkoping.example\nnobody@elev.lillkoping.example\n")
	imp, err := ReadAll([]string{importFixture("pupils_openpyxl.xlsx")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var protected []string
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			protected = append(protected, row.Values[roster.FirstName])
		}
	}
	if len(protected) != 1 || protected[0] != "Björn" {
		t.Errorf("protected %v, want Björn only", protected)
	}
	found := false
	for _, n := range imp.Notices {
		found = found || n.Code == NoticeProtectedList && n.Message.Args[0] == 1
	}
	if !found {
		t.Errorf("no protected_list notice of 1 person: %+v", imp.Notices)
	}
	un := problemsWithCode(imp, check.CodeProtectedListUnmatched)
	if len(un) != 1 || un[0].Severity != check.Error || un[0].Message.Args[0] != 3 || un[0].Column != "skyddade.txt" {
		t.Errorf("unmatched = %+v, want one error of line 3", un)
	}
}

// TestProtectedListBySSOID matches a line against the SSOID column too,
// in any case, in a csv file.
func TestProtectedListBySSOID(t *testing.T) {
	path := filepath.Join(t.TempDir(), "elever.csv")
	csv := "Förnamn,Efternamn,E-post,Klass,Skola,Kommun,Roll,SSOID\n" +
		"Tove,Lager,tove@elev.example.se,9A,Ale skola,Ale,Elev,AD-4711\n" +
		"Nils,Berg,nils@elev.example.se,9A,Ale skola,Ale,Elev,ad-4712\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadAll([]string{path}, protectedListOptions(t, "ad-4711\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !imp.Roster.Rows[0].Protected || imp.Roster.Rows[1].Protected {
		t.Errorf("protected: Tove %v, Nils %v; want Tove only", imp.Roster.Rows[0].Protected, imp.Roster.Rows[1].Protected)
	}
	if un := problemsWithCode(imp, check.CodeProtectedListUnmatched); len(un) != 0 {
		t.Errorf("unmatched = %+v", un)
	}
}

// TestProtectedListAcrossSources gives one list to a school-data export
// and a workbook: a line that names a pupil of the workbook only is no
// error (the school data's own "matches no one" is withdrawn), a line
// that names someone of the export only is none either, and a line that
// names no one in either stays one error, not one per source.
func TestProtectedListAcrossSources(t *testing.T) {
	sds := filepath.Join("..", "schooldata", "testdata", "sds")
	opts := protectedListOptions(t, "bjorn.bergqvist@elev.lillkoping.example\nelsa.ek@ale.example.se\nnobody@example.se\n")
	imp, err := ReadAll([]string{sds, importFixture("pupils_openpyxl.xlsx")}, opts)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]bool{}
	for _, row := range imp.Roster.Rows {
		byName[row.Values[roster.FirstName]] = byName[row.Values[roster.FirstName]] || row.Protected
	}
	if !byName["Björn"] || !byName["Elsa"] {
		t.Errorf("Björn protected %v, Elsa protected %v; want both", byName["Björn"], byName["Elsa"])
	}
	un := problemsWithCode(imp, check.CodeProtectedListUnmatched)
	if len(un) != 1 || un[0].Message.Args[0] != 3 {
		t.Errorf("unmatched = %+v, want one error of line 3", un)
	}
}
