package xlsxread

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"rosterdesk/internal/xlsxread/xlsxtest"
)

// brokenSheets are sheets whose rows are broken in ways a scan that read
// past a row's end would see differently.
func brokenSheets() map[string]string {
	ok := xlsxtest.InlineRow(1, "Tova", "Lind") + xlsxtest.InlineRow(2, "Ella", "Berg")
	return map[string]string{
		"end tag in an attribute": `<row r="1"><c r="A1" t="inlineStr" x="</row>"><is><t>a</t></is></c></row>` + ok,
		"end tag with a space":    strings.ReplaceAll(ok, "</row>", "</row >"),
		"self-closed rows":        `<row r="1"/><row r="3"/>` + strings.ReplaceAll(ok, `r="1"`, `r="4"`),
		"unclosed row":            `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c>` + ok,
		"end tag in text":         `<row r="1"><c r="A1" t="inlineStr"><is><t>a</row></t></is></c></row>` + ok,
		"no end":                  ok[:len(ok)-3],
		"empty":                   ``,
		"after the rows":          ok + `</sheetData><sheetData>` + ok,
	}
}

// scanWithSource is scanWith on a part being inflated.
func scanWithSource(src *streamPart, stopAt int, scan func(*streamPart, []string, numberFunc, *Guard, hiddenLines,
	func([]string, int) bool) error) ([]scannedRow, [2]int, error) {
	return scanWith(nil, stopAt, func(_ *streamPart, sst []string, n numberFunc, g *Guard, h hiddenLines,
		row func([]string, int) bool) error {
		return scan(src, sst, n, g, h, row)
	})
}

func TestInflateStreamDeclinesDamagedPart(t *testing.T) {
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(string(hiddenSheet(2000, 0))))
	// Damage the sheet's checksum in its local header and in the
	// directory: the bytes inflate, but are not what was written.
	crc := func(d []byte) []byte {
		zr, err := zip.NewReader(bytes.NewReader(d), int64(len(d)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if f.Name == "xl/worksheets/sheet1.xml" {
				return []byte{byte(f.CRC32), byte(f.CRC32 >> 8), byte(f.CRC32 >> 16), byte(f.CRC32 >> 24)}
			}
		}
		t.Fatal("no sheet")
		return nil
	}
	old := crc(data)
	bad := bytes.ReplaceAll(data, old, []byte{old[0] ^ 1, old[1], old[2], old[3]})
	zr, err := zip.NewReader(bytes.NewReader(bad), int64(len(bad)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			if err := inflateWindowed(f).inflated(); err != errDecline {
				t.Errorf("a sheet failing its checksum: %v, want a decline", err)
			}
		}
	}
	pipeAll(t)
	wb, err := openWorkbook(bytes.NewReader(bad), int64(len(bad)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readFast(wb, "bad.xlsx", keepCells(1), false); err != errDecline {
		t.Errorf("the fast reader read a sheet failing its checksum: %v, want a decline", err)
	}
}

func TestFastReadsMergesOfStreamedSheet(t *testing.T) {
	pipeAll(t)
	rows := string(hiddenSheet(600, 0))
	rows = rows[strings.Index(rows, "<sheetData>")+len("<sheetData>") : strings.Index(rows, "</sheetData>")]
	data := xlsxtest.Zip(t, xlsxtest.OneSheet(xlsxtest.Worksheet(rows, `<mergeCells count="1"><mergeCell ref="C2:C5"/></mergeCells>`)))
	wb, err := openWorkbook(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	reads := 0
	got, err := readFast(wb, "merged.xlsx", func(s Sheet) ([]Merge, bool, error) {
		reads++
		return s.Merges, true, s.Rows(func([]string, int) bool { return true })
	}, false)
	if err != nil || len(got) != 1 || len(got[0]) != 1 || reads != 2 {
		t.Errorf("got merges %v, %v after %d reads; want the one merged range, on a second read", got, err, reads)
	}
}
