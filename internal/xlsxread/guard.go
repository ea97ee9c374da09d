package xlsxread

import "unicode/utf8"

// Limits on what a sheet's cells may be, checked as the cells stream by.
const (
	// FarColumn is a column no roster reaches: rows with a cell beyond it
	// are counted, and more than FarRowLimit of them refuse the sheet
	// (a spreadsheet reader would hold every empty cell up to it).
	FarColumn   = 256
	FarRowLimit = 200
	// MaxSheetColumn is the last column a sheet may have (XFD).
	MaxSheetColumn = 16_384
	// MaxCellChars is the most characters Excel lets a cell hold.
	MaxCellChars = 32_767
	// maxSheetCells bounds the cells of one sheet: a million rows of
	// thirty columns.
	maxSheetCells = 32 << 20
)

// Guard refuses a sheet shaped like no roster, cell by cell, as the
// cells of a workbook or a csv file stream by.
type Guard struct {
	cells   int
	farRows int
	lastFar int // the last row counted in farRows
	// firstFarRow and firstFarCol are where data first went far.
	firstFarRow, firstFarCol int
	// errRow and errCol are where the guard refused the sheet.
	errRow, errCol int
}

// Where is the row and column (1 is A; 0 for none) where the guard
// refused the sheet.
func (g *Guard) Where() (row, col int) { return g.errRow, g.errCol }

// Row checks a row number.
func (g *Guard) Row(r int) error {
	if r > maxSheetRow {
		g.errRow = maxSheetRow + 1
		return Refused("the sheet goes past row %d, the last row a sheet may have", maxSheetRow)
	}
	return nil
}

// Cell checks a cell at row r and column col (1 is A) holding value.
func (g *Guard) Cell(r, col int, value string) error {
	err := g.check(r, col, value)
	if err != nil {
		g.errRow, g.errCol = r, col
		if g.farRows > FarRowLimit {
			g.errRow, g.errCol = g.firstFarRow, g.firstFarCol
		}
		if col > MaxSheetColumn {
			g.errCol = 0
		}
	}
	return err
}

func (g *Guard) check(r, col int, value string) error {
	g.cells++
	switch {
	case col > MaxSheetColumn:
		return damagedBecause("the file is damaged: a cell lies past the last column, XFD")
	case g.cells > maxSheetCells:
		return Refused("the sheet has more than %d cells, far more than a roster", maxSheetCells)
	case len(value) > MaxCellChars && utf8.RuneCountInString(value) > MaxCellChars:
		return Refused("a cell holds more than %d characters, more than Excel allows", MaxCellChars)
	}
	if col > FarColumn && r != g.lastFar {
		if g.farRows == 0 {
			g.firstFarRow, g.firstFarCol = r, col
		}
		g.farRows++
		g.lastFar = r
		if g.farRows > FarRowLimit {
			return Refused("the sheet has data beyond column %s on more than %d rows; a roster has a few columns",
				ColumnLetter(FarColumn-1), FarRowLimit)
		}
	}
	return nil
}
