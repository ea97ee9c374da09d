package xlsxread

import (
	"bytes"
	"reflect"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// digitStyles is a styles part with digit formats: style 1 is 000000,
// style 2 "ID-"0000, style 3 the built-in 0, style 4 0.00 (no digit
// format), style 5 the built-in date 14, style 6 d/m.
var digitStyles = xlsxtest.Part{Name: "xl/styles.xml", Body: `<?xml version="1.0" encoding="UTF-8"?><styleSheet ` + xlsxtest.SpreadsheetNS + `>` +
	`<numFmts count="3"><numFmt numFmtId="164" formatCode="000000"/><numFmt numFmtId="165" formatCode="&quot;ID-&quot;0000"/><numFmt numFmtId="166" formatCode="d/m"/></numFmts>` +
	`<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill/></fill></fills><borders count="1"><border/></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`}

// cellsOf reads the first sheet of data with opts.
func cellsOf(t *testing.T, data []byte, opts Options) map[[2]int]string {
	t.Helper()
	got, err := Read(bytes.NewReader(data), int64(len(data)), "book.xlsx", opts, keepCells(1))
	if err != nil {
		t.Fatal(err)
	}
	return got[0].Cells
}

// TestDigitFormatsShown: number cells in a digit format read as the user
// sees them (001234, not 1234), and dates as dates, by both readers; text
// cells, and numbers in other formats, as stored.
func TestDigitFormatsShown(t *testing.T) {
	sheet := xlsxtest.Worksheet(xlsxtest.InlineRow(1, "SSOID", "Kod", "Text", "Nr", "Formel", "Pris")+
		`<row r="2"><c r="A2" s="1"><v>1234</v></c><c r="B2" s="2" t="n"><v>12</v></c>`+
		`<c r="C2" s="1" t="inlineStr"><is><t>1234</t></is></c><c r="D2" s="3"><v>1234.5</v></c>`+
		`<c r="E2" s="1"><f>A2*2</f><v>2468</v></c><c r="F2" s="4"><v>12.5</v></c></row>`+
		`<row r="3"><c r="A3" s="1"><v>1.234E+3</v></c><c r="B3" s="1"><v>1234567890123456789</v></c>`+
		`<c r="C3" s="5"><v>46031</v></c><c r="D3" s="6"><v>46060.5</v></c><c r="E3" s="6" t="inlineStr"><is><t>9/1</t></is></c></row>`, "")
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(sheet, digitStyles))
	want := map[[2]int]string{
		{2, 0}: "001234", {2, 1}: "ID-0012", {2, 2}: "1234", {2, 3}: "1235", {2, 4}: "002468", {2, 5}: "12.5",
		{3, 0}: "001234", {3, 1}: "1.23456789012346E+18",
		// Dates, in any column: Excel makes a date of a class typed 9/1.
		{3, 2}: "2026-01-09", {3, 3}: "2026-02-07 12:00", {3, 4}: "9/1",
	}
	for _, opts := range []Options{{}, {ExcelizeOnly: true}} {
		got := cellsOf(t, data, opts)
		for k := range got {
			if k[0] == 1 {
				delete(got, k)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("excelize only %v: %v\nwant %v", opts.ExcelizeOnly, got, want)
		}
	}
}

// TestLongNumberRounded: a number of 16 digits or more, which Excel
// keeps only 15 digits of, reads as Excel shows it, in exponent form,
// by both readers alike; a text of as many digits stays as it is.
func TestLongNumberRounded(t *testing.T) {
	sheet := xlsxtest.Worksheet(xlsxtest.InlineRow(1, "Förnamn", "Efternamn", "SSOID", "Text")+
		`<row r="2"><c r="C2"><v>1234567890123456789</v></c><c r="D2" t="inlineStr"><is><t>1234567890123456789</t></is></c></row>`+
		`<row r="3"><c r="C3" t="n"><v>1.234567890123457E+19</v></c><c r="D3"><v>123456789012</v></c></row>`, "")
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(sheet))
	if !agree(t, "long.xlsx", data) {
		t.Error("the fast reader declined a plain workbook")
	}
	got := cellsOf(t, data, Options{})
	want := map[[2]int]string{{2, 2}: "1.23456789012346E+18", {2, 3}: "1234567890123456789", {3, 2}: "1.23456789012346E+19", {3, 3}: "123456789012"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("cell %v = %q, want %q", k, got[k], w)
		}
	}
}

// rowCellsOf reads the first sheet of data with opts as its rows give
// it, without the sheet's Value, which the roster asks only about cells
// outside the fields: what a Class or an SSOID cell is read as.
func rowCellsOf(t *testing.T, data []byte, opts Options) map[[2]int]string {
	t.Helper()
	got, err := Read(bytes.NewReader(data), int64(len(data)), "book.xlsx", opts, func(s Sheet) (map[[2]int]string, bool, error) {
		cells := map[[2]int]string{}
		err := s.Rows(func(row []string, line int) bool {
			for i, v := range row {
				if v != "" {
					cells[[2]int{line, i}] = v
				}
			}
			return true
		})
		return cells, true, err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got[0]
}

// TestLongTimeShownAsTime: a time or date cell whose day count is
// written with 16 digits or more, as Excel, openpyxl and Gnumeric write a
// time (0.29236111111111113 for 7:01, what Excel makes of a class typed
// 7:1), reads as the time or date it shows, by both readers, not as the
// rounded day count: "0.292361111111111" was exported as the class with
// no more than a warning, where a time is an error the user sees. A
// long number in no date format, or past Excel's last date, is still
// rounded as Excel shows it.
func TestLongTimeShownAsTime(t *testing.T) {
	styles := xlsxtest.Part{Name: "xl/styles.xml", Body: `<styleSheet ` + xlsxtest.SpreadsheetNS + `>` +
		`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm"/></numFmts>` +
		`<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`}
	sheet := xlsxtest.Worksheet(xlsxtest.InlineRow(1, "Klass", "Tid", "Nummer")+
		`<row r="2"><c r="A2" s="1"><v>0.29236111111111113</v></c><c r="B2" s="2"><v>46204.291666666664</v></c><c r="C2"><v>0.29236111111111113</v></c></row>`+
		`<row r="3"><c r="A3" s="1" t="n"><v>0.292361111111111111101</v></c><c r="B3" s="1"><v>0.3347222222222222</v></c><c r="C3" s="1"><v>1234567890123456789</v></c></row>`, "")
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(sheet, styles))
	want := map[[2]int]string{
		{2, 0}: "07:01", {2, 1}: "2026-07-01 07:00", {2, 2}: "0.292361111111111",
		{3, 0}: "07:01", {3, 1}: "08:02", {3, 2}: "1.23456789012346E+18",
	}
	for _, opts := range []Options{{}, {ExcelizeOnly: true}} {
		got := rowCellsOf(t, data, opts)
		for k, w := range want {
			if got[k] != w {
				t.Errorf("excelize only %v: cell %v = %q, want %q", opts.ExcelizeOnly, k, got[k], w)
			}
		}
	}
}
