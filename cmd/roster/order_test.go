package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Cells and rows out of order, a reference given twice and a chartsheet
// listed first (issue 14): the exported file, read back with excelize,
// holds the pupils where the workbook puts them and no protected pupil.
func TestExportPlacesCellsByReference(t *testing.T) {
	for _, tc := range []struct {
		file   string
		export []string // first names exported
	}{
		{"order_cells_reversed.xlsx", []string{"Eskil", "Liv"}},
		{"order_rows_reversed.xlsx", []string{"Eskil", "Liv"}},
		{"order_row_moved.xlsx", []string{"Eskil", "Liv", "Otto", "Tova"}},
		{"order_duplicate_ref.xlsx", []string{"Liv"}},
		{"order_chartsheet_first.xlsx", []string{"Eskil", "Liv"}},
		{"order_dialogsheet_first.xlsx", []string{"Eskil", "Liv"}},
	} {
		out := t.TempDir()
		code, stdout, stderr := runRoster("export", "--out", out, "--date", "20260901", filepath.Join(hostileDir, tc.file))
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", tc.file, code, stderr)
		}
		f, err := excelize.OpenFile(strings.TrimSpace(stdout))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(f.GetSheetList()[0])
		f.Close()
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", tc.file, err)
		}
		var first []string
		for _, r := range rows[1:] {
			first = append(first, r[1])
			if r[1] == "Aino" || strings.Contains(strings.Join(r, " "), "Lockbete") {
				t.Errorf("%s: exported %q", tc.file, r)
			}
		}
		if !slices.Equal(first, tc.export) {
			t.Errorf("%s: exported %q, want %q", tc.file, first, tc.export)
		}
	}
}
