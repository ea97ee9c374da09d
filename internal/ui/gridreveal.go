package ui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
)

// Table.ScrollTo in Fyne 2.7.1 counts the header row and the row-number
// column into a cell's place, so that scrolling back left or up stops
// with the cell under them: after Ctrl+Home from the end of a list the
// cursor's cell was hidden. revealUnderHeaders scrolls on until the cell
// is clear of them; scrolling right or down is right already.
func (g *Grid) revealUnderHeaders(id widget.TableCellID) {
	off, ok := g.scrollOffset()
	if !ok {
		return
	}
	pad := g.Theme().Size(theme.SizeNamePadding)
	var x float32
	for c := range id.Col {
		x += g.columnWidth(editor.Column(c)) + pad
	}
	y := float32(id.Row) * (rowHeight + pad)
	want := off
	want.X = min(want.X, x)
	want.Y = min(want.Y, y)
	if want != off {
		g.ScrollToOffset(want)
	}
}

// scrollOffset is how far the table is scrolled. The table keeps it to
// itself, so it is read by reflection; a Fyne without it gives false, and
// TestCursorClearOfHeaders fails.
func (g *Grid) scrollOffset() (fyne.Position, bool) {
	v := reflect.ValueOf(&g.Table).Elem().FieldByName("offset")
	if !v.IsValid() || v.Type() != reflect.TypeFor[fyne.Position]() {
		return fyne.Position{}, false
	}
	return fyne.NewPos(float32(v.Field(0).Float()), float32(v.Field(1).Float())), true
}
