package sheet

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/check"
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
