package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster/rostertest"
)

// TestScrollToReachesTheLastOfManyRows moves to row 99,999 of 100,000
// and checks that the table draws that row's number.
func TestScrollToReachesTheLastOfManyRows(t *testing.T) {
	const n = 100_000
	a := test.NewTempApp(t)
	u := New(a)
	useManualScheduler(t, u)
	u.win.Resize(fyne.NewSize(1000, 700))
	u.win.Show()
	t.Cleanup(u.win.Close)
	d := editor.New()
	d.Paste(0, 0, rostertest.TSV(n))
	u.setDocument(d)
	if d.Len() != n {
		t.Fatalf("%d rows", d.Len())
	}
	for _, target := range []int{n - 1, n / 2, 12_345, n - 1} {
		u.grid.MoveTo(target, 2, false)
		if !visibleLabel(u.grid, fmt.Sprint(target+1)) {
			t.Errorf("row %d is not on screen after ScrollTo", target+1)
		}
	}
}

// visibleLabel reports whether the grid draws a label with text: the
// table lays out only the cells of the rows in view.
func visibleLabel(g *Grid, text string) bool {
	for _, o := range test.LaidOutObjects(g) {
		if l, ok := o.(*widget.Label); ok && l.Text == text && l.Visible() {
			return true
		}
	}
	return false
}
