package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

func TestTypingIntoACellCommits(t *testing.T) {
	u := newTestUI(t)
	noah := rowOf(t, u, "Noah")
	u.grid.MoveTo(noah, int(editor.FieldColumn(roster.Class)), false)
	u.grid.TypedRune('9')
	if u.win.Canvas().Focused() != u.entry {
		t.Fatal("typing in the grid should open the edit bar")
	}
	test.Type(u.entry, "c")
	u.entry.TypedKey(key(fyne.KeyReturn))
	if got := cellText(u, noah, roster.Class); got != "9c" {
		t.Errorf("class = %q, want 9c", got)
	}
	if row, _ := u.grid.Cursor(); row != noah+1 {
		t.Errorf("Enter should move down, cursor on row %d", row)
	}
	if u.win.Canvas().Focused() != u.grid {
		t.Error("after Enter the grid has the keyboard again")
	}
	if !u.doc.Dirty() || u.win.Title() != "Roster Desk — elevlista.csv •" {
		t.Errorf("title %q", u.win.Title())
	}
}

func TestKeysMoveTheCursor(t *testing.T) {
	u := newTestUI(t)
	u.grid.MoveTo(0, 0, false)
	steps := []struct {
		key      fyne.KeyName
		row, col int
	}{
		{fyne.KeyRight, 0, 1}, {fyne.KeyDown, 1, 1}, {fyne.KeyTab, 1, 2}, {fyne.KeyReturn, 2, 2},
		{fyne.KeyLeft, 2, 1}, {fyne.KeyUp, 1, 1}, {fyne.KeyUp, 0, 1}, {fyne.KeyUp, 0, 1},
		{fyne.KeyHome, 0, 0}, {fyne.KeyEnd, 0, u.doc.NumColumns() - 1},
	}
	for _, s := range steps {
		u.grid.TypedKey(key(s.key))
		if row, col := u.grid.Cursor(); row != s.row || int(col) != s.col {
			t.Fatalf("after %s cursor at %d,%d, want %d,%d", s.key, row, col, s.row, s.col)
		}
	}
	u.grid.KeyDown(key("LeftShift"))
	u.grid.TypedKey(key(fyne.KeyDown))
	u.grid.TypedKey(key(fyne.KeyDown))
	u.grid.KeyUp(key("LeftShift"))
	if r0, r1, _, _ := u.grid.Range(); r0 != 0 || r1 != 2 {
		t.Errorf("Shift+Down selects rows %d..%d, want 0..2", r0, r1)
	}
}

func TestEscapeCancelsAnEdit(t *testing.T) {
	u := newTestUI(t)
	u.grid.MoveTo(0, int(editor.FieldColumn(roster.FirstName)), false)
	u.grid.TypedRune('X')
	test.Type(u.entry, "yz")
	u.entry.TypedKey(key(fyne.KeyEscape))
	if got := cellText(u, 0, roster.FirstName); got != "Alva" {
		t.Errorf("first name = %q after Escape", got)
	}
	if u.entry.Text != "Alva" || u.doc.Dirty() {
		t.Errorf("edit bar shows %q, dirty %v", u.entry.Text, u.doc.Dirty())
	}
}

func TestDeleteClearsTheSelection(t *testing.T) {
	u := newTestUI(t)
	col := int(editor.FieldColumn(roster.SSOID)) - 1 // Role
	role := cellText(u, 0, roster.Role)
	u.grid.MoveTo(0, col-1, false)
	u.grid.MoveTo(1, col, true)
	u.grid.TypedKey(key(fyne.KeyDelete))
	for row := range 2 {
		if cellText(u, row, roster.Municipality) != "" || cellText(u, row, roster.Role) != "" {
			t.Errorf("row %d not cleared", row)
		}
	}
	if cellText(u, 2, roster.Role) == "" {
		t.Error("a row outside the selection was cleared")
	}
	u.onUndo()
	if cellText(u, 0, roster.Role) != role {
		t.Error("undo brings the cells back")
	}
}

