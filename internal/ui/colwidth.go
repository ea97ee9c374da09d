package ui

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// Columns are as wide as what they hold: the header and the longest
// values, measured as a cell's label draws them, between a least and a
// most width per column. So at the default window size all eight columns
// of a school's list are readable, and one long address does not push the
// others out of sight.

// measuredValues is how many of a column's longest values (by their
// number of characters) are measured: the widest text is among them.
const measuredValues = 10

// widthLimits returns the least and the most width of a column.
func widthLimits(c editor.Column) (least, most float32) {
	f, ok := c.Field()
	if !ok {
		return 60, 220
	}
	switch f {
	case roster.Email:
		return 120, 330
	case roster.FirstName, roster.LastName:
		return 70, 170
	case roster.Class:
		return 50, 110
	case roster.School:
		return 100, 240
	case roster.Municipality:
		return 80, 160
	case roster.Role:
		return 70, 110
	}
	return 60, 170
}

// fitColumns sizes every column to its content. With grow set, a column
// only widens, so that an edit never makes the columns jump narrower
// under the user's eyes.
func (g *Grid) fitColumns(grow bool) (changed bool) {
	if g.doc == nil {
		g.widths, g.longest = nil, nil
		return false
	}
	n := g.doc.NumColumns()
	if len(g.widths) != n {
		g.widths, g.longest, grow = make([]float32, n), make([]int, n), false
	}
	g.fittedRows = g.doc.Roster().Len()
	measure := widget.NewLabel("")
	for c := range n {
		values := longestValues(g.doc, editor.Column(c), measuredValues)
		w := g.contentWidth(measure, editor.Column(c), values)
		if len(values) > 0 {
			g.longest[c] = len(values[0])
		}
		if grow && w <= g.widths[c] {
			continue
		}
		g.widths[c], changed = w, true
		g.SetColumnWidth(c, w)
	}
	return changed
}

// growColumns widens the columns for what a change wrote: the whole list
// again when it has more rows than when the columns were fitted (a paste
// or an insert; a sort, a filter or a delete brings no new value), else
// only the changed rows' values longer than any measured before, so that
// typing into a cell costs a comparison per column. It reports whether a
// column widened.
func (g *Grid) growColumns(c editor.Change) (changed bool) {
	if g.doc == nil {
		return false
	}
	if c.Structure || len(g.widths) != g.doc.NumColumns() {
		if g.doc.Roster().Len() > g.fittedRows || len(g.widths) != g.doc.NumColumns() {
			return g.fitColumns(true)
		}
		return false
	}
	var measure *widget.Label
	for _, id := range c.Rows {
		row := g.doc.RowByID(id)
		if row == nil {
			continue
		}
		for col := range g.widths {
			v := editor.CellValue(row, editor.Column(col))
			if len(v) <= g.longest[col] {
				continue
			}
			g.longest[col] = len(v)
			if measure == nil {
				measure = widget.NewLabel("")
			}
			if w := g.contentWidth(measure, editor.Column(col), []string{v}); w > g.widths[col] {
				g.widths[col], changed = w, true
				g.SetColumnWidth(col, w)
			}
		}
	}
	return changed
}

// contentWidth is the width column c's header and the given values need,
// within the column's limits; measure is a label to measure with.
func (g *Grid) contentWidth(measure *widget.Label, c editor.Column, values []string) float32 {
	least, most := widthLimits(c)
	width := func(text string, bold bool) float32 {
		measure.TextStyle.Bold = bold
		measure.SetText(text)
		// The cursor's border is drawn inside the cell.
		return measure.MinSize().Width + cursorStroke
	}
	w := width(g.doc.ColumnName(c), true)
	for _, v := range values {
		w = max(w, width(v, false))
	}
	return min(max(w, least), most)
}

// cursorStroke is the width of the cursor cell's border.
const cursorStroke = 2

// columnWidth returns the width column c was given.
func (g *Grid) columnWidth(c editor.Column) float32 {
	if int(c) < 0 || int(c) >= len(g.widths) {
		least, _ := widthLimits(c)
		return least
	}
	return g.widths[c]
}

// contentWidths is how wide the grid is with every column at its width:
// the row numbers, the columns and the gaps between them.
func (g *Grid) contentWidths(gap float32) float32 {
	w := float32(rowHeaderWidth) + gap
	for _, cw := range g.widths {
		w += cw + gap
	}
	return w
}

// longestValues returns up to k of column c's distinct values with the
// most bytes (a fair measure of width for names and addresses, and
// cheaper than counting characters), longest first, of every row of the
// list (not only those a filter shows).
func longestValues(d *editor.Document, c editor.Column, k int) []string {
	top := make([]string, 0, k)
	for _, row := range d.Roster().Rows {
		v := editor.CellValue(row, c)
		n := len(v)
		if n == 0 || len(top) == k && n <= len(top[k-1]) || slices.Contains(top, v) {
			continue
		}
		// Insert in order of length, dropping the k+1th.
		i := len(top)
		if i == k {
			i--
		} else {
			top = append(top, "")
		}
		for i > 0 && len(top[i-1]) < n {
			top[i] = top[i-1]
			i--
		}
		top[i] = v
	}
	return top
}
