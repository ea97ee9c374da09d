package ui

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
)

// refreshProblems regroups the problem panel. The grid's marks are
// redrawn by onDocChange.
func (u *UI) refreshProblems() {
	u.problems.refresh(u.doc)
}

// jumpTo selects a problem's cell, showing its row if a filter hides it.
func (u *UI) jumpTo(p check.Problem) {
	if u.doc == nil {
		return
	}
	pos := u.doc.Position(p.Row)
	if pos < 0 {
		u.setFilter(editor.Filter{})
		pos = u.doc.Position(p.Row)
	}
	if pos < 0 {
		return
	}
	col := 0
	if p.Field.Valid() {
		col = int(editor.FieldColumn(p.Field))
	}
	u.grid.MoveTo(pos, col, false)
	u.focusGrid()
}

func (u *UI) onFix(p check.Problem) {
	u.commitEdit()
	if p.Fix != nil && p.Fix.Keep != nil {
		u.chooseKeptRow(p)
		return
	}
	if p.Fix != nil && p.Fix.Choices != nil {
		u.chooseFix(p)
		return
	}
	if p.Fix != nil && p.Fix.Ask {
		u.askFill(p)
		return
	}
	u.doc.ApplyFix(p)
}

func (u *UI) onFixAll(code check.Code) {
	u.commitEdit()
	u.doc.ApplyFixes(code)
}
