package editor

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// cleanSample is the sample list with its errors repaired, ready to
// export.
func cleanSample(t *testing.T) *Document {
	t.Helper()
	d := openSample(t)
	for _, p := range d.Checker().Problems() {
		if p.Severity == check.Error {
			d.DeleteRows([]roster.RowID{p.Row})
		}
	}
	if errs, _ := d.Checker().Counts(); errs > 0 {
		t.Fatalf("errors left: %v", d.Checker().Problems())
	}
	return d
}

func TestExportNeverReplacesUnasked(t *testing.T) {
	d := cleanSample(t)
	dir := t.TempDir()
	plan := d.PlanExport(dir, mustDate("20260901"))
	if _, ok := plan.Existing(); ok {
		t.Fatal("a file exists before the first export")
	}
	first, err := d.Export(plan)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(plan.Path())
	stamp := time.Date(2026, 8, 31, 14, 2, 0, 0, time.Local)
	if err := os.Chtimes(plan.Path(), stamp, stamp); err != nil {
		t.Fatal(err)
	}

	d.DeleteRows([]roster.RowID{d.Roster().Rows[0].ID})
	_, err = d.Export(plan)
	var exists *ExistsError
	if !errors.As(err, &exists) {
		t.Fatalf("Export over an existing file = %v, want an *ExistsError", err)
	}
	if exists.Path != plan.Path() {
		t.Errorf("the error names %s, want %s", exists.Path, plan.Path())
	}
	if f, ok := ReadExisting(exists.Path); !ok || f.Rows != first.Rows || !f.Modified.Equal(stamp) {
		t.Errorf("existing file = %+v, want %s with %d rows from %v", f, plan.Path(), first.Rows, stamp)
	}
	if after, _ := os.ReadFile(plan.Path()); !bytes.Equal(after, before) {
		t.Error("the existing file was changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d files", len(entries))
	}

	plan.Replace = true
	if _, err := d.Export(plan); err != nil {
		t.Fatalf("Export with Replace: %v", err)
	}
	if after, _ := os.ReadFile(plan.Path()); bytes.Equal(after, before) {
		t.Error("Replace did not write the new list")
	}
}

func TestExistingFileThatIsNoRoster(t *testing.T) {
	d := cleanSample(t)
	dir := t.TempDir()
	plan := d.PlanExport(dir, mustDate("20260901"))
	if err := os.WriteFile(plan.Path(), []byte("not a workbook"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, ok := plan.Existing()
	if !ok || f.Rows != -1 {
		t.Errorf("Existing = %+v, %v; want a file whose rows cannot be counted", f, ok)
	}
	if _, err := d.Export(plan); err == nil {
		t.Error("replaced an unreadable file unasked")
	}
	if err := os.Remove(plan.Path()); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone"), plan.Path()); err == nil {
		if _, err := d.Export(plan); err == nil {
			t.Error("replaced a link unasked")
		}
	}
}