func TestCopyAndPasteThroughTheClipboard(t *testing.T) {
	u := newTestUI(t)
	cb := u.app.Clipboard()
	u.grid.MoveTo(0, 1, false)
	u.grid.MoveTo(1, 2, true)
	u.grid.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	if got := cb.Content(); got != "Alva\tLindqvist\r\nElias\tBergström\r\n" {
		t.Errorf("copied %q", got)
	}
	cb.SetContent("Ada\tLind\n")
	u.grid.MoveTo(2, 1, false)
	u.grid.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if cellText(u, 2, roster.FirstName) != "Ada" || cellText(u, 2, roster.LastName) != "Lind" {
		t.Error("paste did not write the cells")
	}
}

// cellFill draws cell id and returns its background colour.
func cellFill(u *UI, row int, f roster.Field) *canvas.Rectangle {
	o := u.grid.CreateCell()
	u.grid.UpdateCell(widget.TableCellID{Row: row, Col: int(editor.FieldColumn(f))}, o)
	return o.(*fyne.Container).Objects[0].(*canvas.Rectangle)
}

func TestCellColoursSayErrorAndWarning(t *testing.T) {
	u := newTestUI(t)
	u.grid.MoveTo(0, 0, false)
	if got := cellFill(u, rowOf(t, u, "Noah"), roster.Class).FillColor; got != u.grid.palette.err {
		t.Errorf("a bare grade is drawn %v, want the error colour %v", got, u.grid.palette.err)
	}
	if got := cellFill(u, rowOf(t, u, "Maja"), roster.Class).FillColor; got != u.grid.palette.warn {
		t.Errorf("class 9 a is drawn %v, want the warning colour", got)
	}
	if got := cellFill(u, rowOf(t, u, "Maja"), roster.FirstName).FillColor; got != u.grid.palette.none {
		t.Errorf("a good cell is drawn %v", got)
	}
	if got := cellFill(u, rowOf(t, u, "Astrid"), roster.FirstName).FillColor; got != u.grid.palette.protected {
		t.Errorf("a protected row is drawn %v", got)
	}
}

func TestRowHeightIsWhole(t *testing.T) {
	test.NewTempApp(t)
	if h := newCell().MinSize().Height; h != rowHeight {
		t.Errorf("cell height %v, want %d: ScrollTo needs whole heights", h, rowHeight)
	}
	if h := newHeader().MinSize().Height; h != rowHeight {
		t.Errorf("header height %v, want %d", h, rowHeight)
	}
}

// Ctrl+A selects every cell with the cursor on the first one, in view:
// typing then edits that cell, never one far out of sight.
func TestSelectAllKeepsTheCursorInView(t *testing.T) {
	u := newTestUI(t)
	u.grid.MoveTo(3, 2, false)
	u.grid.TypedShortcut(&fyne.ShortcutSelectAll{})
	if row, col := u.grid.Cursor(); row != 0 || col != 0 {
		t.Fatalf("cursor on %d,%d after Ctrl+A, want the first cell", row, col)
	}
	rows, cols := u.grid.length()
	if !u.grid.inRange(widget.TableCellID{Row: rows - 1, Col: cols - 1}) || !u.grid.inRange(widget.TableCellID{Row: 0, Col: 0}) {
		t.Fatal("Ctrl+A should select every cell")
	}
}

// Going back to the first cell from the far end of a list scrolls all the
// way back: the cell is not left under the header row or the row numbers.
func TestCursorClearOfHeaders(t *testing.T) {
	u := newTestUI(t)
	rows, cols := u.grid.length()
	u.grid.MoveTo(rows-1, cols-1, false)
	off, ok := u.grid.scrollOffset()
	if !ok {
		t.Fatal("cannot read the table's scroll offset: Fyne changed")
	}
	if off.X <= 0 || off.Y <= 0 {
		t.Fatalf("offset %v after moving to the last cell: the test window should need scrolling", off)
	}
	u.grid.MoveTo(0, 0, false)
	if off, _ := u.grid.scrollOffset(); off.X != 0 || off.Y != 0 {
		t.Errorf("offset %v at the first cell, want 0,0", off)
	}
	u.grid.MoveTo(rows-1, cols-1, false)
	u.grid.MoveTo(3, 1, false)
	off, _ = u.grid.scrollOffset()
	pad := u.grid.Theme().Size("padding")
	if x := u.grid.columnWidth(0) + pad; off.X > x {
		t.Errorf("offset x %v, want at most %v so column 1 shows whole", off.X, x)
	}
	if y := 3 * (rowHeight + pad); off.Y > y {
		t.Errorf("offset y %v, want at most %v so row 3 shows whole", off.Y, y)
	}
}
