package xlsxread

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// uncachedOf reads every sheet of the workbook in data, by both readers,
// and returns, for each reader, the uncached columns of each row that
// has any.
func uncachedOf(t *testing.T, data []byte) [2]map[int][]int {
	t.Helper()
	var out [2]map[int][]int
	for k, opts := range []Options{{}, {ExcelizeOnly: true}} {
		got := map[int][]int{}
		_, err := Read(bytes.NewReader(data), int64(len(data)), "book.xlsx", opts, func(s Sheet) (struct{}, bool, error) {
			err := s.Rows(func(cells []string, line int) bool {
				if s.Uncached != nil {
					if cols := s.Uncached(line); len(cols) > 0 {
						got[line] = cols
					}
				}
				return true
			})
			return struct{}{}, true, err
		})
		if err != nil {
			t.Fatal(err)
		}
		out[k] = got
	}
	return out
}

// TestUncachedFormulaOpenpyxl: openpyxl writes a formula with an empty
// <v> and no type, the value to be calculated by Excel on opening; both
// readers say which cells those are, and only those.
func TestUncachedFormulaOpenpyxl(t *testing.T) {
	const python = "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		t.Skipf("no %s: %v", python, err)
	}
	if err := exec.Command(python, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("openpyxl is not installed for %s: %v", python, err)
	}
	path := filepath.Join(t.TempDir(), "formulas.xlsx")
	script := `
import sys, openpyxl
wb = openpyxl.Workbook(); s = wb.active
s.append(["Förnamn", "Efternamn", "Skyddad"])
s.append(["Ada", "Lind", "Nej"])
s.append(["Bo", '=UPPER("ek")', '=IF(1=1,"Ja","Nej")'])
s.append(["Cy", "Al", "=1+1"])
wb.save(sys.argv[1])
`
	if out, err := exec.Command(python, "-c", script, path).CombinedOutput(); err != nil {
		t.Fatalf("openpyxl: %v: %s", err, out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int][]int{3: {1, 2}, 4: {2}}
	for k, got := range uncachedOf(t, data) {
		if !reflect.DeepEqual(got, want) {
			t.Errorf("reader %d: uncached %v, want %v", k, got, want)
		}
	}
}

// TestCachedFormulaIsNotUncached: a formula Excel or LibreOffice has
// calculated carries its value, an empty text result as t="str" with an
// empty <v>: none of those is uncached; one without <v>, or a number
// formula with an empty one, is.
func TestCachedFormulaIsNotUncached(t *testing.T) {
	cells := `<row r="1">` + `<c r="A1" t="inlineStr"><is><t>Förnamn</t></is></c>` + `</row>` +
		`<row r="2"><c r="A2" t="str"><f>IF(1=1,"Nej","Ja")</f><v>Nej</v></c>` +
		`<c r="B2" t="str"><f>IF(1=1,"","Ja")</f><v></v></c>` +
		`<c r="C2"><f>1+1</f><v>2</v></c></row>` +
		`<row r="3"><c r="A3" t="str"><f>IF(1=1,"Ja","Nej")</f></c>` +
		`<c r="B3"><f>1+1</f><v></v></c>` +
		`<c r="C3" t="b"><f>TRUE()</f><v/></c></row>`
	data := xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(cells, ""))
	want := map[int][]int{3: {0, 1, 2}}
	for k, got := range uncachedOf(t, data) {
		if !reflect.DeepEqual(got, want) {
			t.Errorf("reader %d: uncached %v, want %v", k, got, want)
		}
	}
}
