package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

func TestClickingAProblemSelectsItsCell(t *testing.T) {
	u := newTestUI(t)
	noah := u.doc.Row(rowOf(t, u, "Noah")).ID
	for i, it := range u.problems.items {
		if it.heading || it.p.Row != noah {
			continue
		}
		u.problems.list.Select(i)
		row, col := u.grid.Cursor()
		if u.doc.Row(row).ID != noah || col != editor.FieldColumn(it.p.Field) {
			t.Errorf("cursor on %d,%d after clicking %q", row, col, it.p.Message)
		}
		if u.cellProblems.Text == "" || u.cellProblems.Text == "No problem in this cell." {
			t.Errorf("the cell's problem is not shown in words: %q", u.cellProblems.Text)
		}
		return
	}
	t.Fatal("Noah's problem is not in the panel")
}

func TestFixAllFixesAGroup(t *testing.T) {
	u := newTestUI(t)
	u.onFixAll(check.CodeClassFormat)
	for _, it := range u.problems.items {
		if it.code == check.CodeClassFormat {
			t.Fatalf("class format problems left after Fix all: %+v", it)
		}
	}
	if got := cellText(u, rowOf(t, u, "Maja"), roster.Class); got != "9A" {
		t.Errorf("Maja's class = %q", got)
	}
}

func TestExportIsBlockedWhileErrorsRemain(t *testing.T) {
	u := newTestUI(t)
	dir := u.prefs.ExportFolder()
	u.onExport()
	e := u.exporter
	if e == nil || !e.Blocked() {
		t.Fatal("the export dialog must refuse while errors remain")
	}
	if e.name.Text != "Binogi_Borås_20260901.xlsx" {
		t.Errorf("file name %q", e.name.Text)
	}
	test.Tap(e.button)
	e.export()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a file was written: %v", entries)
	}
	if !e.municipality.Disabled() {
		t.Error("the rows name Borås: the file may not be named after another municipality")
	}
}

func TestQuitAsksAboutUnsavedChanges(t *testing.T) {
	u := newTestUI(t)
	u.doc.SetCell(u.doc.Row(0).ID, 1, "Alvina")
	u.onQuit()
	if u.unsaved == nil {
		t.Fatal("quitting with unsaved changes must ask first")
	}
	// The school system's export is never overwritten: the question names
	// the working copy Save writes.
	if want := "Save the changes in a working copy, elevlista.xlsx? elevlista.csv itself stays as it is."; !strings.Contains(overlayText(u), want) {
		t.Errorf("the question says %q, want %q", overlayText(u), want)
	}
}
