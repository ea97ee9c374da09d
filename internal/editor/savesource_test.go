package editor

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rosterdesk/internal/roster"
)

// An xlsx export of the school system opened in Roster Desk is never
// overwritten by Save: not under its own name, nor under another
// spelling of it; a working copy saved elsewhere then saves over itself.
func TestSaveNeverOverwritesTheImportedExport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "oppilaat.xlsx")
	f := excelize.NewFile()
	for i, row := range [][]any{
		{"Sähköposti", "Etunimi", "Sukunimi", "Luokka", "Koulu", "Kunta", "Rooli"},
		{"aino.virta@koulu.example.fi", "Aino", "Virta", "9A", "Keskuskoulu", "Espoo", "oppilas"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(src); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(src)

	d, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Save(""); !errors.Is(err, ErrNeedsName) {
		t.Fatalf("Save(\"\") = %v, want ErrNeedsName", err)
	}
	d.SetCell(d.Row(0).ID, FieldColumn(roster.FirstName), "Aina")
	for _, p := range []string{src, filepath.Join(dir, ".", "oppilaat.xlsx")} {
		if err := d.Save(p); !errors.Is(err, ErrWouldOverwriteSource) {
			t.Fatalf("Save(%s) = %v, want ErrWouldOverwriteSource", p, err)
		}
	}
	if after, _ := os.ReadFile(src); !bytes.Equal(before, after) {
		t.Fatal("the school system's export changed")
	}

	work := filepath.Join(dir, "oppilaat (työkopio).xlsx")
	if err := d.Save(work); err != nil {
		t.Fatal(err)
	}
	d.SetCell(d.Row(0).ID, FieldColumn(roster.FirstName), "Aino")
	if err := d.Save(""); err != nil {
		t.Fatalf("saving the working copy over itself: %v", err)
	}
	if after, _ := os.ReadFile(src); !bytes.Equal(before, after) {
		t.Fatal("the school system's export changed")
	}
	if !strings.HasSuffix(d.Path(), "(työkopio).xlsx") {
		t.Fatalf("path %s", d.Path())
	}
}
