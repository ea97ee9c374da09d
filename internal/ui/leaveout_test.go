package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
)

// TestLeaveOutFixInTheWindow opens Swedish Excel's cp1252 csv with Årskurs
// and Klass in two columns and a Status column: the window says what the
// import did (grade and section joined, the leaver left out), and the
// Fix of a status it cannot read leaves that row out of the file, greyed
// and counted, until Undo takes it back.
func TestLeaveOutFixInTheWindow(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(filepath.Join("..", "sheet", "testdata", "import", "columns_cp1252.csv"))
	if u.doc == nil || u.notices == nil {
		t.Fatal("the list did not open with its notices")
	}
	said := overlayText(u)
	for _, want := range []string{"Joined the grade (column \"Årskurs\")", "on 6 rows", "Left 1 row out of the upload file"} {
		if !strings.Contains(said, want) {
			t.Errorf("the notices do not say %q:\n%s", want, said)
		}
	}
	test.Tap(overlayButton(u, "OK"))
	if !strings.Contains(u.status.Text, "1 left out") {
		t.Errorf("status %q does not count the leaver", u.status.Text)
	}
	hugo := u.doc.Row(rowOf(t, u, "Hugo")).ID
	var fix *problemItem
	for i, it := range u.problems.items {
		if !it.heading && it.p.Code == check.CodeStatusUnknown && it.p.Row == hugo {
			fix = &u.problems.items[i]
		}
	}
	if fix == nil || fix.p.Fix == nil || !fix.p.Fix.LeaveOut || !fix.hasButton() {
		t.Fatalf("no leave-out fix for Hugo's status in the panel: %+v", fix)
	}
	u.problems.onFix(fix.p)
	if !u.doc.RowByID(hugo).LeftOut {
		t.Fatal("Fix did not leave Hugo out")
	}
	if !strings.Contains(u.status.Text, "2 left out") {
		t.Errorf("status %q after the fix", u.status.Text)
	}
	for _, it := range u.problems.items {
		if it.code == check.CodeStatusUnknown {
			t.Errorf("the status problem is still listed: %+v", it)
		}
	}
	u.grid.MoveTo(rowOf(t, u, "Hugo"), 0, false)
	u.refreshCellProblems()
	if !strings.Contains(u.cellProblems.Text, "Left out of the upload file") {
		t.Errorf("the left-out row is not said under the grid: %q", u.cellProblems.Text)
	}
	u.onUndo()
	if u.doc.RowByID(hugo).LeftOut || !strings.Contains(u.status.Text, "1 left out") {
		t.Errorf("undo: Hugo left out %v, status %q", u.doc.RowByID(hugo).LeftOut, u.status.Text)
	}
}

// TestHiddenRowFixInTheWindow opens a workbook openpyxl wrote with a row
// the secretary hid: the row is warned of, its Fix leaves it out of the
// file, and Undo takes it back.
func TestHiddenRowFixInTheWindow(t *testing.T) {
	u := newWindow(t)
	u.OpenFile(filepath.Join("..", "sheet", "testdata", "import", "columns_openpyxl.xlsx"))
	if u.doc == nil {
		t.Fatal("the workbook did not open")
	}
	if u.notices != nil {
		test.Tap(overlayButton(u, "OK"))
	}
	olle := u.doc.Row(rowOf(t, u, "Olle")).ID
	var hidden *problemItem
	for i, it := range u.problems.items {
		if !it.heading && it.p.Code == check.CodeRowHidden {
			if hidden != nil || it.p.Row != olle {
				t.Fatalf("row_hidden on another row than Olle's: %+v", it.p)
			}
			hidden = &u.problems.items[i]
		}
	}
	if hidden == nil || !hidden.hasButton() {
		t.Fatal("no row_hidden problem with a Fix button for Olle's hidden row")
	}
	u.problems.onFix(hidden.p)
	if !u.doc.RowByID(olle).LeftOut || !strings.Contains(u.status.Text, "2 left out") {
		t.Fatalf("after Fix: Olle left out %v, status %q", u.doc.RowByID(olle).LeftOut, u.status.Text)
	}
	u.onUndo()
	if u.doc.RowByID(olle).LeftOut {
		t.Error("Undo did not take Olle back into the file")
	}
}
