package editor

import (
	"strings"
	"testing"
)

// TestNoticesInTheWindowsWords: the notice of a hidden sheet, which on
// the command line says --sheet, says in the window what is done there
// (issue 13).
func TestNoticesInTheWindowsWords(t *testing.T) {
	d, err := Open(importFixture("sheets_hidden.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range d.Notices() {
		found = found || strings.Contains(n.String(), "hidden sheet")
		if strings.Contains(n.String(), "--") {
			t.Errorf("notice %q names a command-line option", n)
		}
	}
	if !found {
		t.Errorf("no notice of the hidden sheet: %q", d.Notices())
	}
}
