package xlsxread

import "strings"

// uncachedCells holds a worksheet's cells that have a formula but no
// calculated value: the columns (0 is A) by row. A workbook written by a
// program (openpyxl, a school system's report) and never opened in Excel
// has formulas without values; Excel calculates them on opening, but a
// reader sees an empty cell where the user sees a value.
type uncachedCells map[int][]int

// add notes the cell in column col of row.
func (u uncachedCells) add(row, col int) uncachedCells {
	if u == nil {
		u = uncachedCells{}
	}
	u[row] = append(u[row], col)
	return u
}

// columns gives the columns of row whose cells are uncached formulas.
func (u uncachedCells) columns(row int) []int {
	return u[row]
}

// calculated says whether a formula cell of type typ carries a value:
// one that is not blank, or, for a text result (t="str"), a <v> even if
// empty, which is how Excel and LibreOffice store a formula that gives
// "". openpyxl writes an empty <v></v> and no type for every formula it
// writes: that is no value.
func calculated(typ string, hasV bool, v []byte) bool {
	if typ == "str" && hasV {
		return true
	}
	return strings.TrimSpace(string(v)) != ""
}
