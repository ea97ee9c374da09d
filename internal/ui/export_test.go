package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/roster"
)

// TestExportSaysUnmarkedRows: the export dialog says, before anything is
// written and where it stands out, how many rows the file marked
// protected will be exported because their mark was removed; a list
// whose marks are as read says nothing of it.
func TestExportSaysUnmarkedRows(t *testing.T) {
	const said = "1 row that was marked protected in the file will be exported"
	find := func(u *UI) *widget.Label {
		l, _ := overlayWidget(u, func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && strings.HasPrefix(l.Text, said)
		}).(*widget.Label)
		return l
	}
	u := newTestUI(t)
	u.onExport()
	if find(u) != nil {
		t.Fatal("the dialog speaks of unmarked rows in a list whose marks are as read")
	}
	u.exporter.dlg.Hide()
	var marked []roster.RowID
	for _, row := range u.doc.Roster().Rows {
		if row.Protected {
			marked = append(marked, row.ID)
		}
	}
	if len(marked) == 0 {
		t.Fatal("the sample has no protected row")
	}
	u.doc.SetProtected(marked[:1], false)
	u.onExport()
	l := find(u)
	if l == nil {
		t.Fatalf("the export dialog does not say %q", said)
	}
	if l.Importance != widget.WarningImportance || !l.TextStyle.Bold {
		t.Errorf("the line does not stand out: importance %v, bold %v", l.Importance, l.TextStyle.Bold)
	}
}
