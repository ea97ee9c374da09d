package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread"
)

// TestMergedCellsFillTheirRows reads privacy_merged.xlsx (openpyxl,
// tester T8) with both readers: the "Ja" merged over Tove's and Tyra's
// rows protects both, and the class 9B merged over Ida's and Leo's rows
// is Leo's class too.
func TestMergedCellsFillTheirRows(t *testing.T) {
	path := filepath.Join("testdata", "import", "privacy_merged.xlsx")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	for _, fast := range []bool{true, false} {
		imp, err := readWorkbook(f, st.Size(), path, fast, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := protectedFirstNames(imp); got != "Tove,Tyra" {
			t.Errorf("fast=%v: protected %q, want Tove and Tyra", fast, got)
		}
		var classes []string
		for _, row := range imp.Roster.Rows {
			classes = append(classes, row.Values[roster.Class])
		}
		if strings.Join(classes, ",") != "9A,9A,9A,9B,9B" {
			t.Errorf("fast=%v: classes %q, want Leo in 9B", fast, classes)
		}
	}
}

// TestMergeFill: a range fills only the rows under its top-left cell,
// in every column it spans, and only cells that are empty; one whose
// top-left cell is empty or not on a data row fills nothing; a row past
// the range is left alone.
func TestMergeFill(t *testing.T) {
	f := newMergeFill([]xlsxread.Merge{
		{Top: 5, Bottom: 6, Left: 1, Right: 2},
		{Top: 2, Bottom: 4, Left: 0, Right: 0},
		{Top: 3, Bottom: 4, Left: 3, Right: 3}, // top-left empty
	})
	got := []string{}
	for _, r := range []struct {
		line  int
		cells []string
	}{
		{2, []string{"Ja", "x"}},
		{3, []string{"", "y", "", ""}},
		{4, []string{"Nej"}},
		{5, []string{"", "9B"}},
		{6, nil},
		{7, []string{"", ""}},
	} {
		got = append(got, strings.Join(f.fill(r.cells, r.line), "|"))
	}
	want := []string{"Ja|x", "Ja|y||", "Nej", "|9B", "|9B|9B", "|"}
	if strings.Join(got, " / ") != strings.Join(want, " / ") {
		t.Errorf("got %q, want %q", got, want)
	}
	if newMergeFill(nil).fill([]string{"a"}, 1)[0] != "a" {
		t.Error("no merges changed a cell")
	}
}
