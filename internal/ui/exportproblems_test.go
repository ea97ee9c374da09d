package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/i18n"
	"rosterdesk/internal/roster"
)

// exportLists returns the lists of problems in the export dialog.
func exportLists(u *UI) []*dialogList {
	var lists []*dialogList
	overlayWidget(u, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*dialogList); ok {
			lists = append(lists, l)
		}
		return false
	})
	return lists
}

// listLines returns every line of l, the ones out of view too, as l
// draws them.
func listLines(l *dialogList) []string {
	lines := make([]string, l.Length())
	for i := range lines {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		walk(o, func(o fyne.CanvasObject) {
			if t, ok := o.(*widget.Label); ok {
				lines[i] = t.Text
			}
		})
	}
	return lines
}

// TestExportListsManyWarningsInFewWidgets: a list with a warning on each
// of 3,000 rows shows every warning in the export dialog, in a list that
// draws only what is in view; a click on one goes to its cell.
func TestExportListsManyWarningsInFewWidgets(t *testing.T) {
	const n = 3000
	u := windowOn(t, n, func(i int, v *[roster.NumFields]string) {
		clean(i, v)
		v[roster.Class] = fmt.Sprintf("%d a", 1+i%9) // "9 a": write it 9A
	})
	u.onExport()
	e := u.exporter
	if len(e.plan.Errors) > 0 || len(e.plan.Warnings) < n*9/10 {
		t.Fatalf("%d errors, %d warnings; want none and about one a row", len(e.plan.Errors), len(e.plan.Warnings))
	}
	lists := exportLists(u)
	if len(lists) != 1 {
		t.Fatalf("%d lists of problems, want the warnings'", len(lists))
	}
	lines := listLines(lists[0])
	if len(lines) != len(e.plan.Warnings) {
		t.Fatalf("the list has %d lines for %d warnings", len(lines), len(e.plan.Warnings))
	}
	objects := 0
	overlayWidget(u, func(fyne.CanvasObject) bool { objects++; return false })
	if objects > 400 {
		t.Errorf("the dialog is drawn with %d objects for %d warnings", objects, len(lines))
	}

	last := e.plan.Warnings[len(lines)-1]
	if want := e.problemText(last); lines[len(lines)-1] != want || !strings.HasPrefix(want, fmt.Sprintf("Row %d, Class: ", u.doc.RowNumber(last.Row))) {
		t.Errorf("last line %q, want %q", lines[len(lines)-1], want)
	}
	lists[0].Select(len(lines) - 1)
	if overlays(u) != 0 {
		t.Error("a click on a warning left the dialog open")
	}
	if row, col := u.grid.Cursor(); u.doc.Row(row).ID != last.Row || col != editor.Column(roster.Class) {
		t.Errorf("the cursor is on row %d, column %d; want the warning's cell", row, col)
	}
}

// TestExportLineOfAWholeRowProblem: a problem of the whole row (a note
// in the workbook, struck text) is said as "Row 3: …", without the empty
// column name of "Row 3, : …".
func TestExportLineOfAWholeRowProblem(t *testing.T) {
	u := windowOn(t, 2, clean)
	u.onExport()
	id := u.doc.Row(1).ID
	msg := i18n.T("a note on this row")
	got := u.exporter.problemText(check.Problem{Row: id, Field: roster.NoField, Message: msg})
	if want := fmt.Sprintf("Row %d: a note on this row", u.doc.RowNumber(id)); got != want {
		t.Errorf("line %q, want %q", got, want)
	}
	got = u.exporter.problemText(check.Problem{Row: id, Field: roster.Class, Message: msg})
	if want := fmt.Sprintf("Row %d, Class: a note on this row", u.doc.RowNumber(id)); got != want {
		t.Errorf("line %q, want %q", got, want)
	}
}

// TestEscapeInTheProblemList: Esc while the list of problems has the
// keyboard closes the export dialog, as Esc anywhere in it does.
func TestEscapeInTheProblemList(t *testing.T) {
	u := newTestUI(t)
	u.onExport()
	lists := exportLists(u)
	if len(lists) != 2 || len(listLines(lists[0])) != len(u.exporter.plan.Errors) {
		t.Fatalf("%d lists of problems, want the errors' and the warnings'", len(lists))
	}
	for _, line := range listLines(lists[0]) {
		if !strings.Contains(line, ": ") {
			t.Errorf("error line %q", line)
		}
	}
	u.win.Canvas().Focus(lists[0])
	pressKey(u, fyne.KeyDown)
	if overlays(u) != 1 {
		t.Fatal("a key in the list closed the dialog")
	}
	pressKey(u, fyne.KeyEscape)
	if overlays(u) != 0 {
		t.Error("Esc in the list of problems left the export dialog open")
	}
}
