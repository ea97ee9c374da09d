package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// press sends a shortcut as the desktop driver does: to the main menu's
// item with that shortcut first, else to the focused widget.
func press(t *testing.T, u *UI, s fyne.Shortcut) {
	t.Helper()
	var find func(items []*fyne.MenuItem) func()
	find = func(items []*fyne.MenuItem) func() {
		for _, i := range items {
			if i.Shortcut != nil && i.Shortcut.ShortcutName() == s.ShortcutName() && i.Action != nil {
				return i.Action
			}
			if i.ChildMenu != nil {
				if a := find(i.ChildMenu.Items); a != nil {
					return a
				}
			}
		}
		return nil
	}
	for _, m := range u.win.MainMenu().Items {
		if a := find(m.Items); a != nil {
			a()
			return
		}
	}
	focused, ok := u.win.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		t.Fatalf("no menu item and no focused widget takes %s", s.ShortcutName())
	}
	focused.TypedShortcut(s)
}

var ctrlD = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault}

// TestCtrlDFillsDown selects a class and the rows under it and presses
// Ctrl+D, as a teacher does: every selected cell gets the top one's
// class, one Undo takes it all back; with one row selected, Ctrl+D
// copies the row above.
func TestCtrlDFillsDown(t *testing.T) {
	u := newTestUI(t)
	class := int(editor.FieldColumn(roster.Class))
	ebba := rowOf(t, u, "Ebba") // 7A, then Adam, Freja, Isak (no class), Stella
	u.grid.MoveTo(ebba, class, false)
	u.grid.MoveTo(ebba+4, class, true)
	u.focusGrid()
	press(t, u, ctrlD)
	for r := ebba; r <= ebba+4; r++ {
		if got := cellText(u, r, roster.Class); got != "7A" {
			t.Errorf("row %d: class %q after Ctrl+D", r, got)
		}
	}
	u.onUndo()
	if cellText(u, ebba+3, roster.Class) != "" || cellText(u, ebba+4, roster.Class) != "7B" {
		t.Error("one undo does not take the fill back")
	}
	isak := rowOf(t, u, "Isak")
	u.grid.MoveTo(isak, class, false)
	u.grid.TypedShortcut(ctrlD) // as the grid passes it on
	if got := cellText(u, isak, roster.Class); got != "7A" {
		t.Errorf("Ctrl+D on one row: %q, want the row above's 7A", got)
	}
}

// TestPasteFillsTheSelection copies one class and pastes it into ten
// selected cells: all ten get it, the pasted block stays selected with
// the cursor on its first cell, and one Undo takes it back.
func TestPasteFillsTheSelection(t *testing.T) {
	u := newTestUI(t)
	cb := u.app.Clipboard()
	class := int(editor.FieldColumn(roster.Class))
	u.grid.MoveTo(0, class, false)
	u.grid.TypedShortcut(&fyne.ShortcutCopy{Clipboard: cb})
	u.grid.MoveTo(10, class, false)
	u.grid.MoveTo(19, class, true)
	u.grid.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	for r := 10; r <= 19; r++ {
		if got := cellText(u, r, roster.Class); got != "9A" {
			t.Errorf("row %d: %q", r, got)
		}
	}
	if got := u.grid.Selection(); got != (editor.Selection{Row0: 10, Row1: 19, Col0: editor.Column(class), Col1: editor.Column(class)}) {
		t.Errorf("selection after the paste %+v", got)
	}
	if row, _ := u.grid.Cursor(); row != 10 {
		t.Errorf("the cursor is on row %d, want the first pasted row", row)
	}
	u.onUndo()
	if got := cellText(u, 12, roster.Class); got != "8B" {
		t.Errorf("undo: row 12 has %q", got)
	}
}

// TestPastedHeaderIsSaid pastes a staff list copied with its header: the
// header is no person, the values go where the headers say, and the line
// under the grid says so.
func TestPastedHeaderIsSaid(t *testing.T) {
	u := newTestUI(t)
	cb := u.app.Clipboard()
	n := u.doc.Len()
	cb.SetContent("Förnamn\tEfternamn\tE-post\tTitel\tTelefon\r\nLena\tHolm\tlena.holm@solbacka.se\tSpeciallärare\t070-1\r\n")
	u.grid.MoveTo(n-1, 0, false)
	u.onAddRow()
	u.grid.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if u.doc.Len() != n+1 {
		t.Fatalf("%d rows, want %d: the header is no person", u.doc.Len(), n+1)
	}
	last := u.doc.Len() - 1
	if cellText(u, last, roster.Email) != "lena.holm@solbacka.se" || cellText(u, last, roster.Role) != "teacher" {
		t.Errorf("Lena's row: %q", u.doc.Row(last).Values)
	}
	said := u.cellProblems.Text
	for _, want := range []string{"header row", "Telefon"} {
		if !strings.Contains(said, want) {
			t.Errorf("the line under the grid says %q, nothing of %q", said, want)
		}
	}
}

// TestPastedListIntoOneEmptyRowIsSaid pastes two people with their header
// into one new empty row above a pupil (tester T30): the pupil is kept,
// and the line under the grid says a new row took the second person.
func TestPastedListIntoOneEmptyRowIsSaid(t *testing.T) {
	u := newTestUI(t)
	cb := u.app.Clipboard()
	u.grid.MoveTo(0, 0, false)
	u.onAddRow()
	row := u.grid.Selection().Row0
	below := u.doc.Row(row + 1).ID
	n := u.doc.Len()
	cb.SetContent("Förnamn\tEfternamn\tE-post\r\nTyra\tLager\ttyra.lager@solbacka.se\r\nBo\tRing\tbo.ring@solbacka.se\r\n")
	u.grid.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if u.doc.Len() != n+1 || u.doc.Row(row+2).ID != below {
		t.Fatalf("%d rows, row %d is %q: want %d rows and the pupil after the two pasted", u.doc.Len(), row+2, u.doc.Row(row+2).Values, n+1)
	}
	if said := u.cellProblems.Text; !strings.Contains(said, "no one in the list was written over") {
		t.Errorf("the line under the grid says %q", said)
	}
}
