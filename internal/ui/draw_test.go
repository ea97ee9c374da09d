package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// drawnCells returns the backgrounds of the cells the grid draws with
// text: the cells its renderers hold now, found by walking them.
func drawnCells(g *Grid, text string) []*canvas.Rectangle {
	var found []*canvas.Rectangle
	walk(g, func(o fyne.CanvasObject) {
		x, ok := o.(*fyne.Container)
		if !ok || len(x.Objects) != 2 {
			return
		}
		bg, isRect := x.Objects[0].(*canvas.Rectangle)
		l, isLabel := x.Objects[1].(*widget.Label)
		if isRect && isLabel && l.Text == text && l.Visible() {
			found = append(found, bg)
		}
	})
	return found
}

// drawnCellFill returns the background of the one cell the grid draws
// with text, or nil.
func drawnCellFill(g *Grid, text string) *canvas.Rectangle {
	if cells := drawnCells(g, text); len(cells) == 1 {
		return cells[0]
	}
	return nil
}

// TestAnEditRedrawsTheCellsItAffects types another row's address into a
// cell: both rows' email cells turn red on screen, not only the edited
// one, and back when the edit is undone.
func TestAnEditRedrawsTheCellsItAffects(t *testing.T) {
	u := newTestUI(t)
	maja, ella := rowOf(t, u, "Alva"), rowOf(t, u, "Ella")
	addr := u.doc.Row(ella).Values[roster.Email]
	if bg := drawnCellFill(u.grid, addr); bg == nil || bg.FillColor != u.grid.palette.none {
		t.Fatalf("before the edit, %s is not drawn plain: %v", addr, bg)
	}
	u.doc.SetCell(u.doc.Row(maja).ID, editor.FieldColumn(roster.Email), addr)
	cells := drawnCells(u.grid, addr)
	if len(cells) != 2 {
		t.Fatalf("%d cells show %s, want 2", len(cells), addr)
	}
	for i, bg := range cells {
		if bg.FillColor != u.grid.palette.err {
			t.Errorf("cell %d with the shared address is drawn %v, want red", i, bg.FillColor)
		}
	}
	u.doc.Undo()
	if bg := drawnCellFill(u.grid, addr); bg == nil || bg.FillColor != u.grid.palette.none {
		t.Errorf("after undo, %s is not drawn plain again", addr)
	}
}

// TestDrawingACellAllocatesNothing draws cells with and without problems
// again and again, as scrolling does: no garbage, so no stutter.
func TestDrawingACellAllocatesNothing(t *testing.T) {
	u := newTestUI(t)
	cells := []widget.TableCellID{
		{Row: rowOf(t, u, "Noah"), Col: int(editor.FieldColumn(roster.Class))},
		{Row: rowOf(t, u, "Maja"), Col: int(editor.FieldColumn(roster.Class))},
		{Row: rowOf(t, u, "Maja"), Col: int(editor.FieldColumn(roster.Email))},
		{Row: rowOf(t, u, "Astrid"), Col: int(editor.FieldColumn(roster.FirstName))},
	}
	for _, id := range cells {
		o := u.grid.CreateCell()
		u.grid.UpdateCell(id, o)
		if n := testing.AllocsPerRun(100, func() { u.grid.UpdateCell(id, o) }); n != 0 {
			t.Errorf("drawing cell %v allocates %.0f times", id, n)
		}
	}
}

// TestAnEditRedrawsOneCell types values into two cells, one that gets a
// warning and one that does not, and counts what is drawn again: each
// cell's text, the first one's colour, and nothing else.
func TestAnEditRedrawsOneCell(t *testing.T) {
	u := newTestUI(t)
	alva := rowOf(t, u, "Alva")
	u.grid.MoveTo(alva+3, 0, false)
	before := u.grid.redraws
	u.doc.SetCell(u.doc.Row(alva).ID, editor.FieldColumn(roster.Class), "9 a")
	u.doc.SetCell(u.doc.Row(alva).ID, editor.FieldColumn(roster.LastName), "Lindqvist-Ek")
	if n := u.grid.redraws - before; n != 1+1+1 {
		// the class's text and its new warning colour, then the last name's text
		t.Errorf("two edits redrew %d cell parts, want 3", n)
	}
}
