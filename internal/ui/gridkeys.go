package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"rosterdesk/internal/editor"
)

// pageRows is how far PageUp and PageDown move.
const pageRows = 20

// TypedKey moves the cursor and handles the spreadsheet keys: arrows,
// Tab and Shift+Tab, Enter, Home and End, Page Up and Down, F2 to edit,
// Escape to shrink the range and Delete to clear it.
func (g *Grid) TypedKey(ev *fyne.KeyEvent) {
	if g.doc == nil {
		return
	}
	shift := g.shiftHeld()
	row, col := g.cur.Row, g.cur.Col
	switch ev.Name {
	case fyne.KeyUp:
		g.MoveTo(row-1, col, shift)
	case fyne.KeyDown:
		g.MoveTo(row+1, col, shift)
	case fyne.KeyLeft:
		g.MoveTo(row, col-1, shift)
	case fyne.KeyRight:
		g.MoveTo(row, col+1, shift)
	case fyne.KeyTab:
		if shift {
			g.MoveTo(row, col-1, false)
		} else {
			g.MoveTo(row, col+1, false)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if shift {
			g.MoveTo(row-1, col, false)
		} else {
			g.MoveTo(row+1, col, false)
		}
	case fyne.KeyHome:
		g.MoveTo(row, 0, shift)
	case fyne.KeyEnd:
		g.MoveTo(row, g.doc.NumColumns()-1, shift)
	case fyne.KeyPageUp:
		g.MoveTo(row-pageRows, col, shift)
	case fyne.KeyPageDown:
		g.MoveTo(row+pageRows, col, shift)
	case fyne.KeyF2:
		if g.OnEdit != nil && g.doc.Row(row) != nil {
			g.OnEdit("", false)
		}
	case fyne.KeyEscape:
		g.MoveTo(row, col, false)
	case fyne.KeyDelete, fyne.KeyBackspace:
		g.Clear()
	}
}

// TypedRune starts editing the cursor cell with the typed character.
func (g *Grid) TypedRune(r rune) {
	if g.doc == nil || g.OnEdit == nil {
		return
	}
	g.OnEdit(string(r), true)
}

// KeyDown tracks the Shift keys, for Shift+arrows and Shift+click.
func (g *Grid) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = true
	}
}

// KeyUp tracks the Shift keys.
func (g *Grid) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = false
	}
}

// AcceptsTab keeps Tab in the grid, to move right.
func (g *Grid) AcceptsTab() bool { return true }

// FocusLost forgets the Shift key: its release may go elsewhere.
func (g *Grid) FocusLost() {
	g.shift = false
	g.Table.FocusLost()
}

func (g *Grid) shiftHeld() bool {
	if g.shift {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

// TypedShortcut copies, cuts and pastes tab-separated text through the
// clipboard, selects all, and passes any other shortcut on.
func (g *Grid) TypedShortcut(s fyne.Shortcut) {
	if g.doc == nil {
		return
	}
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		g.copyTo(s.Clipboard)
	case *fyne.ShortcutCut:
		g.copyTo(s.Clipboard)
		g.Clear()
	case *fyne.ShortcutPaste:
		g.paste(s.Clipboard)
	case *fyne.ShortcutSelectAll:
		// The cursor goes to the first cell, in view, not to the last:
		// typing after Ctrl+A must not write into a cell out of sight.
		rows, cols := g.length()
		g.anchor.Row, g.anchor.Col = rows-1, cols-1
		g.MoveTo(0, 0, true)
	case *desktop.CustomShortcut:
		if !g.jump(s) && g.OnShortcut != nil {
			g.OnShortcut(s)
		}
	default:
		if g.OnShortcut != nil {
			g.OnShortcut(s)
		}
	}
}

// jump handles Ctrl+Home and Ctrl+End, to the first and the last cell
// as in a spreadsheet, with Shift extending the selection. It reports
// whether s was one of them.
func (g *Grid) jump(s *desktop.CustomShortcut) bool {
	mod := s.Modifier &^ fyne.KeyModifierShift
	if mod != fyne.KeyModifierShortcutDefault && mod != fyne.KeyModifierControl {
		return false
	}
	extend := s.Modifier&fyne.KeyModifierShift != 0
	rows, cols := g.length()
	switch s.KeyName {
	case fyne.KeyHome:
		g.MoveTo(0, 0, extend)
	case fyne.KeyEnd:
		g.MoveTo(rows-1, cols-1, extend)
	default:
		return false
	}
	return true
}

func (g *Grid) copyTo(cb fyne.Clipboard) {
	if cb == nil {
		cb = fyne.CurrentApp().Clipboard()
	}
	r0, r1, c0, c1 := g.Range()
	cb.SetContent(g.doc.Copy(r0, r1, c0, c1))
}

// Clear empties the selected cells (the Delete key).
func (g *Grid) Clear() {
	_, _, c0, c1 := g.Range()
	var cols []editor.Column
	for c := c0; c <= c1; c++ {
		cols = append(cols, c)
	}
	g.doc.ClearCells(g.SelectedIDs(), cols)
}
