package editor

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"rosterdesk/internal/check"
	"rosterdesk/internal/sheet"
)

// A school-data list without protected-identity marks is read again with
// a list of protected people, which answers protected_unknown and leaves
// out whom it names (tester T25: the window's message offered a list the
// window had no way to read); a line naming no one is an error. A flat
// list has no such reading.
func TestReadProtectedList(t *testing.T) {
	date := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	d, err := OpenWith(filepath.Join("..", "schooldata", "testdata", "sds"), sheet.ReadOptions{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	if !d.NeedsNoMarksConfirmation() {
		t.Fatal("an SDS list does not wait for the word on protection")
	}
	list := filepath.Join(t.TempDir(), "skyddade.txt")
	os.WriteFile(list, []byte("# skyddade\nnils.holm@ale.example.se\n"), 0o644)
	read, err := d.ReadProtectedList(list)
	if err != nil {
		t.Fatal(err)
	}
	if read.NeedsNoMarksConfirmation() || read.Roster().Count().Protected != 1 || !read.ReadFor().Equal(date) {
		t.Errorf("needs word %v, %d protected, read for %v", read.NeedsNoMarksConfirmation(), read.Roster().Count().Protected, read.ReadFor())
	}
	for _, p := range read.PlanExport(t.TempDir(), date).Errors {
		t.Errorf("error %s: %s", p.Code, p.Message)
	}
	os.WriteFile(list, []byte("nils.holm@ale.exmple.se\n"), 0o644)
	if read, err = d.ReadProtectedList(list); err != nil {
		t.Fatal(err)
	}
	if p := read.PlanExport(t.TempDir(), date); len(p.Errors) != 1 || p.Errors[0].Code != check.CodeProtectedListUnmatched {
		t.Errorf("a line naming no one: errors %v", p.Errors)
	}
	if _, err := openSample(t).ReadProtectedList(list); err == nil {
		t.Error("a flat list read a protected people list")
	}
}
