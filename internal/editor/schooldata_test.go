package editor

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/schooldata"
	"rosterdesk/internal/sheet"
)

// A list from an SDS export waits for the user's word on protected
// identity: only an export plan that carries it is written.
func TestSchoolDataExportNeedsTheWordOnProtection(t *testing.T) {
	imp, err := sheet.ReadFileWith(filepath.Join("..", "schooldata", "testdata", "sds.zip"), sheet.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := FromImport(imp)
	if d.SourceFormat() != "SDS" || !d.SchoolData() || !d.NeedsNoMarksConfirmation() {
		t.Fatalf("format %q, school data %v, needs confirmation %v", d.SourceFormat(), d.SchoolData(), d.NeedsNoMarksConfirmation())
	}
	out := t.TempDir()
	p := d.PlanExport(out, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	if len(p.Errors) != 1 || p.Errors[0].Code != check.CodeProtectedUnknown || len(p.Blocking()) != 1 {
		t.Fatalf("errors %v", p.Errors)
	}
	if _, err := d.Export(p); !errors.Is(err, ErrHasErrors) {
		t.Fatalf("export without the word: %v", err)
	}
	p.NoProtectedMarks = true
	if len(p.Blocking()) != 0 {
		t.Errorf("still blocked by %v", p.Blocking())
	}
	sum, err := d.Export(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(sum.Path); err != nil || filepath.Base(sum.Path) != "Binogi_Ale_20260115.xlsx" {
		t.Errorf("wrote %s: %v", sum.Path, err)
	}
}

// An xlsx or csv list, and an SS12000 one (which has a field), need no
// such word.
func TestOtherListsNeedNoWordOnProtection(t *testing.T) {
	imp, err := sheet.ReadFile(filepath.Join("..", "schooldata", "testdata", "ss12000-combined.json"))
	if err != nil {
		t.Fatal(err)
	}
	if d := FromImport(imp); d.NeedsNoMarksConfirmation() || !d.SchoolData() || d.SourceFormat() != "SS12000" {
		t.Errorf("SS12000: needs confirmation %v, format %q", d.NeedsNoMarksConfirmation(), d.SourceFormat())
	}
	if d := New(); d.NeedsNoMarksConfirmation() || d.SchoolData() {
		t.Error("a new list needs a word on protection")
	}
}

// An SDS list's SSOID comes from username, or, read again, from
// activeDirectoryMatchId, its other options kept; other lists have no
// such choice.
func TestSDSSSOIDColumn(t *testing.T) {
	date := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	d, err := OpenWith(filepath.Join("..", "schooldata", "testdata", "sds"), sheet.ReadOptions{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	first := d.Roster().Rows[0]
	if d.SSOIDColumn() != "username" || first.Values[roster.SSOID] != "elsa.ek@ale.example.se" {
		t.Fatalf("column %q, SSOID %q", d.SSOIDColumn(), first.Values[roster.SSOID])
	}
	ad, err := d.RereadSSOID(schooldata.SSOIDADMatch)
	if err != nil {
		t.Fatal(err)
	}
	first = ad.Roster().Rows[0]
	if ad.SSOIDColumn() != schooldata.SSOIDADMatch || first.Values[roster.SSOID] != "ad-1001" || !ad.ReadFor().Equal(date) {
		t.Errorf("column %q, SSOID %q, read for %v", ad.SSOIDColumn(), first.Values[roster.SSOID], ad.ReadFor())
	}
	back, err := ad.RereadSSOID("username")
	if err != nil || back.SSOIDColumn() != "username" {
		t.Errorf("back to username: %q, %v", back.SSOIDColumn(), err)
	}
	if New().SSOIDColumn() != "" {
		t.Error("a new list has an SSOID column choice")
	}
}

// Saved and opened again, a list that waits for the word on protected
// identity still waits for it: before, its working copy read back as a
// list in which no one is protected, exported with everyone (tester T48).
func TestSavedSchoolDataStillWaitsForTheWord(t *testing.T) {
	d, err := Open(filepath.Join("..", "schooldata", "testdata", "sds.zip"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	job, err := d.PrepareSave(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := job.Write(); err != nil {
		t.Fatal(err)
	}
	job.Finish()
	got, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if !got.NeedsNoMarksConfirmation() || got.Path() != path || got.Roster().Len() != d.Roster().Len() {
		t.Fatalf("reopened: needs the word %v, path %q, %d rows", got.NeedsNoMarksConfirmation(), got.Path(), got.Roster().Len())
	}
	p := got.PlanExport(t.TempDir(), time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	if len(p.Blocking()) != 1 || p.Blocking()[0].Code != check.CodeProtectedUnknown {
		t.Fatalf("blocking %v", p.Blocking())
	}
	// Saved over itself, it still does.
	job, err = got.PrepareSave("")
	if err != nil {
		t.Fatal(err)
	}
	if err := job.Write(); err != nil {
		t.Fatal(err)
	}
	if again, err := Open(path); err != nil || !again.NeedsNoMarksConfirmation() {
		t.Errorf("saved over itself: %v", err)
	}
}
