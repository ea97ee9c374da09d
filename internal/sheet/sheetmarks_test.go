package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// TestMarksOnlyExcelShows: in a workbook openpyxl wrote, a row whose note
// says "Skyddad identitet" is protected (fail closed) with a warning; a
// row with another note and a struck-through name is exported with a
// warning for each, so the user looks; a bold cell is no mark. Both
// readers agree.
func TestMarksOnlyExcelShows(t *testing.T) {
	path := filepath.Join("testdata", "import", "marks_openpyxl.xlsx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, fast := range []bool{true, false} {
		imp, err := readWorkbook(bytes.NewReader(data), int64(len(data)), path, fast, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		var protected []string
		for _, row := range imp.Roster.Rows {
			if row.Protected {
				protected = append(protected, row.Values[roster.FirstName])
			}
		}
		for _, p := range imp.Problems {
			if row := imp.Roster.ByID(p.Row); row != nil {
				got[row.Values[roster.FirstName]] = append(got[row.Values[roster.FirstName]], string(p.Code))
			}
		}
		if !slices.Equal(protected, []string{"Cia"}) {
			t.Errorf("fast %v: protected %q, want Cia (her note says Skyddad identitet)", fast, protected)
		}
		want := map[string][]string{"Cia": {string(check.CodeProtectedValue)}, "Dan": {string(check.CodeRowNote), string(check.CodeRowStruck)}}
		if len(got) != len(want) || !slices.Equal(got["Cia"], want["Cia"]) || !slices.Equal(got["Dan"], want["Dan"]) {
			t.Errorf("fast %v: problems %v, want %v", fast, got, want)
		}
	}
}
