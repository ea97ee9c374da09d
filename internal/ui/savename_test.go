package ui

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/editor"
)

// Save As never offers the name of the school system's xlsx export the
// list was read from; a csv export's name as .xlsx is a new file.
func TestSaveAsSuggestsANewNameForAnXLSXExport(t *testing.T) {
	u := newTestUI(t)
	if got := u.suggestedWorkingCopyName(); got != "elevlista.xlsx" {
		t.Errorf("for elevlista.csv: %q, want elevlista.xlsx", got)
	}

	src := filepath.Join(t.TempDir(), "elevlista.xlsx")
	f := excelize.NewFile()
	for i, row := range [][]any{
		{"E-post", "Förnamn", "Efternamn", "Klass", "Skola", "Kommun", "Roll"},
		{"tova.lind@skola.example.se", "Tova", "Lind", "9A", "Solbackaskolan", "Borås", "elev"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(src); err != nil {
		t.Fatal(err)
	}
	d, err := editor.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	u.setDocument(d)
	if got := u.suggestedWorkingCopyName(); got != "elevlista (working copy).xlsx" {
		t.Errorf("for elevlista.xlsx: %q, want elevlista (working copy).xlsx", got)
	}
}
