package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"rosterdesk/internal/roster"
)

// confirmUnmark asks before it takes away the protected mark of rows
// that the file they were read from marks: one click used to un-protect a
// pupil whom the school system's export marked, with no question (tester
// T21). It names the column of the file's mark; Cancel keeps the marks.
func (u *UI) confirmUnmark(ids []roster.RowID, n int, columns []string) {
	text := count(n, "The file this row was read from marks it protected identity", "The file these rows were read from marks %d of them protected identity")
	if len(columns) > 0 {
		text += " " + fmt.Sprintf(lang.L("(column %s)"), quoteColumns(columns))
	}
	text += ". " + lang.L("Without the mark the person is written to the upload file. Remove the mark only if you know the mark is wrong.")
	d := dialog.NewConfirm(lang.L("Remove the protected mark?"), text, func(ok bool) {
		if ok && u.doc != nil {
			u.doc.SetProtected(ids, false)
		}
		u.focusGrid()
	}, u.win)
	d.SetConfirmText(lang.L("Remove the mark"))
	d.SetDismissText(lang.L("Cancel"))
	d.Resize(fyne.NewSize(480, 0))
	u.unmark = d
	d.Show()
}

// quoteColumns names columns as a message does: each in quotes.
func quoteColumns(columns []string) string {
	quoted := make([]string, len(columns))
	for i, c := range columns {
		quoted[i] = fmt.Sprintf("%q", c)
	}
	return strings.Join(quoted, ", ")
}
