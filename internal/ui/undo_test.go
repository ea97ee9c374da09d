package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// TestUndoShowsTheCellItChanged edits a cell, moves away, and checks that
// Undo and Redo (Ctrl+Shift+Z in the grid too) bring the cursor back to
// that cell.
func TestUndoShowsTheCellItChanged(t *testing.T) {
	u := newTestUI(t)
	noah := rowOf(t, u, "Noah")
	class := int(editor.FieldColumn(roster.Class))
	u.doc.SetCell(u.doc.Row(noah).ID, editor.FieldColumn(roster.Class), "9C")
	u.grid.MoveTo(0, 0, false)
	u.onUndo()
	if row, col := u.grid.Cursor(); row != noah || int(col) != class {
		t.Errorf("after undo the cursor is on %d,%d, want %d,%d", row, col, noah, class)
	}
	if got := cellText(u, noah, roster.Class); got != "9" {
		t.Errorf("after undo the class is %q", got)
	}
	u.grid.MoveTo(0, 0, false)
	u.grid.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if got := cellText(u, noah, roster.Class); got != "9C" {
		t.Errorf("Ctrl+Shift+Z did not redo: class %q", got)
	}
	if row, _ := u.grid.Cursor(); row != noah {
		t.Errorf("after redo the cursor is on row %d, want %d", row, noah)
	}
}

// TestCtrlHomeAndEndJump checks Ctrl+End to the last cell and Ctrl+Home
// back to the first, as in a spreadsheet.
func TestCtrlHomeAndEndJump(t *testing.T) {
	u := newTestUI(t)
	u.grid.MoveTo(3, 2, false)
	u.grid.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEnd, Modifier: fyne.KeyModifierShortcutDefault})
	if row, col := u.grid.Cursor(); row != u.doc.Len()-1 || int(col) != u.doc.NumColumns()-1 {
		t.Errorf("Ctrl+End went to %d,%d", row, col)
	}
	u.grid.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyHome, Modifier: fyne.KeyModifierShortcutDefault})
	if row, col := u.grid.Cursor(); row != 0 || col != 0 {
		t.Errorf("Ctrl+Home went to %d,%d", row, col)
	}
}
