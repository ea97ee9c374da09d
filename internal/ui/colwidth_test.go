package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// TestColumnsReadableAtDefaultSize opens the sample list in a window of
// the default size: every value and header of the eight columns fits its
// column uncut (Role was cut to "stude", SSOID out of sight), all eight
// are in view beside the problem panel, and the panel keeps its least
// width.
func TestColumnsReadableAtDefaultSize(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(fyne.NewSize(1280, 800))
	measure := widget.NewLabel("")
	fits := func(text string, bold bool, c editor.Column) {
		measure.TextStyle.Bold = bold
		measure.SetText(text)
		if w := measure.MinSize().Width; w > u.grid.columnWidth(c) {
			t.Errorf("%q needs %v, column %s is %v wide", text, w, u.doc.ColumnName(c), u.grid.columnWidth(c))
		}
	}
	for _, f := range roster.Fields {
		c := editor.FieldColumn(f)
		fits(u.doc.ColumnName(c), true, c)
		for _, row := range u.doc.Roster().Rows {
			fits(editor.CellValue(row, c), false, c)
		}
	}
	gap := theme.Padding()
	eight := float32(rowHeaderWidth) + gap
	for _, f := range roster.Fields {
		eight += u.grid.columnWidth(editor.FieldColumn(f)) + gap
	}
	if w := u.grid.Size().Width - theme.ScrollBarSize(); w < eight {
		t.Errorf("the grid is %v wide, the eight columns need %v", w, eight)
	}
	if w := u.problems.list.Size().Width; w < minPanelWidth-2*theme.Padding() {
		t.Errorf("the problem panel is %v wide", w)
	}
}

// TestColumnWidthLimits checks that a value typed wider than its column
// widens it, up to the column's most width, and that a column only grows
// after an edit.
func TestColumnWidthLimits(t *testing.T) {
	u := newTestUI(t)
	email := editor.FieldColumn(roster.Email)
	class := editor.FieldColumn(roster.Class)
	_, most := widthLimits(email)
	before := u.grid.columnWidth(email)
	u.doc.SetCell(u.doc.Row(0).ID, email, strings.Repeat("a", 80)+"@skola.example.se")
	if got := u.grid.columnWidth(email); got != most || got <= before {
		t.Errorf("a long address: the column is %v wide (was %v), want its most, %v", got, before, most)
	}
	wide := u.grid.columnWidth(class)
	for i := range u.doc.Len() {
		u.doc.SetCell(u.doc.Row(i).ID, class, "")
	}
	u.doc.InsertRows(0, 1) // a change of the list's rows fits the columns again
	if got := u.grid.columnWidth(class); got != wide {
		t.Errorf("the class column went from %v to %v after an edit: it only grows", wide, got)
	}
	u.setDocument(u.doc)
	if got, least := u.grid.columnWidth(class), u.grid.contentWidth(widget.NewLabel(""), class, nil); got != least {
		t.Errorf("a list shown again fits its columns anew: %v, want %v", got, least)
	}
}

// TestDraggedDividerStays checks that the problem panel gives way only
// until the user drags the divider.
func TestDraggedDividerStays(t *testing.T) {
	u := newTestUI(t)
	u.win.Resize(fyne.NewSize(1280, 800))
	if u.panelFit.split.Offset <= defaultSplit {
		t.Fatalf("offset %v: the panel did not give way at 1280 wide", u.panelFit.split.Offset)
	}
	u.panelFit.split.SetOffset(0.5)
	u.win.Resize(fyne.NewSize(1300, 800))
	u.panelFit.refit()
	if got := u.panelFit.split.Offset; got != 0.5 {
		t.Errorf("offset %v after a drag to 0.5", got)
	}
}

// BenchmarkFitColumns100k fits the columns of a list of 100,000 people to
// their content, as opening it does, and a paste or an insert that adds
// rows (a sort, a filter or a delete does not; a typed value is compared
// with the longest so far).
//
//	go test -tags ci ./internal/ui -run '^$' -bench FitColumns -benchmem
func BenchmarkFitColumns100k(b *testing.B) {
	u := bigUI(b, 100_000)
	for b.Loop() {
		u.grid.fitColumns(true)
	}
}
