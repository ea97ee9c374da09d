package xlsxread

import (
	"bytes"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

func TestDateFormatCode(t *testing.T) {
	for code, want := range map[string]bool{
		"yyyy-mm-dd": true, "d/m/yyyy": true, "[h]:mm:ss": true, "h:mm AM/PM": true,
		"[$-41D]mmmm yyyy": true, "General": false, "0.00": false, "0.00E+00": false,
		`#,##0 "kr"`: false, `[Red]0`: false, `0 \d`: false, "@": false,
	} {
		if got := dateFormatCode(code); got != want {
			t.Errorf("dateFormatCode(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestISOCellText(t *testing.T) {
	for v, want := range map[string]string{
		"2026-10-01T00:00:00": "2026-10-01", "2026-10-01": "2026-10-01", "2026-10-01T08:30:00": "2026-10-01 08:30",
		"2026-10-01T08:30:15.250": "2026-10-01 08:30:15", "2026-10-01T00:00:00Z": "2026-10-01",
		"2026-10-01T08:30:00+02:00": "2026-10-01 08:30", "2026-10-01T08:30:00-05:00": "2026-10-01 08:30",
		"2026-10-01T08:30": "2026-10-01 08:30", "08:30:00": "08:30", "08:30:15": "08:30:15",
		" 2026-10-01T00:00:00 ": "2026-10-01", "": "", "2026-13-01": "", "1 okt": "", "46296": "",
	} {
		got, ok := isoCellText(v)
		if got != want || ok != (want != "") {
			t.Errorf("isoCellText(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
}

// TestISODateCellsRead: both readers read an ISO 8601 date cell (t="d")
// as the date it shows, styled with a date format as openpyxl and Excel
// write them or not styled at all (tester T46); the fast reader reads the
// sheet rather than declining it.
func TestISODateCellsRead(t *testing.T) {
	sheet := xlsxtest.Worksheet(xlsxtest.InlineRow(1, "Slutdatum", "Start")+
		`<row r="2"><c r="A2" s="1" t="d"><v>2026-10-01T00:00:00</v></c><c r="B2" t="d"><v>2020-08-17T08:30:00</v></c></row>`+
		`<row r="3"><c r="A3" s="1" t="d"><v>not a date</v></c></row>`, "")
	styles := xlsxtest.Part{Name: "xl/styles.xml", Body: `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/></numFmts>` +
		`<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`}
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(sheet, styles))
	if agree(t, "iso dates", data) {
		t.Error("the fast reader read a cell it cannot read (not a date)")
	}
	good := xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(xlsxtest.InlineRow(1, "Slutdatum", "Start")+
		`<row r="2"><c r="A2" s="1" t="d"><v>2026-10-01T00:00:00</v></c><c r="B2" t="d"><v>2020-08-17T08:30:00</v></c></row>`, ""), styles))
	if !agree(t, "iso dates", good) {
		t.Error("the fast reader declined ISO date cells")
	}
	for _, data := range [][]byte{data, good} {
		got, err := Read(bytes.NewReader(data), int64(len(data)), "iso.xlsx", Options{ExcelizeOnly: true}, keepCells(0))
		if err != nil {
			t.Fatal(err)
		}
		if c := got[0].Cells; c[[2]int{2, 0}] != "2026-10-01" || c[[2]int{2, 1}] != "2020-08-17 08:30" {
			t.Errorf("row 2 read as %q, %q; want 2026-10-01, 2020-08-17 08:30", c[[2]int{2, 0}], c[[2]int{2, 1}])
		}
	}
}
