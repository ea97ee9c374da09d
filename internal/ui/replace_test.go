package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

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

// TestExistingFileIsReadOffTheWindow: the file an export would replace is
// read, to say its rows and date, off the window's goroutine behind a
// progress dialog; the question comes once it is read, and Cancel while
// it is read goes back to the export dialog without asking.
func TestExistingFileIsReadOffTheWindow(t *testing.T) {
	u := exportableUI(t)
	u.onExport()
	u.exporter.export()
	test.Tap(overlayButton(u, "Close"))
	rows := u.doc.Status().Rows - u.doc.Status().Protected
	m := manual(u)
	m.hold = true

	m.gate = make(chan struct{})
	u.onExport()
	u.exporter.export()
	if u.progress == nil || u.exporter.question != nil {
		t.Fatalf("the existing file was not read in the background (progress %v, question %v)", u.progress, u.exporter.question)
	}
	if !strings.Contains(overlayText(u), "Binogi_Borås_20260901.xlsx") {
		t.Errorf("the progress dialog does not name the file: %q", overlayText(u))
	}
	close(m.gate)
	m.settle()
	if u.progress != nil || u.exporter.question == nil {
		t.Fatal("no question once the file was read")
	}
	if text := overlayText(u); !strings.Contains(text, count(rows, "%d row", "%d rows")) {
		t.Errorf("the question does not say the file's rows: %q", text)
	}
	test.Tap(u.exporter.question.cancel)

	m.gate = make(chan struct{})
	u.exporter.question = nil
	u.exporter.export()
	test.Tap(overlayButton(u, "Cancel"))
	close(m.gate)
	m.settle()
	if u.exporter.question != nil {
		t.Error("asked about the file after Cancel")
	}
	if overlays(u) != 1 || overlayButton(u, "Export") == nil {
		t.Errorf("Cancel did not go back to the export dialog (%d overlays)", overlays(u))
	}
}
