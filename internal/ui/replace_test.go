package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// exportableUI is the window with the sample list, its error rows
// deleted so that it may be exported.
func exportableUI(t *testing.T) *UI {
	t.Helper()
	u := newTestUI(t)
	var rows []roster.RowID
	for _, p := range u.doc.Checker().Problems() {
		if p.Severity == check.Error {
			rows = append(rows, p.Row)
		}
	}
	u.doc.DeleteRows(rows)
	if errs, _ := u.doc.Checker().Counts(); errs > 0 {
		t.Fatalf("errors left: %v", u.doc.Checker().Problems())
	}
	return u
}

// TestExportAsksBeforeReplacing exports twice to the same name: the
// second time the window says the file exists, with its rows and date,
// and offers Replace or another folder; nothing is written until Replace.
func TestExportAsksBeforeReplacing(t *testing.T) {
	u := exportableUI(t)
	dir := u.prefs.ExportFolder()
	path := filepath.Join(dir, "Binogi_Borås_20260901.xlsx")
	u.onExport()
	u.exporter.export()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the first export wrote nothing: %v", err)
	}
	stamp := time.Date(2026, 8, 31, 14, 2, 0, 0, time.Local)
	if err := os.Chtimes(path, stamp, stamp); err != nil {
		t.Fatal(err)
	}
	rows := u.doc.Status().Rows - u.doc.Status().Protected

	u.doc.DeleteRows([]roster.RowID{u.doc.Row(0).ID})
	u.onExport()
	u.exporter.export()
	q := u.exporter.question
	if q == nil {
		t.Fatal("the export did not ask about the existing file")
	}
	text := overlayText(u)
	for _, want := range []string{"Binogi_Borås_20260901.xlsx", filepath.Base(dir), count(rows, "%d row", "%d rows"), "2026-08-31 14:02"} {
		if !strings.Contains(text, want) {
			t.Errorf("the question does not say %q: %q", want, text)
		}
	}
	for _, b := range []string{"Replace", "Another folder…", "Cancel"} {
		if overlayButton(u, b) == nil {
			t.Errorf("no button %q", b)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Fatal("the file was replaced before the user said so")
	}

	q.cancel.OnTapped()
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Fatal("Cancel replaced the file")
	}
	u.exporter.export()
	u.exporter.question.replace.OnTapped()
	after, _ := os.ReadFile(path)
	if bytes.Equal(after, before) {
		t.Fatal("Replace did not write the new list")
	}
	if u.exporter.plan.Replace {
		t.Error("the dialog's plan keeps Replace: the next export to another name would not ask")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files, want 1", len(entries))
	}
}
