package sheet

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// openpyxlWrite runs script with /usr/bin/python3, its openpyxl
// workbook saved at the path given as sys.argv[1], and returns that path;
// it skips the test where openpyxl is not installed.
func openpyxlWrite(t *testing.T, name, script string) string {
	t.Helper()
	needOpenpyxl(t)
	path := filepath.Join(t.TempDir(), name)
	if out, err := exec.Command(systemPython, "-c", script, path).CombinedOutput(); err != nil {
		t.Fatalf("openpyxl: %v: %s", err, out)
	}
	return path
}

// TestUncachedFormulaMarkProtects: a workbook written by a program and
// never opened in Excel holds formulas without values (tester's F7); one
// in the protected-identity column is no explicit no, so the row is
// protected, with a warning, whatever the formula would give.
func TestUncachedFormulaMarkProtects(t *testing.T) {
	path := openpyxlWrite(t, "formulamark.xlsx", `
import sys, openpyxl
wb = openpyxl.Workbook(); s = wb.active
s.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "Skyddad identitet"])
s.append(["Ada", "Lind", "ada@e.exempel.se", "9A", "S", "Håbo", "Elev", "Nej"])
s.append(["Cy", "Al", "cy@e.exempel.se", "9A", "S", "Håbo", "Elev", '=IF(1=1,"Nej","Ja")'])
s.column_dimensions["H"].hidden = True
wb.save(sys.argv[1])
`)
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows := imp.Roster.Rows
	if len(rows) != 2 || rows[0].Protected || !rows[1].Protected {
		t.Fatalf("got %d rows, protected %v, %v; want Ada not protected, Cy protected", len(rows), rows[0].Protected, rows[1].Protected)
	}
	if len(imp.Problems) != 1 || imp.Problems[0].Code != check.CodeProtectedValue || imp.Problems[0].Row != rows[1].ID ||
		imp.Problems[0].Column != "Skyddad identitet" {
		t.Fatalf("problems %+v, want one protected_value on Cy's mark", imp.Problems)
	}
}

// TestUncachedFormulaFieldIsError: formulas without values in a field
// that is sent (an address built with a formula) would be exported as
// empty cells or guessed; they are one error of the whole file per
// column, naming how many and the first row. One in a column that is
// not sent is no problem.
func TestUncachedFormulaFieldIsError(t *testing.T) {
	path := openpyxlWrite(t, "formulafield.xlsx", `
import sys, openpyxl
wb = openpyxl.Workbook(); s = wb.active
s.append(["Förnamn", "Efternamn", "E-post", "Klass", "Skola", "Kommun", "Roll", "Anteckning"])
s.append(["Ada", "Lind", "ada@e.exempel.se", "9A", "S", "Håbo", "Elev", "=1+1"])
s.append(["Bo", "Ek", '=LOWER("bo@e.exempel.se")', "9A", "S", "Håbo", "Elev", ""])
s.append(["Cy", "Al", '=LOWER("cy@e.exempel.se")', "9A", "S", "Håbo", "Elev", ""])
wb.save(sys.argv[1])
`)
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(imp.Problems) != 1 {
		t.Fatalf("problems %+v, want one formula_uncached", imp.Problems)
	}
	p := imp.Problems[0]
	if p.Code != check.CodeFormulaUncached || p.Severity != check.Error || p.Row != 0 || p.Column != "E-post" ||
		!strings.Contains(p.Message.String(), "2 cells") || !strings.Contains(p.Message.String(), "row 3") {
		t.Fatalf("problem %+v, want formula_uncached on E-post, 2 cells from row 3", p)
	}
}

