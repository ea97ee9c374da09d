package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// TestEmptyPanelGivesWay: at the default window size a list of long
// addresses with no problem shows every column whole, as the empty
// problem panel keeps only its title's width (A11: SSOID was cut to
// "20010" beside 250 empty pixels); a problem brings the panel back to
// its least width, and fixing it lets the panel give way again.
func TestEmptyPanelGivesWay(t *testing.T) {
	u := windowOn(t, 20, func(i int, v *[roster.NumFields]string) {
		clean(i, v)
		own := strings.TrimSuffix(strings.TrimPrefix(v[roster.Email], "tova.lind"), "@skola.example.se")
		v[roster.FirstName], v[roster.LastName] = "Wilmer", "Ekholmen"+own
		v[roster.Email] = "wilmer.ekholmen" + own + "@elev.exempelkommun.se"
		v[roster.SSOID] = fmt.Sprintf("2001%02d", i)
	})
	u.win.Resize(fyne.NewSize(1260, 810))
	if errs, warns := u.doc.Checker().Counts(); errs+warns != 0 {
		t.Fatalf("the list has %d errors and %d warnings, want none", errs, warns)
	}
	gap := theme.Padding()
	columns := func() float32 {
		w := float32(rowHeaderWidth) + gap
		for _, f := range roster.Fields {
			w += u.grid.columnWidth(editor.FieldColumn(f)) + gap
		}
		return w
	}
	if w := u.grid.Size().Width - theme.ScrollBarSize(); w < columns() {
		t.Errorf("no problems: the grid is %v wide, the eight columns need %v", w, columns())
	}
	if w := u.problemPanel.Size().Width; w >= minPanelWidth {
		t.Errorf("no problems: the panel keeps %v", w)
	}

	id := u.doc.Row(0).ID
	email := editor.FieldColumn(roster.Email)
	good := editor.CellValue(u.doc.Row(0), email)
	u.doc.SetCell(id, email, "no address")
	u.refreshProblems()
	u.win.Content().Refresh()
	if w := u.problemPanel.Size().Width; w < minPanelWidth-2*gap {
		t.Errorf("a problem: the panel is %v wide, want at least %v", w, minPanelWidth)
	}
	u.doc.SetCell(id, email, good)
	u.refreshProblems()
	if w := u.problemPanel.Size().Width; w >= minPanelWidth {
		t.Errorf("the problem fixed: the panel keeps %v", w)
	}
}
