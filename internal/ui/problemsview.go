package ui

import (
	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// refreshProblems regroups the problem panel and redraws the rows whose
// problem marks changed, which an edit of another row can do (a
// duplicate email, the file's municipality).
func (u *UI) refreshProblems() {
	u.problems.refresh(u.doc)
	if u.doc == nil {
		return
	}
	marks := make(map[roster.RowID]uint32, len(u.marks))
	for _, p := range u.doc.Checker().Problems() {
		marks[p.Row] |= markBit(p)
	}
	if u.marks != nil {
		for id, m := range marks {
			if u.marks[id] != m {
				u.grid.RefreshRow(u.doc.Position(id))
			}
		}
		for id := range u.marks {
			if _, ok := marks[id]; !ok {
				u.grid.RefreshRow(u.doc.Position(id))
			}
		}
	}
	u.marks = marks
}

// markBit is a problem's mark: two bits per field (and one pair for the
// whole row), for error and warning.
func markBit(p check.Problem) uint32 {
	slot := uint32(roster.NumFields)
	if p.Field.Valid() {
		slot = uint32(p.Field)
	}
	if p.Severity == check.Error {
		return 1 << (2 * slot)
	}
	return 1 << (2*slot + 1)
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
	u.doc.ApplyFix(p)
}

func (u *UI) onFixAll(code check.Code) {
	u.commitEdit()
	u.doc.ApplyFixes(code)
}
