package ui

import (
	"testing"
)

// A row can be marked as protected identity by hand, and the mark taken
// away; the status bar counts it and Undo takes it back.
func TestMarkRowsProtected(t *testing.T) {
	u := newTestUI(t)
	noah := rowOf(t, u, "Noah")
	u.grid.MoveTo(noah, 0, false)
	before := u.doc.Status().Protected
	u.onProtect(true)
	if !u.doc.Row(noah).Protected || u.doc.Status().Protected != before+1 {
		t.Fatalf("Noah protected %v, %d protected rows, want %d", u.doc.Row(noah).Protected, u.doc.Status().Protected, before+1)
	}
	u.onUndo()
	if u.doc.Row(noah).Protected {
		t.Fatal("undo should take the mark away")
	}
	u.onRedo()
	u.grid.MoveTo(noah, 0, false)
	u.onProtect(false)
	if u.doc.Row(noah).Protected {
		t.Fatal("the mark should be gone")
	}
}
