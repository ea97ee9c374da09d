package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/sheet"
)

// TestProgressBarStopsWhenItsDialogCloses: a bar left running in a hidden
// dialog redraws the window 60 times a second while the program idles.
func TestProgressBarStopsWhenItsDialogCloses(t *testing.T) {
	u := newTestUI(t)
	d := newProgressDialog("elevlista.csv", u.win)
	d.Show()
	bar, _ := overlayWidget(u, func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.ProgressBarInfinite)
		return ok
	}).(*widget.ProgressBarInfinite)
	if bar == nil || !bar.Running() {
		t.Fatal("no moving progress bar while the dialog is shown")
	}
	d.Hide()
	if bar.Running() {
		t.Error("the progress bar still animates after its dialog closed")
	}
}

// TestExportingALargeListKeepsTheWindowAnswering exports 100,000 rows and,
// while the file is written and read back, keeps pressing the arrow keys
// in the grid: every press moves the cursor at once, and the export ends
// with the file written and the window saying so.
func TestExportingALargeListKeepsTheWindowAnswering(t *testing.T) {
	const n = 100_000
	u := windowOn(t, n, clean)
	m := manual(u)
	m.hold, m.gate = true, make(chan struct{})
	u.onExport()
	if u.exporter.Blocked() || len(u.exporter.plan.Warnings) > 0 {
		t.Fatalf("the list must be clean: %d errors, %d warnings", len(u.exporter.plan.Errors), len(u.exporter.plan.Warnings))
	}
	u.exporter.export()
	if u.progress == nil {
		t.Fatal("no progress dialog while the file is written")
	}
	presses := 0
	press := func() {
		row, _ := u.grid.Cursor()
		u.grid.TypedKey(key(fyne.KeyDown))
		if got, _ := u.grid.Cursor(); got != row+1 {
			t.Fatalf("press %d: the cursor is on row %d, want %d", presses, got, row+1)
		}
		presses++
	}
	press() // the export is in flight: its work waits at the gate
	close(m.gate)
	for m.busy() {
		press()
	}
	m.settle()
	if u.progress != nil {
		t.Error("the progress dialog stays after the export")
	}
	if !strings.Contains(overlayText(u), "100000 rows written") {
		t.Errorf("no confirmation of the export: %q", overlayText(u))
	}
	imp, err := sheet.ReadFile(filepath.Join(u.prefs.ExportFolder(), u.exporter.plan.Name()))
	if err != nil {
		t.Fatal(err)
	}
	if imp.Roster.Len() != n {
		t.Errorf("the file holds %d rows, want %d", imp.Roster.Len(), n)
	}
	t.Logf("%d presses answered while the file was written", presses)
}

// TestSavingALargeListKeepsTheWindowAnswering is the same for Save As.
func TestSavingALargeListKeepsTheWindowAnswering(t *testing.T) {
	u := windowOn(t, 20_000, clean)
	m := manual(u)
	m.hold, m.gate = true, make(chan struct{})
	path := filepath.Join(t.TempDir(), "arbetskopia.xlsx")
	saved := ""
	u.saveTo(path, func(p string) { saved = p })
	if u.progress == nil || saved != "" {
		t.Fatalf("progress %v, saved %q: the save must be in flight", u.progress, saved)
	}
	u.grid.TypedKey(key(fyne.KeyDown))
	if row, _ := u.grid.Cursor(); row != 1 {
		t.Fatalf("the grid did not answer while saving: cursor on row %d", row)
	}
	close(m.gate)
	m.settle()
	if saved != path || u.doc.Dirty() || u.doc.Path() != path {
		t.Fatalf("saved %q, dirty %v, path %q", saved, u.doc.Dirty(), u.doc.Path())
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
