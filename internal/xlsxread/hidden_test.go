package xlsxread

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// hiddenOf reads a workbook with one reader and lists the rows of its
// first sheet that the reader says are hidden.
func hiddenOf(t *testing.T, data []byte, excelizeOnly bool) []int {
	t.Helper()
	results, err := Read(bytes.NewReader(data), int64(len(data)), "test.xlsx", Options{ExcelizeOnly: excelizeOnly},
		func(s Sheet) ([]int, bool, error) {
			var hidden []int
			err := s.Rows(func(cells []string, line int) bool {
				if s.Hidden != nil && s.Hidden(line) {
					hidden = append(hidden, line)
				}
				return true
			})
			return hidden, true, err
		})
	if err != nil {
		t.Fatal(err)
	}
	return results[0]
}

// TestReadersReportHiddenRows: both readers say which rows a workbook
// hides, in a file openpyxl wrote (ws.row_dimensions[6].hidden, and row
// 7 only low, which is not hidden) and in sheets with gaps between rows,
// where excelize's own row options land on the wrong row.
func TestReadersReportHiddenRows(t *testing.T) {
	openpyxl, err := os.ReadFile(filepath.Join("..", "sheet", "testdata", "import", "columns_openpyxl.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want []int
	}{
		{"openpyxl", openpyxl, []int{6}},
		{"gap before a hidden row", xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(
			`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`+
				`<row r="4" hidden="1"><c r="A4" t="inlineStr"><is><t>b</t></is></c></row>`+
				`<row r="5" hidden="true"><c r="A5" t="inlineStr"><is><t>c</t></is></c></row>`+
				`<row r="6" hidden="0"><c r="A6" t="inlineStr"><is><t>d</t></is></c></row>`, "")), []int{4, 5}},
		{"rows of height 0", xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(
			`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`+
				`<row r="2" ht="0" customHeight="1"><c r="A2" t="inlineStr"><is><t>b</t></is></c></row>`+
				`<row r="3" ht="0.0"><c r="A3" t="inlineStr"><is><t>c</t></is></c></row>`+
				`<row r="4" ht="0.5" customHeight="1"><c r="A4" t="inlineStr"><is><t>d</t></is></c></row>`+
				`<row r="5" ht="15"><c r="A5" t="inlineStr"><is><t>e</t></is></c></row>`, "")), []int{2, 3}},
		{"rows hidden by default", xlsxtest.TinyXLSX(t, `<?xml version="1.0" encoding="UTF-8"?><worksheet `+xlsxtest.SpreadsheetNS+
			`><sheetFormatPr defaultRowHeight="15" zeroHeight="1"/><sheetData>`+
			`<row r="1" ht="15" customHeight="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`+
			`<row r="2"><c r="A2" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>`), []int{2}},
		{"rows without numbers", xlsxtest.TinyXLSX(t, xlsxtest.Worksheet(
			`<row><c t="inlineStr"><is><t>a</t></is></c></row>`+
				`<row hidden="1"><c t="inlineStr"><is><t>b</t></is></c></row>`, "")), []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, excelizeOnly := range []bool{false, true} {
				if got := hiddenOf(t, tt.data, excelizeOnly); !reflect.DeepEqual(got, tt.want) {
					t.Errorf("excelize only %v: hidden rows %v, want %v", excelizeOnly, got, tt.want)
				}
			}
		})
	}
}