// TestMarkValuesInColumnsNotSent reads privacy_mark_values.xlsx (openpyxl,
// tester T2 and T12): "Kvarskrivning" is a mark by its header; a column
// under any header holding "Skyddad folkbokföring", a "Markering" column
// of Ja, and a "Luovutuskielto" column must be said the meaning of before
// export (protected_column_unknown); a "Fritids" column of Ja and Nej is
// not one. Mapped, the marks protect their rows.
func TestMarkValuesInColumnsNotSent(t *testing.T) {
	path := filepath.Join("testdata", "import", "privacy_mark_values.xlsx")
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var unsettled []string
	for _, x := range imp.Roster.UnsettledMarkColumns() {
		unsettled = append(unsettled, imp.Roster.ExtraColumns[x])
	}
	if strings.Join(unsettled, ",") != "Anmärkning,Markering,Luovutuskielto" {
		t.Errorf("unsettled %q, want Anmärkning, Markering, Luovutuskielto", unsettled)
	}
	if got := protectedFirstNames(imp); got != "Tyra" {
		t.Errorf("protected %q, want Tyra (Kvarskrivning)", got)
	}
	imp, err = ReadFileWith(path, ReadOptions{Map: []ColumnMap{
		{Header: "Anmärkning", Target: Target{Kind: TargetProtected}},
		{Header: "Markering", Target: Target{Kind: TargetProtected}},
		{Header: "Luovutuskielto", Target: Target{Kind: TargetIgnore}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got := imp.Roster.UnsettledMarkColumns(); len(got) != 0 {
		t.Errorf("mapped: unsettled %v", got)
	}
	if got := protectedFirstNames(imp); got != "Tove,Tyra,Nils" {
		t.Errorf("mapped: protected %q, want Tove, Tyra, Nils", got)
	}
}

// protectedFirstNames lists the first names of imp's protected rows.
func protectedFirstNames(imp *Import) string {
	var names []string
	for _, row := range imp.Roster.Rows {
		if row.Protected {
			names = append(names, row.Values[roster.FirstName])
		}
	}
	return strings.Join(names, ",")
}

// TestMarkValueInColumnWithoutHeader: a protection term in a column
// without a header is kept in an extra column named after its letter,
// and that column must be said the meaning of too.
func TestMarkValueInColumnWithoutHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "noheader.csv")
	if err := os.WriteFile(path, []byte("Förnamn;Efternamn;E-post;Klass;Skola;Kommun;Roll;\n"+
		"Ada;Lind;ada@e.exempel.se;9A;S;Håbo;Elev;\nCy;Al;cy@e.exempel.se;9A;S;Håbo;Elev;Sekretessmarkering\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x := imp.Roster.UnsettledMarkColumns()
	if len(x) != 1 || imp.Roster.ExtraColumns[x[0]] != "Column H" {
		t.Errorf("unsettled %v of %q, want Column H", x, imp.Roster.ExtraColumns)
	}
}

// TestProtectionWordInStatusColumnProtects: a leavers' status column
// that says "Skyddad" or "Sekretessmarkerad" (tester T43) protects the
// row, with a warning quoting it, instead of keeping the row as an
// unknown status; the column stays a status column (the leaver is left
// out) and is not one the user must say the meaning of.
func TestProtectionWordInStatusColumnProtects(t *testing.T) {
	path := filepath.Join(t.TempDir(), "status.csv")
	if err := os.WriteFile(path, []byte("Förnamn;Efternamn;E-post;Klass;Skola;Kommun;Roll;Status\r\n"+
		"Ada;Lind;ada@e.exempel.se;9A;S;Håbo;Elev;Aktiv\r\n"+
		"Cy;Al;cy@e.exempel.se;9A;S;Håbo;Elev;Sekretessmarkerad\r\n"+
		"Bo;Ek;bo@e.exempel.se;9A;S;Håbo;Elev;Skyddad\r\n"+
		"Di;Ny;di@e.exempel.se;9A;S;Håbo;Elev;Utskriven\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := protectedFirstNames(imp); got != "Cy,Bo" {
		t.Errorf("protected %q, want Cy and Bo", got)
	}
	if got := imp.Roster.UnsettledMarkColumns(); len(got) != 0 {
		t.Errorf("unsettled %v: a status column is not a mark column", got)
	}
	var warned int
	for _, p := range imp.Problems {
		if p.Code == check.CodeProtectedValue && p.Column == "Status" {
			warned++
		}
	}
	if warned != 2 {
		t.Errorf("%d protected_value warnings on Status, want 2: %+v", warned, imp.Problems)
	}
}
