package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// problemListHeight is the most height a list of problems takes in the
// export dialog, and bothListsHeight each list's when the dialog lists
// errors and warnings: a longer list scrolls, and the dialog fits in a
// window on a 1366×768 screen.
const problemListHeight, bothListsHeight = 160, 116

// problemList lists problems in the export dialog, a line each; a click
// on a line closes the dialog and goes to the problem's cell, where the
// whole message is shown under the grid. The list makes lines only for
// what is in view, so that a file with thousands of warnings costs a
// few widgets, not thousands.
func (e *exportDialog) problemList(problems []check.Problem, errs bool) fyne.CanvasObject {
	icon := theme.WarningIcon()
	if errs {
		icon = theme.ErrorIcon()
	}
	list := newDialogList(e.u.escape, func() int { return len(problems) },
		func() fyne.CanvasObject {
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, text)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*fyne.Container).Objects[0].(*widget.Label).SetText(e.problemText(problems[i]))
		})
	list.OnSelected = func(i widget.ListItemID) {
		list.UnselectAll()
		e.dlg.Hide()
		e.u.jumpTo(problems[i])
	}
	line := list.CreateItem().MinSize().Height + theme.Padding()
	limit := float32(problemListHeight)
	if len(e.plan.Errors) > 0 && len(e.plan.Warnings) > 0 {
		limit = bothListsHeight
	}
	height := min(float32(len(problems))*line-theme.Padding(), limit)
	return container.NewGridWrap(fyne.NewSize(exportWidth, height), list)
}

// problemText is a problem's line in the export dialog: its row, as the
// grid and the source number it, its column and its message.
func (e *exportDialog) problemText(p check.Problem) string {
	if p.Row == 0 {
		return say(p.Message) // a problem of the file, not of a row
	}
	where := fmt.Sprint(e.u.doc.RowNumber(p.Row))
	if len(e.u.doc.Sources()) > 1 {
		where = rowSourceLabel(e.u.doc, p.Row) + " " + where // as the problem panel names it
	}
	if !p.Field.Valid() && p.Field != roster.ProtectedField {
		// A problem of the whole row (a note, struck text) has no
		// column to name.
		return fmt.Sprintf(lang.L("Row %s: %s"), where, say(p.Message))
	}
	return fmt.Sprintf(lang.L("Row %s, %s: %s"), where, p.Field.String(), say(p.Message))
}
