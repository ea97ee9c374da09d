package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// Grid is the spreadsheet view of a document: a widget.Table whose cells
// only draw, with a selection (a cursor cell and a range that Shift
// extends) that the grid owns, and the keyboard handling of a spreadsheet.
// Editing happens in one editor outside the grid: the grid asks for it
// through OnEdit.
type Grid struct {
	widget.Table

	doc     *editor.Document
	palette palette
	// widths are the columns' widths, fitted to their content; longest
	// is the length in bytes of the longest value measured in each, and
	// fittedRows the list's length when they were fitted.
	widths     []float32
	longest    []int
	fittedRows int

	// cur is the cursor cell, anchor the other corner of the range.
	cur, anchor widget.TableCellID
	// extend is set while a selection change should extend the range.
	extend bool
	// shift is whether a Shift key is held, from KeyDown and KeyUp.
	shift bool
	// redraws counts the cell labels and backgrounds redrawn, for the
	// tests that hold an edit to redrawing only what changed.
	redraws int

	// OnMoved is called after the cursor or the range changed.
	OnMoved func()
	// OnEdit asks for the editor on the cursor cell: with text typed
	// into the grid (replace), or with the cell's value (F2).
	OnEdit func(text string, replace bool)
	// OnPasted is told what a paste did, to say it.
	OnPasted func(editor.Pasted)
	// OnShortcut receives the shortcuts the grid does not handle.
	OnShortcut func(fyne.Shortcut)
	// OnTapped is called after a tap on the grid moved the cursor (or
	// not, for a tap on the cursor cell): it ends an edit in progress and
	// gives the grid the keyboard.
	OnTapped func()
}

// NewGrid returns an empty grid.
func NewGrid() *Grid {
	g := &Grid{}
	g.Length = g.length
	g.CreateCell = newCell
	g.UpdateCell = g.updateCell
	g.ShowHeaderRow = true
	g.ShowHeaderColumn = true
	g.CreateHeader = newHeader
	g.UpdateHeader = g.updateHeader
	g.OnSelected = g.selected
	g.ExtendBaseWidget(g)
	g.palette = newPalette(g)
	return g
}

// SetDocument shows d, with the cursor on its first cell.
func (g *Grid) SetDocument(d *editor.Document) {
	g.doc = d
	g.cur, g.anchor = widget.TableCellID{}, widget.TableCellID{}
	g.SetColumnWidth(-1, rowHeaderWidth)
	g.fitColumns(false)
	g.UnselectAll()
	g.Refresh()
	g.ScrollToTop()
	g.ScrollToLeading()
	if d != nil && d.Len() > 0 {
		g.Select(g.cur)
	}
}

// Refresh redraws the visible cells with the theme's current colours.
func (g *Grid) Refresh() {
	g.palette = newPalette(g)
	g.Table.Refresh()
}

func (g *Grid) length() (rows, cols int) {
	if g.doc == nil {
		return 0, 0
	}
	return g.doc.Len(), g.doc.NumColumns()
}

// Cursor returns the cursor cell: a visible row index and a column.
func (g *Grid) Cursor() (row int, col editor.Column) { return g.cur.Row, editor.Column(g.cur.Col) }

// Range returns the selected rows and columns, first to last.
func (g *Grid) Range() (row0, row1 int, col0, col1 editor.Column) {
	row0, row1 = min(g.cur.Row, g.anchor.Row), max(g.cur.Row, g.anchor.Row)
	c0, c1 := min(g.cur.Col, g.anchor.Col), max(g.cur.Col, g.anchor.Col)
	return row0, row1, editor.Column(c0), editor.Column(c1)
}

// SelectedIDs returns the ids of the rows in the range.
func (g *Grid) SelectedIDs() []roster.RowID {
	if g.doc == nil {
		return nil
	}
	r0, r1, _, _ := g.Range()
	var ids []roster.RowID
	for r := r0; r <= r1; r++ {
		if row := g.doc.Row(r); row != nil {
			ids = append(ids, row.ID)
		}
	}
	return ids
}

func (g *Grid) inRange(id widget.TableCellID) bool {
	return id.Row >= min(g.cur.Row, g.anchor.Row) && id.Row <= max(g.cur.Row, g.anchor.Row) &&
		id.Col >= min(g.cur.Col, g.anchor.Col) && id.Col <= max(g.cur.Col, g.anchor.Col)
}

// MoveTo puts the cursor on a cell, clamped to the grid, extending the
// range when extend is set, and scrolls to it.
func (g *Grid) MoveTo(row, col int, extend bool) {
	rows, cols := g.length()
	if rows == 0 || cols == 0 {
		return
	}
	row, col = max(0, min(row, rows-1)), max(0, min(col, cols-1))
	id := widget.TableCellID{Row: row, Col: col}
	g.extend = extend
	defer func() { g.extend = false }()
	if id == g.cur {
		g.setCursor(id)
		g.ScrollTo(id)
	} else {
		g.Select(id)
	}
	g.revealUnderHeaders(id)
}

// Tapped selects the tapped cell, as the table does, and then calls
// OnTapped. The table's own focusing looks up its canvas with the embedded
// *widget.Table, which the desktop driver does not know, so a tap alone
// never gave the grid the keyboard.
func (g *Grid) Tapped(e *fyne.PointEvent) {
	g.Table.Tapped(e)
	if g.OnTapped != nil {
		g.OnTapped()
	} else if c := fyne.CurrentApp().Driver().CanvasForObject(g); c != nil {
		c.Focus(g)
	}
}

// selected is the table's OnSelected: a tap, or MoveTo.
func (g *Grid) selected(id widget.TableCellID) {
	g.setCursor(id)
}

func (g *Grid) setCursor(id widget.TableCellID) {
	old, wide := g.cur, g.cur != g.anchor
	g.cur = id
	if !g.extend && !g.shiftHeld() {
		g.anchor = id
	}
	if wide || g.cur != g.anchor {
		g.Table.Refresh()
	} else {
		// The table redraws its headers with any cell.
		g.RefreshItem(old)
		g.RefreshItem(id)
	}
	if g.OnMoved != nil {
		g.OnMoved()
	}
}

// RefreshRow redraws the cells of visible row i and its header.
func (g *Grid) RefreshRow(i int) {
	if g.doc == nil || i < 0 {
		return
	}
	for c := -1; c < g.doc.NumColumns(); c++ {
		g.RefreshItem(widget.TableCellID{Row: i, Col: c})
	}
}

// Clamp keeps the cursor inside the grid after rows went away.
func (g *Grid) Clamp() {
	rows, cols := g.length()
	if rows == 0 || cols == 0 {
		return
	}
	if g.cur.Row >= rows || g.cur.Col >= cols || g.anchor.Row >= rows || g.anchor.Col >= cols {
		g.anchor = g.cur
		g.UnselectAll()
		g.MoveTo(g.cur.Row, g.cur.Col, false)
	}
}
