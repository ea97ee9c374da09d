package xlsxread

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// marksOf reads the marks of a workbook's first sheet with one reader.
func marksOf(t *testing.T, data []byte, excelizeOnly bool) SheetMarks {
	t.Helper()
	results, err := Read(bytes.NewReader(data), int64(len(data)), "test.xlsx", Options{ExcelizeOnly: excelizeOnly},
		func(s Sheet) (SheetMarks, bool, error) {
			if s.Marks == nil {
				t.Fatal("the reader gives no Marks")
			}
			return s.Marks(), true, nil
		})
	if err != nil {
		t.Fatal(err)
	}
	return results[0]
}

// TestReadersReportNotesAndStrikeThrough: both readers give the notes of
// a sheet by row and the rows with text struck through, in a file
// openpyxl wrote (notes on rows 4 and 5, row 5 struck, row 3 only bold),
// in a sheet with an inline string struck in part, and in one whose
// shared string is struck in part.
func TestReadersReportNotesAndStrikeThrough(t *testing.T) {
	openpyxl, err := os.ReadFile(filepath.Join("..", "sheet", "testdata", "import", "marks_openpyxl.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	inline := xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(
		`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`+
			`<row r="2"><c r="A2" t="inlineStr"><is><r><t>A</t></r><r><rPr><strike/></rPr><t>l</t></r></is></c></row>`+
			`<row r="3"><c r="A3" t="inlineStr"><is><r><rPr><strike val="0"/></rPr><t>b</t></r></is></c></row>`, ""))
	shared := xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(
		`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`+
			`<row r="2"><c r="A2" t="s"><v>1</v></c></row>`+
			`<row r="3"><c r="A3" t="s"><v>0</v></c></row>`, ""),
		xlsxtest.SST(`<t>a</t>`, `<r><t>B</t></r><r><rPr><strike/></rPr><t>o</t></r>`)))
	for _, excelizeOnly := range []bool{false, true} {
		if m := marksOf(t, shared, excelizeOnly); !reflect.DeepEqual(m.Struck, map[int]bool{2: true}) {
			t.Errorf("shared strings (excelize only %v): struck %v, want row 2", excelizeOnly, m.Struck)
		}
		m := marksOf(t, openpyxl, excelizeOnly)
		if want := map[int][]string{4: {"Skyddad identitet"}, 5: {"Byter klass i januari"}}; !reflect.DeepEqual(m.Notes, want) {
			t.Errorf("openpyxl (excelize only %v): notes %v, want %v", excelizeOnly, m.Notes, want)
		}
		if want := map[int]bool{5: true}; !reflect.DeepEqual(m.Struck, want) {
			t.Errorf("openpyxl (excelize only %v): struck %v, want %v", excelizeOnly, m.Struck, want)
		}
		m = marksOf(t, inline, excelizeOnly)
		if want := map[int]bool{2: true}; m.Notes != nil || !reflect.DeepEqual(m.Struck, want) {
			t.Errorf("inline (excelize only %v): %+v, want row 2 struck", excelizeOnly, m)
		}
	}
}
