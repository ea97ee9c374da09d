package editor

import (
	"path/filepath"
	"testing"
	"time"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// A save written while the list is edited writes the list as it was when
// the save began, and leaves the edit unsaved.
func TestSaveJobWritesTheSnapshotAndKeepsLaterEditsUnsaved(t *testing.T) {
	d := openSample(t)
	path := filepath.Join(t.TempDir(), "arbetskopia.xlsx")
	job, err := d.PrepareSave(path)
	if err != nil {
		t.Fatal(err)
	}
	first := d.Roster().Rows[0]
	was := first.Values[roster.FirstName]
	d.SetCell(first.ID, FieldColumn(roster.FirstName), "Ändrad")
	if err := job.Write(); err != nil {
		t.Fatal(err)
	}
	job.Finish()
	if !d.Dirty() || d.Path() != path {
		t.Errorf("after a save that an edit overtook: dirty %v, path %q", d.Dirty(), d.Path())
	}
	imp, err := sheet.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := imp.Roster.Rows[0].Values[roster.FirstName]; got != was {
		t.Errorf("the file holds %q, want %q as it was when the save began", got, was)
	}

	// Saved again with nothing in between, the list is saved.
	if err := d.Save(""); err != nil {
		t.Fatal(err)
	}
	if d.Dirty() {
		t.Error("dirty after a save nothing overtook")
	}
}

// An export job writes the list as it was when the export began.
func TestExportJobWritesTheSnapshot(t *testing.T) {
	d := New()
	d.Paste(0, 0, "anna.berg@skola.se\tAnna\tBerg\t9A\tSkolan\tBorås\tstudent")
	plan := d.PlanExport(t.TempDir(), time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC))
	job, err := d.PrepareExport(plan)
	if err != nil {
		t.Fatal(err)
	}
	d.SetCell(d.Roster().Rows[0].ID, FieldColumn(roster.FirstName), "Ändrad")
	sum, err := job.Write()
	if err != nil {
		t.Fatal(err)
	}
	imp, err := sheet.ReadFile(sum.Path)
	if err != nil {
		t.Fatal(err)
	}
	if got := imp.Roster.Rows[0].Values[roster.FirstName]; got != "Anna" || sum.Rows != 1 {
		t.Errorf("exported %d rows, first name %q; want 1, Anna", sum.Rows, got)
	}
}
