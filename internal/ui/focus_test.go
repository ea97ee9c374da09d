package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// tapCell taps a visible cell of the grid, as a click does.
func tapCell(t *testing.T, u *UI, row int, col editor.Column) {
	t.Helper()
	u.grid.ScrollToTop()
	u.grid.ScrollToLeading()
	sep := theme.Padding()
	x := float32(rowHeaderWidth) + sep + u.grid.columnWidth(col)/2
	for c := range col {
		x += u.grid.columnWidth(c) + sep
	}
	y := float32(rowHeight) + sep + float32(row)*(rowHeight+sep) + rowHeight/2
	u.grid.Tapped(&fyne.PointEvent{Position: fyne.NewPos(x, y)})
	if r, c := u.grid.Cursor(); r != row || c != col {
		t.Fatalf("tap went to %d,%d, want %d,%d", r, c, row, col)
	}
}

// typeInEditBar starts an edit of a cell in the edit bar, as a click into
// the bar does, and types text there without committing it.
func typeInEditBar(u *UI, row int, col editor.Column, text string) {
	u.grid.MoveTo(row, int(col), false)
	u.win.Canvas().Focus(u.entry)
	u.entry.SetText("")
	test.Type(u.entry, text)
}

func TestTappingACellTakesTheKeyboard(t *testing.T) {
	u := newTestUI(t)
	class := editor.FieldColumn(roster.Class)
	for _, away := range []fyne.Focusable{u.onlyProblems, u.filter.class} {
		u.win.Canvas().Focus(away)
		tapCell(t, u, 1, class)
		if u.win.Canvas().Focused() != u.grid {
			t.Fatalf("after a tap the grid should have the keyboard, not %T", u.win.Canvas().Focused())
		}
		test.Type(u.win.Canvas().Focused(), "9")
		test.Type(u.win.Canvas().Focused(), "A")
		u.entry.TypedKey(key(fyne.KeyReturn))
		if got := cellText(u, 1, roster.Class); got != "9A" {
			t.Fatalf("class = %q, want 9A", got)
		}
		u.doc.Undo()
	}
}

// Clicking another cell during an edit commits the edit, as in Excel,
// and typing then starts a fresh edit of the clicked cell.
func TestTappingAnotherCellCommitsTheEdit(t *testing.T) {
	u := newTestUI(t)
	class := editor.FieldColumn(roster.Class)
	typeInEditBar(u, 2, class, "9b")
	tapCell(t, u, 5, class)
	test.Type(u.win.Canvas().Focused(), "X")
	u.entry.TypedKey(key(fyne.KeyReturn))
	if a, b := cellText(u, 2, roster.Class), cellText(u, 5, roster.Class); a != "9b" || b != "X" {
		t.Errorf("classes = %q, %q, want 9b, X", a, b)
	}
}

func TestClosingTheFilterBarShowsAllRows(t *testing.T) {
	u := newTestUI(t)
	all := u.doc.Len()
	u.onFilter()
	u.filter.class.SetSelected("8B")
	if u.doc.Len() >= all || !strings.Contains(u.status.Text, " of 28 rows shown") {
		t.Fatalf("filter on 8B shows %d rows, status %q", u.doc.Len(), u.status.Text)
	}
	u.win.Canvas().Focus(u.filter.class)
	u.onFilter() // the bar's ×
	if u.doc.Len() != all || u.doc.Filter().Active() {
		t.Fatalf("after closing %d of %d rows, filter %+v", u.doc.Len(), all, u.doc.Filter())
	}
	if u.win.Canvas().Focused() != u.grid {
		t.Fatalf("the hidden select keeps the keyboard")
	}
	u.win.Canvas().Focused().TypedKey(key(fyne.KeyDown))
	if len(u.win.Canvas().Overlays().List()) != 0 {
		t.Error("Down opened a popup")
	}
}

func TestFilterKeepsThePersonAndSaysWhenEmpty(t *testing.T) {
	u := newTestUI(t)
	noah := rowOf(t, u, "Noah")
	u.grid.MoveTo(noah, 2, false)
	u.onlyProblems.SetChecked(true)
	if row, _ := u.grid.Cursor(); u.doc.Row(row).Values[roster.FirstName] != "Noah" {
		t.Errorf("cursor left Noah for %s", u.doc.Row(row).Values[roster.FirstName])
	}
	u.onlyProblems.SetChecked(false)
	if row, _ := u.grid.Cursor(); row != noah {
		t.Errorf("cursor on row %d, want %d", row, noah)
	}
	u.setFilter(editor.Filter{Text: "no such person"})
	if !u.noRows.Visible() || !strings.Contains(u.status.Text, "0 of 28 rows shown") {
		t.Errorf("empty filter: note %v, status %q", u.noRows.Visible(), u.status.Text)
	}
	u.setFilter(editor.Filter{})
	if u.noRows.Visible() {
		t.Error("note stays")
	}
}

// An edit ended by a command rather than by a key (here Sort) gives the
// keyboard back to the grid too: a focused edit bar's blinking cursor
// keeps redrawing the window.
func TestCommittingAnEditGivesTheGridTheKeyboard(t *testing.T) {
	u := newTestUI(t)
	class := editor.FieldColumn(roster.Class)
	typeInEditBar(u, 2, class, "9b")
	u.onSort(false)
	if f := u.win.Canvas().Focused(); f != u.grid {
		t.Errorf("after the edit was committed the keyboard is with %T, want the grid", f)
	}
	u.win.Canvas().Focus(u.entry)
	test.Type(u.entry, "x")
	u.entry.TypedKey(key(fyne.KeyEscape))
	if f := u.win.Canvas().Focused(); f != u.grid {
		t.Errorf("after the edit was cancelled the keyboard is with %T, want the grid", f)
	}
}
