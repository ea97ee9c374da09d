package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/editor"
)

// onFillDown copies the top cell of each selected column into the rest
// of the selection (with one row selected, the row above into it), as
// Ctrl+D in Excel: one edit.
func (u *UI) onFillDown() {
	if u.doc == nil {
		return
	}
	u.commitEdit()
	u.doc.FillDown(u.grid.Selection())
	u.focusGrid()
}

// onPasted says, under the grid, what a paste did on its own: a header
// line left out, columns placed by their names or left out, people put
// into new rows rather than over someone, rows marked protected by a
// pasted protection column.
func (u *UI) onPasted(p editor.Pasted) {
	var notes []string
	switch {
	case p.ByHeader:
		notes = append(notes, lang.L("The first pasted line was a header row: it was not added as a person, and each column went where its header says."))
	case p.Header:
		notes = append(notes, lang.L("The first pasted line was the column's heading: it was not pasted."))
	}
	if len(p.LeftOut) > 0 {
		notes = append(notes, fmt.Sprintf(lang.L("Columns the list does not have were not pasted: %s."), strings.Join(p.LeftOut, ", ")))
	}
	if p.Inserted > 0 {
		notes = append(notes, count(p.Inserted, "1 pasted person went into a new row, so that no one in the list was written over.",
			"%d pasted people went into new rows, so that no one in the list was written over."))
	}
	if p.Protected > 0 {
		notes = append(notes, count(p.Protected, "1 pasted person is marked protected identity by the pasted column, and is never exported.",
			"%d pasted people are marked protected identity by the pasted column, and are never exported."))
	}
	if len(notes) > 0 {
		u.cellProblems.SetText(strings.Join(notes, " "))
	}
}
