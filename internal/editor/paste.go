package editor

import "rosterdesk/internal/roster"

// Selection is a block of visible cells: rows Row0 to Row1 and columns
// Col0 to Col1, both ends included.
type Selection struct {
	Row0, Row1 int
	Col0, Col1 Column
}

// CellAt is the selection of one cell.
func CellAt(row int, col Column) Selection { return Selection{row, row, col, col} }

// Rows is how many rows the selection spans.
func (s Selection) Rows() int { return s.Row1 - s.Row0 + 1 }

// Cols is how many columns the selection spans.
func (s Selection) Cols() int { return int(s.Col1-s.Col0) + 1 }

// Pasted says what a paste did.
type Pasted struct {
	// Area is the block of cells the paste covered, from the selection's
	// top-left cell; it is empty (Rows() 0) when nothing was pasted.
	Area Selection
	// Header is set when the text's first line was a header row (the
	// importer's header words): it was not added as a person.
	Header bool
	// ByHeader is set when the columns were placed by the header's names
	// rather than in the order pasted.
	ByHeader bool
	// LeftOut lists the headers of pasted columns the list has no column
	// for: their values were not pasted.
	LeftOut []string
	// Protected counts the pasted people that a protected-identity column
	// of the pasted header marks: their rows are marked protected.
	Protected int
	// Inserted counts the pasted people that went into new rows, inserted
	// where the paste met a row holding someone: a list of people (placed
	// by its header) fills empty rows but never writes over a person.
	Inserted int
}

// Paste writes a block of tab-separated text with its top-left cell at
// visible row row, column col, as PasteInto a selection of that one cell,
// and returns the size of the block written.
func (d *Document) Paste(row int, col Column, text string) (rows, cols int) {
	p := d.PasteInto(CellAt(row, col), text)
	return p.Area.Rows(), p.Area.Cols()
}

// PasteInto writes a block of tab-separated text (from Excel, LibreOffice
// or Copy) into a selection, as Excel does: from the selection's top-left
// cell, repeated down and across as often as it fits where the selection
// is a whole multiple of the block in that direction (so one copied value
// fills every selected cell), else once, adding rows at the end when the
// block is longer than the view. A first line with the importer's header
// words is left out, and its names place the columns (see pasteHeader).
// Cells past the last column are dropped. It is one edit.
func (d *Document) PasteInto(sel Selection, text string) Pasted {
	block := parseTSV(text)
	if len(block) == 0 || sel.Row0 < 0 || sel.Col0 < 0 || int(sel.Col0) >= d.NumColumns() {
		return Pasted{}
	}
	sel.Row1, sel.Col1 = max(sel.Row1, sel.Row0), max(sel.Col1, sel.Col0)
	plan := d.planPaste(block, sel)
	p := plan.Pasted
	if len(plan.lines) == 0 {
		p.Area = Selection{Row0: sel.Row0, Row1: sel.Row0 - 1, Col0: sel.Col0, Col1: sel.Col0 - 1}
		return p
	}
	var changes []change
	var added, inserted []*roster.Row
	p.Area = Selection{Row0: sel.Row0, Row1: sel.Row0 + plan.rows - 1, Col0: -1, Col1: -1}
	fill := plan.rows
	if plan.ByHeader {
		fill = d.emptyRowsFrom(sel.Row0, plan.rows)
	}
	for i := range plan.rows {
		record := plan.lines[i%len(plan.lines)]
		target := d.Row(sel.Row0 + i)
		if target == nil || i >= fill {
			// Rows past the end, and the people of a pasted list that
			// would land on someone, are made with their values and
			// inserted together: after the last visible row, or where
			// the list met the first person.
			target = d.roster.NewRow()
			target.Extra = make([]string, len(d.roster.ExtraColumns))
			if i >= fill {
				inserted = append(inserted, target)
			} else {
				added = append(added, target)
			}
			d.view.pin(target.ID)
		}
		if plan.protected != nil && plan.protected[i] {
			p.Protected++
			if d.byID.At(target.ID) == nil {
				target.Protected = true
			} else if !target.Protected {
				changes = append(changes, protectChange{id: target.ID, old: false, new: true})
				d.view.pin(target.ID)
			}
		}
		for j, c := range plan.dest {
			k := j % plan.width
			if c < 0 || k >= len(record) {
				continue
			}
			if p.Area.Col0 < 0 || c < p.Area.Col0 {
				p.Area.Col0 = c
			}
			p.Area.Col1 = max(p.Area.Col1, c)
			value, gone := normalise(c, record[k])
			ch := setTo(target, c, value, gone)
			switch {
			case !ch.changes():
			case d.byID.At(target.ID) == nil:
				setValue(target, c, ch.new, ch.newGone)
			default:
				changes = append(changes, ch)
				d.view.pin(target.ID)
			}
		}
	}
	if p.Area.Col0 < 0 {
		p.Area.Col0, p.Area.Col1 = sel.Col0, sel.Col0
	}
	if len(added) > 0 {
		changes = append(changes, insertRows{at: d.rosterPosition(d.Len()), rows: added})
	}
	if len(inserted) > 0 {
		changes = append(changes, insertRows{at: d.rosterPosition(sel.Row0 + fill), rows: inserted})
		p.Inserted = len(inserted)
	}
	d.do("Paste", changes)
	return p
}

// emptyRowsFrom counts how many of the n visible rows from row on can
// take a pasted person: rows with no value in any column, and the rows
// past the end. It stops at the first row that holds something.
func (d *Document) emptyRowsFrom(row, n int) int {
	for i := range n {
		target := d.Row(row + i)
		if target == nil {
			return n
		}
		if !rowIsEmpty(target) {
			return i
		}
	}
	return n
}

// rowIsEmpty says a row holds no value in any field or extra column.
func rowIsEmpty(row *roster.Row) bool {
	for _, v := range row.Values {
		if v != "" {
			return false
		}
	}
	for _, v := range row.Extra {
		if v != "" {
			return false
		}
	}
	return true
}

// pastePlan says where a paste writes: lines repeated down to rows,
// output column j taking each line's cell j % width into grid column
// dest[j] (none where it is -1).
type pastePlan struct {
	Pasted
	lines [][]string
	rows  int
	width int
	dest  []Column
	// protected, when not nil, says which output rows a pasted
	// protected-identity column marks.
	protected []bool
}

// planPaste decides where a block goes in a selection: placed by its
// header's names, or from the selection's top-left cell, repeated where
// the selection is a whole multiple of the block.
func (d *Document) planPaste(block [][]string, sel Selection) pastePlan {
	var plan pastePlan
	if h, ok := d.pasteHeader(block, sel.Col0); ok {
		plan.Header, plan.lines = true, block[1:]
		if h.dest != nil {
			plan.ByHeader, plan.LeftOut = true, h.leftOut
			plan.rows, plan.width, plan.dest = len(plan.lines), len(h.dest), h.dest
			for _, line := range plan.lines {
				plan.protected = append(plan.protected, h.marks(line))
			}
			return plan
		}
	} else {
		plan.lines = block
	}
	for _, line := range plan.lines {
		plan.width = max(plan.width, len(line))
	}
	plan.rows = len(plan.lines)
	if len(plan.lines) > 0 && sel.Rows()%len(plan.lines) == 0 {
		plan.rows = sel.Rows()
	}
	cols := plan.width
	if plan.width > 0 && sel.Cols()%plan.width == 0 {
		cols = sel.Cols()
	}
	for j := range cols {
		if c := sel.Col0 + Column(j); int(c) < d.NumColumns() {
			plan.dest = append(plan.dest, c)
		}
	}
	return plan
}
