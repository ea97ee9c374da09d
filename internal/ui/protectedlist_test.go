package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An SDS list waits for the word on protected identity; reading a list of
// protected people from File answers it (tester T25: the problem offered
// a list the window had no way to read), and its export dialog then has
// no box to tick.
func TestReadProtectedListAnswersProtectedUnknown(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(filepath.Join(schoolDataDir, "sds"))
	manual(u).settle()
	if u.doc == nil || !u.doc.NeedsNoMarksConfirmation() {
		t.Fatal("the SDS list does not wait for the word on protection")
	}
	// Map columns says what the window offers, not that the list was not
	// read from a file.
	u.onMapColumns()
	if text := overlayText(u); !strings.Contains(text, "File > Read list of protected people…") || strings.Contains(text, "Only a list read from a file") {
		t.Errorf("Map columns says %q", text)
	}
	list := filepath.Join(t.TempDir(), "skyddade.txt")
	if err := os.WriteFile(list, []byte("nils.holm@ale.example.se\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	u.ReadProtectedList(list)
	manual(u).settle()
	if u.doc.NeedsNoMarksConfirmation() || u.doc.Roster().Count().Protected != 1 {
		t.Fatalf("after the list: needs word %v, %d protected", u.doc.NeedsNoMarksConfirmation(), u.doc.Roster().Count().Protected)
	}
	u.onExport()
	if u.exporter.noMarks != nil || u.exporter.Blocked() {
		t.Errorf("box %v, blocked %v", u.exporter.noMarks, u.exporter.Blocked())
	}
}
