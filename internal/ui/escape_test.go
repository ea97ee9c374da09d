package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// pressKey types the key as the window's driver hands it on: to the object
// that has the keyboard, or to the canvas when none has.
func pressKey(u *UI, name fyne.KeyName) {
	c := u.win.Canvas()
	if f := c.Focused(); f != nil {
		f.TypedKey(key(name))
		return
	}
	c.OnTypedKey()(key(name))
}

// overlays counts the window's overlays (its open dialogs).
func overlays(u *UI) int { return len(u.win.Canvas().Overlays().List()) }

// TestEscapeClosesTheExportDialog: Esc cancels the export dialog, with
// nothing focused in it and from its date entry, and writes nothing.
func TestEscapeClosesTheExportDialog(t *testing.T) {
	u := exportableUI(t)
	u.onExport()
	u.onExport() // Ctrl+E again: the menu's shortcuts work over a dialog
	if overlays(u) != 1 {
		t.Fatalf("%d overlays with the export dialog open", overlays(u))
	}
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 0 {
		t.Fatal("Esc left the export dialog open")
	}

	u.onExport()
	u.win.Canvas().Focus(u.exporter.date)
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 0 {
		t.Fatal("Esc in the date entry left the export dialog open")
	}
	u.onExport()
	u.win.Canvas().Focus(u.exporter.date)
	pressKey(u, fyne.KeyEnd)
	pressKey(u, fyne.KeyBackspace)
	if got, was := u.exporter.date.Text, u.now().Format(dateLayout); got != was[:len(was)-1] {
		t.Errorf("Backspace in the date entry left %q of %q", got, was)
	}
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 0 {
		t.Fatal("Esc in the date entry left the export dialog open after other keys")
	}
	assertNoExport(t, u)
}

// TestEscapeClosesTheTopDialogOnly: Esc in the question about an existing
// file closes the question, not the export dialog under it; Esc in the
// folder chooser opened from the export dialog leaves the export dialog.
func TestEscapeClosesTheTopDialogOnly(t *testing.T) {
	u := exportableUI(t)
	u.onExport()
	u.exporter.export() // the first export
	test.Tap(overlayButton(u, "Close"))
	u.onExport()
	u.exporter.export()
	if u.exporter.question == nil || overlays(u) != 2 {
		t.Fatalf("no question over the export dialog (%d overlays)", overlays(u))
	}
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 1 || u.win.Canvas().Overlays().Top() == nil {
		t.Fatalf("Esc in the question: %d overlays, want the export dialog", overlays(u))
	}
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 0 {
		t.Fatal("a second Esc left the export dialog open")
	}

	u.onExport()
	u.exporter.chooseFolder()
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 2 {
		t.Errorf("Esc in the folder chooser: %d overlays, want it and the export dialog", overlays(u))
	}
}

// assertNoExport fails if the export folder holds a file.
func assertNoExport(t *testing.T, u *UI) {
	t.Helper()
	if entries, _ := os.ReadDir(u.prefs.ExportFolder()); len(entries) != 0 {
		t.Errorf("Esc exported: %v", entries)
	}
}
