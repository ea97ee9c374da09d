package sheet

import "unicode/utf8"

// Limits on what a sheet's cells may be, checked as the cells stream by.
const (
	// farColumn is a column no roster reaches: rows with a cell beyond it
	// are counted, and more than farRowLimit of them refuse the sheet
	// (a spreadsheet reader would hold every empty cell up to it).
	farColumn   = 256
	farRowLimit = 200
	// maxSheetColumn is the last column a sheet may have (XFD).
	maxSheetColumn = 16_384
	// maxCellChars is the most characters Excel lets a cell hold.
	maxCellChars = 32_767
	// maxSheetCells bounds the cells of one sheet: a million rows of
	// thirty columns.
	maxSheetCells = 32 << 20
)

// sheetGuard refuses a sheet shaped like no roster, cell by cell.
type sheetGuard struct {
	cells   int
	farRows int
	lastFar int // the last row counted in farRows
	// firstFarRow and firstFarCol are where data first went far.
	firstFarRow, firstFarCol int
	// errRow and errCol are where the guard refused the sheet.
	errRow, errCol int
}

// row checks a row number.
func (g *sheetGuard) row(r int) error {
	if r > maxSheetRow {
		g.errRow = maxSheetRow + 1
		return refused("the sheet goes past row %d, the last row a sheet may have", maxSheetRow)
	}
	return nil
}

// cell checks a cell at row r and column col (1 is A) holding value.
func (g *sheetGuard) cell(r, col int, value string) error {
	err := g.check(r, col, value)
	if err != nil {
		g.errRow, g.errCol = r, col
		if g.farRows > farRowLimit {
			g.errRow, g.errCol = g.firstFarRow, g.firstFarCol
		}
		if col > maxSheetColumn {
			g.errCol = 0
		}
	}
	return err
}

func (g *sheetGuard) check(r, col int, value string) error {
	g.cells++
	switch {
	case col > maxSheetColumn:
		return damagedBecause("the file is damaged: a cell lies past the last column, XFD")
	case g.cells > maxSheetCells:
		return refused("the sheet has more than %d cells, far more than a roster", maxSheetCells)
	case len(value) > maxCellChars && utf8.RuneCountInString(value) > maxCellChars:
		return refused("a cell holds more than %d characters, more than Excel allows", maxCellChars)
	}
	if col > farColumn && r != g.lastFar {
		if g.farRows == 0 {
			g.firstFarRow, g.firstFarCol = r, col
		}
		g.farRows++
		g.lastFar = r
		if g.farRows > farRowLimit {
			return refused("the sheet has data beyond column %s on more than %d rows; a roster has a few columns",
				columnLetters(farColumn), farRowLimit)
		}
	}
	return nil
}
