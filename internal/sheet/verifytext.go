package sheet

import (
	"errors"
	"fmt"

	"rosterdesk/internal/xlsxread"
)

// verifyTextSheet reads a written workbook back and compares every cell
// with what was meant. It reads with the fast sheet scanner, which reads
// every workbook exactly as excelize does or declines it
// (TestFastXLSXAgrees); when it declines, excelize reads the file.
func verifyTextSheet(path string, want [][]string) error {
	err := verifyTextSheetFast(path, want)
	if errors.Is(err, xlsxread.ErrDeclined) {
		return verifyTextSheetExcelize(path, want)
	}
	return err
}

// verifyTextSheetFast is verifyTextSheet with the fast scanner.
func verifyTextSheetFast(path string, want [][]string) error {
	n := 0
	var differs error
	err := xlsxread.ScanWrittenSheet(path, func(cells []string, line int) bool {
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
	rows, err := xlsxread.ReadWrittenSheet(path)
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
				return fmt.Errorf("row %d, column %s has an unexpected value", i+1, xlsxread.ColumnLetter(j))
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
