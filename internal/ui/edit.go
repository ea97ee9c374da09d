package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// editTarget is the cell the edit bar is editing.
type editTarget struct {
	id  roster.RowID
	col editor.Column
}

// onStartEdit opens the editor on the cursor cell: with typed text
// replacing the value, or with the value (F2).
func (u *UI) onStartEdit(text string, replace bool) {
	row, col := u.grid.Cursor()
	r := u.doc.Row(row)
	if r == nil {
		return
	}
	if !replace {
		text = editor.CellValue(r, col)
	}
	u.editing, u.target = true, editTarget{r.ID, col}
	u.setEntryText(text)
	u.entry.CursorRow, u.entry.CursorColumn = 0, len([]rune(text))
	u.entry.Refresh()
	u.win.Canvas().Focus(u.entry)
}

// onEntryChanged starts an edit when the user types in the edit bar.
func (u *UI) onEntryChanged(string) {
	if u.editing || u.doc == nil {
		return
	}
	row, col := u.grid.Cursor()
	if r := u.doc.Row(row); r != nil {
		u.editing, u.target = true, editTarget{r.ID, col}
	}
}

// commitEdit writes the edit bar's text into the cell being edited and
// gives the keyboard back to the grid: a focused entry's blinking cursor
// redraws the whole window twice a second (Fyne 2.7), so the program never
// leaves the edit bar focused once its edit is over.
func (u *UI) commitEdit() {
	if !u.editing {
		return
	}
	u.editing = false
	u.doc.SetCell(u.target.id, u.target.col, u.entry.Text)
	if c := u.win.Canvas(); c != nil && c.Focused() == u.entry {
		c.Focus(u.grid)
	}
}

// cancelEdit puts the cell's value back in the edit bar.
func (u *UI) cancelEdit() {
	u.editing = false
	u.refreshEditBar()
	u.focusGrid()
}

// onEntryKey handles the keys that end an edit.
func (u *UI) onEntryKey(name fyne.KeyName, shift bool) bool {
	if u.doc == nil {
		return false
	}
	row, col := u.grid.Cursor()
	switch name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyDown:
		u.commitEdit()
		u.grid.MoveTo(row+1, int(col), false)
	case fyne.KeyUp:
		u.commitEdit()
		u.grid.MoveTo(row-1, int(col), false)
	case fyne.KeyTab:
		u.commitEdit()
		if shift {
			u.grid.MoveTo(row, int(col)-1, false)
		} else {
			u.grid.MoveTo(row, int(col)+1, false)
		}
	case fyne.KeyEscape:
		u.cancelEdit()
		return true
	default:
		return false
	}
	u.focusGrid()
	return true
}

// onPick commits a value chosen from the edit bar's drop-down.
func (u *UI) onPick(value string) {
	if u.doc == nil {
		return
	}
	if !u.editing {
		u.onEntryChanged(value)
	}
	u.setEntryText(value)
	u.commitEdit()
	u.focusGrid()
}

// refreshEditBar shows the cursor cell's name, value and choices.
func (u *UI) refreshEditBar() {
	if u.editing {
		return
	}
	row, col := u.grid.Cursor()
	var r *roster.Row
	if u.doc != nil {
		r = u.doc.Row(row)
	}
	if r == nil {
		u.cellName.SetText("")
		u.setEntryText("")
		u.entry.SetOptions(nil)
		return
	}
	u.cellName.SetText(fmt.Sprintf(lang.L("%s, row %d"), u.doc.ColumnName(col), u.doc.RowNumber(r.ID)) + sourceSuffix(u.doc, r))
	u.setEntryText(editor.CellValue(r, col))
	u.entry.SetOptions(u.choices(r, col))
}

// choices lists the values offered for a cell: the roles, the valid
// classes of the row's school (editor.ClassChoices), the schools, the main
// municipality.
func (u *UI) choices(r *roster.Row, col editor.Column) []string {
	f, ok := col.Field()
	if !ok {
		return nil
	}
	switch f {
	case roster.Role:
		return []string{roster.Student.String(), roster.Teacher.String()}
	case roster.Class:
		return u.doc.ClassChoices([]roster.RowID{r.ID})
	case roster.School:
		return u.doc.Schools()
	case roster.Municipality:
		if m := u.doc.Checker().MainMunicipality(); m != "" {
			return []string{m}
		}
	}
	return nil
}

// setEntryText sets the edit bar without it counting as typing.
func (u *UI) setEntryText(text string) {
	u.entry.OnChanged = nil
	u.entry.SetText(text)
	u.entry.OnChanged = u.onEntryChanged
}

func (u *UI) focusGrid() {
	if c := u.win.Canvas(); c != nil {
		c.Focus(u.grid)
	}
}
