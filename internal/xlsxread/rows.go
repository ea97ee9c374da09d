package xlsxread

// RowFunc takes a sheet's row (line, as the user sees it, from 1) and
// says whether to go on.
type RowFunc func(cells []string, line int) bool

// Rows is the one rows iterator both readers implement (fastRows,
// excelizeRows): it gives a sheet's rows in order, every row number in
// turn (an empty row for each one the file leaves out), each cell where
// its reference puts it, calling row for each until it returns false.
// Its errors name the file, and the row and column where they apply.
type Rows func(row RowFunc) error

// CellFunc gives the value of a data cell from its column (0 is A), row
// and raw text.
type CellFunc func(i, line int, raw string) string

// Sheet is one data sheet of a workbook, handed to a SheetFunc to read.
type Sheet struct {
	Name string
	// SheetHidden says the sheet is hidden in the workbook: the user
	// does not see it, and so is less likely to mean it.
	SheetHidden bool
	Rows        Rows
	// Value, if not nil, turns a raw cell into what the user sees (a
	// date as a date). It looks up styles, which loads the whole sheet:
	// it is for the few cells that need it, not for every cell.
	Value CellFunc
	// Uncached, if not nil, gives the columns (0 is A) of a row whose
	// cells hold a formula that was never calculated: the file has no
	// value for them, which Rows gives as empty but is not known to be.
	// The fast reader reads no formulas, so it leaves Uncached nil.
	Uncached func(line int) []int
	// Hidden reports whether the sheet hides row line (<row
	// hidden="1">), once Rows has given that row.
	Hidden func(line int) bool
	// Filtered, if not nil, reports whether the sheet has a filter
	// (autoFilter): the rows it hides may be hidden only by the filter.
	// It reads the sheet's part again: call it only for a sheet that
	// hides rows.
	Filtered func() bool
	// Marks, if not nil, reads the sheet's notes and struck-through
	// text (it reads parts of the workbook again: call it once).
	Marks func() SheetMarks
	// Merges are the sheet's merged ranges that span more than one row,
	// known before Rows is called; Rows gives each cell as the file holds
	// it (a merged range's other cells empty).
	Merges []Merge
}

// SheetFunc reads one sheet into a T, and says whether it is done with
// the workbook: no sheet after this one is read. Its error is the
// error of s.Rows, as that gave it.
type SheetFunc[T any] func(s Sheet) (v T, done bool, err error)
