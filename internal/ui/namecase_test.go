package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// tapPanelButton draws line i of the problem panel as the list does and
// taps its Fix or Fix all button.
func tapPanelButton(t *testing.T, u *UI, i int) {
	t.Helper()
	line := newProblemLine()
	u.problems.updateLine(i, line)
	_, _, _, b := lineParts(line)
	if !b.Visible() {
		t.Fatalf("line %d (%+v) has no button", i, u.problems.items[i])
	}
	test.Tap(b)
}

// panelLine returns the index of the panel's line for the problem of code
// on the row, or of the code's heading when row is 0.
func panelLine(t *testing.T, u *UI, code check.Code, row roster.RowID) int {
	t.Helper()
	for i, it := range u.problems.items {
		if it.code == code && it.heading == (row == 0) && (row == 0 || it.p.Row == row) {
			return i
		}
	}
	t.Fatalf("no panel line for %s on row %d", code, row)
	return -1
}

// TestCapitaliseNamesWithOneClick types names in capitals and small
// letters, fixes one with its Fix button and the rest with Fix all.
func TestCapitaliseNamesWithOneClick(t *testing.T) {
	u := newTestUI(t)
	typeInto(t, u, "Alva", roster.FirstName, "ANNA-KARIN")
	typeInto(t, u, "Elias", roster.LastName, "VON ESSEN")
	typeInto(t, u, "Hugo", roster.LastName, "o'neil")
	if got := len(u.doc.Checker().CellProblems(u.doc.Row(rowOf(t, u, "ANNA-KARIN")).ID, roster.FirstName)); got != 1 {
		t.Fatalf("ANNA-KARIN has %d problems, want 1", got)
	}

	elias := u.doc.Row(rowOf(t, u, "Elias")).ID
	tapPanelButton(t, u, panelLine(t, u, check.CodeNameCase, elias))
	if got := cellText(u, rowOf(t, u, "Elias"), roster.LastName); got != "von Essen" {
		t.Errorf("Fix made %q, want von Essen", got)
	}
	if got := cellText(u, rowOf(t, u, "Hugo"), roster.LastName); got != "o'neil" {
		t.Errorf("Fix of one row changed another: %q", got)
	}

	tapPanelButton(t, u, panelLine(t, u, check.CodeNameCase, 0))
	if got := cellText(u, rowOf(t, u, "Anna-Karin"), roster.FirstName); got != "Anna-Karin" {
		t.Errorf("Fix all made %q", got)
	}
	if got := cellText(u, rowOf(t, u, "Hugo"), roster.LastName); got != "O'Neil" {
		t.Errorf("Fix all made %q, want O'Neil", got)
	}
	for _, it := range u.problems.items {
		if it.code == check.CodeNameCase {
			t.Fatalf("name problems left after Fix all: %+v", it)
		}
	}
	u.doc.Undo()
	if got := cellText(u, rowOf(t, u, "Hugo"), roster.LastName); got != "o'neil" {
		t.Errorf("undo of Fix all left %q", got)
	}
}
