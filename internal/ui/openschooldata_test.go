package ui

import (
	"path/filepath"
	"strings"
	"testing"
)

// schoolDataDir holds the test exports of a small municipality in each
// school data standard (internal/schooldata/testdata/make.py).
var schoolDataDir = filepath.Join("..", "schooldata", "testdata")

// Opening a folder of an SDS export shows its people, names the format in
// the status bar, and the export dialog asks for the word on protected
// identity before it lets the list out.
func TestOpeningASchoolDataFolder(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(filepath.Join(schoolDataDir, "sds"))
	manual(u).settle()
	if u.doc == nil || u.doc.Len() != 4 {
		t.Fatalf("the SDS folder did not open as 4 rows: %v", u.doc)
	}
	if !strings.HasPrefix(u.status.Text, "sds (SDS)") || !strings.Contains(u.status.Text, "2 students") {
		t.Errorf("status %q", u.status.Text)
	}
	u.onExport()
	e := u.exporter
	if e.noMarks == nil || !e.Blocked() {
		t.Fatalf("no box to tick, or not blocked: %v, %v", e.noMarks, e.Blocked())
	}
	e.noMarks.SetChecked(true)
	if e.Blocked() {
		t.Fatal("still blocked with the box ticked")
	}
	e.noMarks.SetChecked(false)
	if !e.Blocked() {
		t.Fatal("not blocked with the box unticked")
	}
	e.noMarks.SetChecked(true)
	e.export()
	manual(u).settle()
	if !strings.Contains(overlayText(u), "4 rows written") {
		t.Errorf("no confirmation of the export: %q", overlayText(u))
	}
}

// A spreadsheet's export dialog has no such box, and an SS12000 zip opens
// from File > Open as any file does.
func TestSchoolDataZipOpensAsAFile(t *testing.T) {
	u := newTestUI(t)
	u.onExport()
	if u.exporter.noMarks != nil {
		t.Error("the sample list's export asks for the word on protected identity")
	}
	u.exporter.dlg.Hide()
	u.OpenFile(filepath.Join(schoolDataDir, "ss12000.zip"))
	manual(u).settle()
	if u.doc == nil || u.doc.SourceFormat() != "SS12000" || !strings.Contains(u.status.Text, "ss12000.zip (SS12000)") {
		t.Errorf("status %q", u.status.Text)
	}
}
