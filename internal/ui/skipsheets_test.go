package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestSheetWithoutHeaderInTheWindow opens an openpyxl workbook whose
// "Frånvaro" sheet looks like a list but has no header: the window names
// the sheet without naming command-line options, and "Read the other
// sheets" opens the workbook without it, saying so in a notice.
func TestSheetWithoutHeaderInTheWindow(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(filepath.Join("..", "sheet", "testdata", "import", "sheets_unknown_table.xlsx"))
	manual(u).settle()
	if u.doc != nil {
		t.Fatal("the workbook opened before the user said what to do with the sheet")
	}
	said := overlayText(u)
	if !strings.Contains(said, `the sheet "Frånvaro" looks like a list`) || strings.Contains(said, "--") {
		t.Fatalf("the question says:\n%s", said)
	}
	test.Tap(overlayButton(u, "Read the other sheets"))
	manual(u).settle()
	if u.doc == nil || u.doc.Len() != 4 {
		t.Fatalf("the other sheet did not open: %v", u.doc)
	}
	if said := overlayText(u); !strings.Contains(said, `Left out, as asked: "Frånvaro"`) {
		t.Errorf("the notices do not say the sheet was left out:\n%s", said)
	}
}

// Cancel opens nothing.
func TestSheetWithoutHeaderCancel(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(filepath.Join("..", "sheet", "testdata", "import", "sheets_unknown_table.xlsx"))
	manual(u).settle()
	test.Tap(overlayButton(u, "Cancel"))
	manual(u).settle()
	if u.doc != nil || u.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Cancel opened %v or left a dialog", u.doc)
	}
}
