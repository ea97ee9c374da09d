package xlsxwrite

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"
)

// excelizeWrite writes records as the export wrote them with excelize's
// StreamWriter before this package: the reference whose acceptance by
// Excel this package inherits.
func excelizeWrite(t testing.TB, sheet string, records [][]string) []byte {
	t.Helper()
	f := excelize.NewFile(excelize.Options{TmpDir: t.TempDir()})
	defer f.Close()
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(w)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return flate.NewWriter(out, flate.BestSpeed)
		})
		return zw
	})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", sheet))
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49})
	must(err)
	head, err := f.NewStyle(&excelize.Style{NumFmt: 49, Font: &excelize.Font{Bold: true}})
	must(err)
	width := len(records[0])
	last, err := excelize.CoordinatesToCellName(width, len(records))
	must(err)
	must(f.SetSheetDimension(sheet, "A1:"+last))
	sw, err := f.NewStreamWriter(sheet)
	must(err)
	cells := make([]any, width)
	for i, rec := range records {
		style := text
		if i == 0 {
			style = head
		}
		for j := range cells {
			v := ""
			if j < len(rec) {
				v = rec[j]
			}
			cells[j] = excelize.Cell{StyleID: style, Value: v}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		must(sw.SetRow(cell, cells))
	}
	must(sw.Flush())
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	must(err)
	return buf.Bytes()
}

// unzipParts returns every part of an xlsx by name.
func unzipParts(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want deflate", f.Name, f.Method)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = b
	}
	return parts
}
