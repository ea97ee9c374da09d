package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
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

// An SDS list says on the bar above the grid which users.csv column its
// SSOID comes from, and offers the other: the list is read again with it,
// and the choice is remembered for the next SDS export opened.
func TestSDSSSOIDChoiceIsRemembered(t *testing.T) {
	u := newWindow(t)
	sds := filepath.Join(schoolDataDir, "sds")
	u.OpenFile(sds)
	manual(u).settle()
	if !u.mapBar.box.Visible() || !strings.Contains(u.mapBar.text.Text, "username") || u.mapBar.button.Text != "Read SSOID from activeDirectoryMatchId" {
		t.Fatalf("bar %q (shown %v), button %q", u.mapBar.text.Text, u.mapBar.box.Visible(), u.mapBar.button.Text)
	}
	test.Tap(u.mapBar.button)
	manual(u).settle()
	if got := u.doc.Roster().Rows[0].Values[roster.SSOID]; got != "ad-1001" || u.prefs.SDSSSOID() != schooldata.SSOIDADMatch {
		t.Fatalf("SSOID %q, remembered %q", got, u.prefs.SDSSSOID())
	}
	u.OpenFile(filepath.Join(schoolDataDir, "sds.zip"))
	manual(u).settle()
	if got := u.doc.Roster().Rows[0].Values[roster.SSOID]; got != "ad-1001" || u.mapBar.button.Text != "Read SSOID from username" {
		t.Fatalf("opened again: SSOID %q, button %q", got, u.mapBar.button.Text)
	}
	test.Tap(u.mapBar.button)
	manual(u).settle()
	if got := u.doc.Roster().Rows[0].Values[roster.SSOID]; got != "elsa.ek@ale.example.se" || u.prefs.SDSSSOID() != "" {
		t.Errorf("back: SSOID %q, remembered %q", got, u.prefs.SDSSSOID())
	}
	// A spreadsheet has no such choice.
	u.setDocument(openSample(t))
	if u.mapBar.box.Visible() && strings.Contains(u.mapBar.text.Text, "SSOID") {
		t.Errorf("the sample list offers the SSOID column: %q", u.mapBar.text.Text)
	}
}

// The window reads an export for today; an export dialog dated a day on
// which other people are in it refuses, says why, and reads the list
// again for that day, then asks again with the date kept. A day with no
// start or end between is exported as read.
func TestExportDateReadsTheListAgain(t *testing.T) {
	u := newWindow(t) // today is 2026-09-01: the summer after the test term
	u.OpenFile(filepath.Join(schoolDataDir, "ss12000"))
	manual(u).settle()
	if c := u.doc.Roster().Count(); c.Students != 0 || c.Teachers == 0 {
		t.Fatalf("read for the summer: %+v", c)
	}
	u.onExport()
	e := u.exporter
	e.date.SetText("20261001")
	if e.reread.Visible() {
		t.Errorf("no turn between 1 Sep and 1 Oct, yet: %q", e.note.Text)
	}
	e.date.SetText("20260115")
	if !e.reread.Visible() || !e.Blocked() || !strings.Contains(e.note.Text, "20260901") || e.reread.Text != "Read again for 20260115" {
		t.Fatalf("a day of term: blocked %v, note %q, button %q (shown %v)", e.Blocked(), e.note.Text, e.reread.Text, e.reread.Visible())
	}
	test.Tap(e.reread)
	manual(u).settle()
	if c := u.doc.Roster().Count(); c.Students == 0 || !u.doc.ReadFor().Equal(time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("read again: %+v, for %v", c, u.doc.ReadFor())
	}
	e = u.exporter
	if e.date.Text != "20260115" || e.reread.Visible() || strings.Contains(e.note.Text, "20260901") {
		t.Errorf("the dialog again: date %q, note %q, read again shown %v", e.date.Text, e.note.Text, e.reread.Visible())
	}
}
