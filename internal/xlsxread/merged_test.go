package xlsxread

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// mergesOf reads a workbook with one reader and returns the merged
// ranges of its first sheet.
func mergesOf(t *testing.T, data []byte, excelizeOnly bool) []Merge {
	t.Helper()
	results, err := Read(bytes.NewReader(data), int64(len(data)), "test.xlsx", Options{ExcelizeOnly: excelizeOnly},
		func(s Sheet) ([]Merge, bool, error) {
			return s.Merges, true, s.Rows(func([]string, int) bool { return true })
		})
	if err != nil {
		t.Fatal(err)
	}
	return results[0]
}

// TestReadersReportMerges: both readers give the merged ranges that span
// more than one row, alike, in a file openpyxl wrote and in a hand-made
// one; a range of one row, and a ref that is no range, are not given.
func TestReadersReportMerges(t *testing.T) {
	openpyxl, err := os.ReadFile(filepath.Join("..", "sheet", "testdata", "import", "privacy_merged.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows := `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>b</t></is></c></row>`
	tests := []struct {
		name string
		data []byte
		want []Merge
	}{
		{"openpyxl", openpyxl, []Merge{{Top: 3, Bottom: 4, Left: 7, Right: 7}, {Top: 5, Bottom: 6, Left: 3, Right: 3}}},
		{"hand-made", xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(rows,
			`<mergeCells count="4"><mergeCell ref="B2:A1"/><mergeCell ref="C1:D1"/><mergeCell ref="E5"/><mergeCell ref="AA10:AB12"/></mergeCells>`)),
			[]Merge{{Top: 1, Bottom: 2, Left: 0, Right: 1}, {Top: 10, Bottom: 12, Left: 26, Right: 27}}},
		{"none", xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(rows, "")), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, excelizeOnly := range []bool{false, true} {
				if got := mergesOf(t, tt.data, excelizeOnly); !reflect.DeepEqual(got, tt.want) {
					t.Errorf("excelizeOnly=%v: merges %v, want %v", excelizeOnly, got, tt.want)
				}
			}
		})
	}
}
