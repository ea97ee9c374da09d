package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestXLSXRowGaps pins down what excelize's row iterator does with rows
// missing from the sheet XML: it yields an empty row for each, so counting
// Next calls gives the real row number. openpyxl.xlsx leaves out rows 3
// and 7 to 9.
func TestXLSXRowGaps(t *testing.T) {
	path := filepath.Join("testdata", "import", "openpyxl.xlsx")
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var sheetXML []byte
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet2.xml" {
			rc, _ := f.Open()
			sheetXML, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	var rowNums []string
	for _, m := range regexp.MustCompile(`<row[^>]* r="(\d+)"`).FindAllSubmatch(sheetXML, -1) {
		rowNums = append(rowNums, string(m[1]))
	}
	if got := fmt.Sprint(rowNums); got != "[1 2 4 5 6 10 11]" {
		t.Fatalf("fixture rows in XML = %s, want gaps at 3 and 7-9", got)
	}

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows("Oppilaat")
	if err != nil {
		t.Fatal(err)
	}
	var yielded []int
	for n := 1; rows.Next(); n++ {
		cells, _ := rows.Columns()
		yielded = append(yielded, len(cells))
	}
	// Eleven rows, the missing ones empty.
	if got := fmt.Sprint(yielded); got != "[1 1 0 10 10 9 0 0 0 9 10]" {
		t.Errorf("cells per yielded row = %s", got)
	}

	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, row := range imp.Roster.Rows {
		lines = append(lines, row.SourceLine)
	}
	if imp.HeaderRow != 4 || fmt.Sprint(lines) != "[5 6 10 11]" {
		t.Errorf("header row %d, row lines %v; want 4 and [5 6 10 11]", imp.HeaderRow, lines)
	}
}

func TestReadXLSXNoHeader(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Namn")
	f.SetCellValue("Sheet1", "B1", "Adress")
	f.NewSheet("Blad2")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, err := ReadXLSX(bytes.NewReader(buf.Bytes()), int64(buf.Len()), "lista.xlsx")
	if !errors.Is(err, ErrNoHeader) {
		t.Errorf("err = %v, want ErrNoHeader", err)
	}
}
