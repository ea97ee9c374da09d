package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// typeInto types text into a cell with the keyboard, as a user does:
// move there, type, Enter.
func typeInto(t *testing.T, u *UI, first string, f roster.Field, text string) {
	t.Helper()
	u.grid.MoveTo(rowOf(t, u, first), int(editor.FieldColumn(f)), false)
	runes := []rune(text)
	u.grid.TypedRune(runes[0])
	test.Type(u.entry, string(runes[1:]))
	u.entry.TypedKey(key(fyne.KeyReturn))
}

// TestSecretaryFixesAndExports is the story in the window: fix
// the sample list with the keyboard and the one-click fixes, then export.
func TestSecretaryFixesAndExports(t *testing.T) {
	u := newTestUI(t)
	dir := u.prefs.ExportFolder()
	typeInto(t, u, "Noah", roster.Class, "9c")
	typeInto(t, u, "Liam", roster.Email, "liam.forsberg@elev.solbacka.se")
	typeInto(t, u, "Wilma", roster.Email, "wilma.ekstrom@elev.solbacka.se")
	typeInto(t, u, "Lucas", roster.Email, "lucas.wikstrom@elev.solbacka.se")
	typeInto(t, u, "Isak", roster.Class, "7a")
	typeInto(t, u, "Signe", roster.Role, "Elev")
	u.onFixAll(check.CodeClassFormat)
	u.onFixAll(check.CodeSpellingVariant) // Boras for Borås
	if s := u.doc.Status(); s.Errors != 0 {
		t.Fatalf("errors left: %v", u.doc.Checker().Problems())
	}
	if m := cellText(u, rowOf(t, u, "Adam"), roster.Municipality); m != "Borås" {
		t.Errorf("Fix all of spelling variants left the municipality %q", m)
	}
	u.onExport()
	if u.exporter.Blocked() {
		t.Fatal("export still blocked without errors")
	}
	u.exporter.export()
	want := filepath.Join(dir, "Binogi_Borås_20260901.xlsx")
	if _, err := os.Stat(want); err != nil {
		t.Errorf("no upload file: %v", err)
	}
}
