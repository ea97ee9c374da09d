package ui

import (
	"slices"
	"unicode/utf8"

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
		return 120, 300
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
func (g *Grid) fitColumns(grow bool) {
	if g.doc == nil {
		g.widths = nil
		return
	}
	n := g.doc.NumColumns()
	if len(g.widths) != n {
		g.widths, grow = make([]float32, n), false
	}
	measure := widget.NewLabel("")
	for c := range n {
		w := g.contentWidth(measure, editor.Column(c))
		if grow && w <= g.widths[c] {
			continue
		}
		g.widths[c] = w
		g.SetColumnWidth(c, w)
	}
}

// contentWidth is the width column c's header and longest values need,
// within the column's limits; measure is a label to measure with.
func (g *Grid) contentWidth(measure *widget.Label, c editor.Column) float32 {
	least, most := widthLimits(c)
	width := func(text string, bold bool) float32 {
		measure.TextStyle.Bold = bold
		measure.SetText(text)
		// The cursor's border is drawn inside the cell.
		return measure.MinSize().Width + cursorStroke
	}
	w := width(g.doc.ColumnName(c), true)
	for _, v := range longestValues(g.doc, c, measuredValues) {
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

// longestValues returns up to k of column c's values with the most
// characters, of every row of the list (not only those a filter shows).
func longestValues(d *editor.Document, c editor.Column, k int) []string {
	var top []string
	var lens []int
	for _, row := range d.Roster().Rows {
		v := editor.CellValue(row, c)
		n := utf8.RuneCountInString(v)
		if n == 0 || len(top) == k && n <= lens[k-1] || slices.Contains(top, v) {
			continue
		}
		// Insert in order of length, longest first, dropping the k+1th.
		i := len(top)
		if i == k {
			i--
		} else {
			top, lens = append(top, ""), append(lens, 0)
		}
		for i > 0 && lens[i-1] < n {
			top[i], lens[i] = top[i-1], lens[i-1]
			i--
		}
		top[i], lens[i] = v, n
	}
	return top
}
