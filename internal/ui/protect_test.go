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

// Taking away a mark the file set asks first, naming the column; Cancel
// keeps it (tester T21).
func TestRemovingTheFilesMarkAsks(t *testing.T) {
	u := newTestUI(t)
	ture := rowOf(t, u, "Ture")
	if !u.doc.Row(ture).Protected {
		t.Fatal("the sample marks Ture protected")
	}
	u.grid.MoveTo(ture, 0, false)
	u.onProtect(false)
	if u.unmark == nil || !u.doc.Row(ture).Protected {
		t.Fatalf("no question (%v), or the mark went at once (%v)", u.unmark, !u.doc.Row(ture).Protected)
	}
	if top := u.win.Canvas().Overlays().Top(); !hasLabel(top, `"Skyddad identitet"`) {
		t.Error("the question does not name the column")
	}
	tapButton(t, u.win.Canvas().Overlays().Top(), "Cancel")
	if !u.doc.Row(ture).Protected {
		t.Fatal("Cancel took the mark away")
	}
	u.grid.MoveTo(ture, 0, false)
	u.onProtect(false)
	tapButton(t, u.win.Canvas().Overlays().Top(), "Remove the mark")
	if u.doc.Row(ture).Protected {
		t.Fatal("the mark should be gone")
	}
}
