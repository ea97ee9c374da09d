package xlsxread

import (
	"math/big"

	"github.com/xuri/excelize/v2"
)

// excelizeRows is the excelize path's Rows: excelize's row iterator,
// with RawCellValue, over a sheet whose rows and cells are in order (see
// placedWorkbook), numbers in exponent form as typed, and the number
// cells in shown as they show.
func excelizeRows(f *excelize.File, rows *excelize.Rows, name, path string, shown shownCells) Rows {
	return func(row RowFunc) error {
		// The iterator yields every row number in turn, an empty row for
		// each row missing from the sheet's XML, so the count is the row
		// number the user sees (see TestXLSXRowGaps).
		for line := 1; rows.Next(); line++ {
			cells, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				return &FileError{Path: path, Row: line, Err: Damaged(err)}
			}
			for i, c := range cells {
				if isExponentNumber(c) && isNumberCell(f, name, i, line) {
					cells[i] = numberAsTyped(c)
				}
			}
			shown.show(cells, line)
			if !row(cells, line) {
				return nil
			}
		}
		if err := rows.Error(); err != nil {
			return AtFile(path, Damaged(err))
		}
		return nil
	}
}

// isNumberCell reports whether the cell in column i (0 is A) of a row is
// a number cell, not text that happens to look like one ("1e5" typed as
// text stays "1e5"). It is asked only for values in exponent form, which
// are rare: the first question loads the sheet.
func isNumberCell(f *excelize.File, sheet string, i, row int) bool {
	cell, err := excelize.CoordinatesToCellName(i+1, row)
	if err != nil {
		return false
	}
	t, err := f.GetCellType(sheet, cell)
	return err == nil && (t == excelize.CellTypeNumber || t == excelize.CellTypeUnset)
}

// isExponentNumber says whether v is a number as spreadsheets store large
// ones: 1.23456789012E+11, that is -?\d+(\.\d+)?[Ee]\+?\d{1,2}. It runs
// on every cell of an import, so it is written out rather than a regexp.
func isExponentNumber(v string) bool {
	i := 0
	if i < len(v) && v[i] == '-' {
		i++
	}
	n := digitRun(v[i:])
	if n == 0 {
		return false
	}
	i += n
	if i < len(v) && v[i] == '.' {
		n = digitRun(v[i+1:])
		if n == 0 {
			return false
		}
		i += 1 + n
	}
	if i >= len(v) || v[i] != 'E' && v[i] != 'e' {
		return false
	}
	i++
	if i < len(v) && v[i] == '+' {
		i++
	}
	n = digitRun(v[i:])
	return (n == 1 || n == 2) && i+n == len(v)
}

// digitRun returns how many ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}

// numberAsTyped gives back the digits the user typed for a whole number
// that the file stores in exponent form, so that a 12-digit id stays
// 123456789012 and never becomes 1.23456789012E+11; a number of 16
// digits or more, which Excel has rounded, as Excel shows it (see
// roundedNumber). Other values are kept as stored.
func numberAsTyped(v string) string {
	if r, ok := roundedNumber(v); ok {
		return r
	}
	if !isExponentNumber(v) {
		return v
	}
	r, ok := new(big.Rat).SetString(v)
	if !ok || !r.IsInt() {
		return v
	}
	return r.Num().String()
}
