package sheet

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/xlsxread/xlsxtest"
)

// TestLeaversSheetWarnsOnTheList: a pupil the workbook's own leavers'
// sheet lists (same address, in any case) is still on "Elever"; the
// leavers' sheet is not read as people, but the row gets the warning
// listed_as_left naming the sheet and row, with the fix to leave it out
// (tester T35: it was exported with 0 warnings).
func TestLeaversSheetWarnsOnTheList(t *testing.T) {
	header := []string{"E-post", "Förnamn", "Efternamn", "Klass", "Skola", "Kommun", "Roll"}
	elever := xlsxtest.Worksheet(xlsxtest.InlineRow(1, header...)+
		xlsxtest.InlineRow(2, "alva.berg@elev.ale.se", "Alva", "Berg", "9A", "Ekbacka skola", "Ale", "Elev")+
		xlsxtest.InlineRow(3, "nils.holm@elev.ale.se", "Nils", "Holm", "9A", "Ekbacka skola", "Ale", "Elev")+
		xlsxtest.InlineRow(4, "ida.sand@elev.ale.se", "Ida", "Sand", "9A", "Ekbacka skola", "Ale", "Elev"), "")
	utskrivna := xlsxtest.Worksheet(xlsxtest.InlineRow(1, append(header, "Utskriven")...)+
		xlsxtest.InlineRow(2, "Nils.Holm@elev.ale.se", "Nils", "Holm", "9A", "Ekbacka skola", "Ale", "Elev", "2026-10-01"), "")
	path := filepath.Join(t.TempDir(), "elever.xlsx")
	book := xlsxtest.Book([][3]string{{"Elever", elever, ""}, {"Utskrivna elever", utskrivna, ""}})
	if err := os.WriteFile(path, xlsxtest.Zip(t, book), 0o600); err != nil {
		t.Fatal(err)
	}
	imp, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[roster.RowID]*roster.Row{}
	for _, row := range imp.Roster.Rows {
		byID[row.ID] = row
	}
	var warned []string
	for _, p := range imp.Problems {
		if p.Code == check.CodeListedAsLeft {
			row := byID[p.Row]
			if row == nil || p.Fix == nil || !p.Fix.LeaveOut {
				t.Errorf("problem %+v: want it on a row, with the fix to leave it out", p)
				continue
			}
			warned = append(warned, row.Values[roster.FirstName]+": "+p.Message.String())
		}
	}
	want := []string{"Nils: the same person is listed as having left at elever.xlsx:Utskrivna elever, row 2: leave the row out unless they are back"}
	if !slices.Equal(warned, want) {
		t.Errorf("warnings %q, want %q", warned, want)
	}
}
