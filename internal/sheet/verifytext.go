package sheet

import (
	"archive/zip"
	"errors"
	"fmt"
	"os"

	"github.com/xuri/excelize/v2"
)

// verifyTextSheet reads a written workbook back and compares every cell
// with what was meant. It reads with the fast sheet scanner, which reads
// every workbook exactly as excelize does or declines it
// (TestFastXLSXAgrees); when it declines, excelize reads the file.
func verifyTextSheet(path string, want [][]string) error {
	err := verifyTextSheetFast(path, want)
	if errors.Is(err, errDecline) {
		return verifyTextSheetExcelize(path, want)
	}
	return err
}

// verifyTextSheetFast is verifyTextSheet with the fast scanner.
func verifyTextSheetFast(path string, want [][]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return errDecline
	}
	parts, err := readParts(zr)
	if err != nil {
		return err
	}
	sheets, err := workbookSheets(parts)
	if err != nil {
		return err
	}
	if len(sheets) != 1 {
		return fmt.Errorf("%d sheets", len(sheets))
	}
	if _, shared := parts["xl/sharedStrings.xml"]; shared {
		return errDecline
	}
	data, ok := parts[sheets[0].part]
	if !ok {
		return errDecline
	}
	n := 0
	var differs error
	noNumbers := func(int, int) (bool, error) { return false, nil }
	err = scanSheet(data, nil, noNumbers, func(cells []string, line int) bool {
		if n >= len(want) {
			differs = fmt.Errorf("%d rows or more, want %d", line, len(want))
			return false
		}
		differs = compareRecord(want, n, cells)
		n++
		return differs == nil
	})
	switch {
	case err != nil:
		return err
	case differs != nil:
		return differs
	case n != len(want):
		return fmt.Errorf("%d rows, want %d", n, len(want))
	}
	return nil
}

// verifyTextSheetExcelize is verifyTextSheet with excelize.
func verifyTextSheetExcelize(path string, want [][]string) error {
	opts, removeTemp, err := privateTemp(excelize.Options{})
	if err != nil {
		return err
	}
	defer removeTemp()
	f, err := excelize.OpenFile(path, opts)
	if err != nil {
		return err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 1 {
		return fmt.Errorf("%d sheets", len(sheets))
	}
	rows, err := f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	if err != nil {
		return err
	}
	if len(rows) != len(want) {
		return fmt.Errorf("%d rows, want %d", len(rows), len(want))
	}
	for i, cells := range rows {
		if err := compareRecord(want, i, cells); err != nil {
			return err
		}
	}
	return nil
}

// compareRecord compares row i as read with want[i], and says where
// they differ (never what: the values are personal data).
func compareRecord(want [][]string, i int, cells []string) error {
	rec := want[i]
	if len(cells) > len(rec) {
		for j := len(rec); j < len(cells); j++ {
			if cells[j] != "" {
				return fmt.Errorf("row %d, column %s has an unexpected value", i+1, columnLetter(j))
			}
		}
	}
	for j, v := range rec {
		got := ""
		if j < len(cells) {
			got = cells[j]
		}
		if got != v {
			return fmt.Errorf("row %d, column %s differs", i+1, recordColumn(want, j))
		}
	}
	return nil
}
