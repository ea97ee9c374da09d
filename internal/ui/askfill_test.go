package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// TestAskFillMunicipality: a staff list read without a Kommun column
// names no municipality; the missing cell's fix asks for it, offers the
// municipalities that start with what is typed, and fills every row at
// once, as roster --municipality does (issue 13).
func TestAskFillMunicipality(t *testing.T) {
	u := openStaff(t)
	var missing *check.Problem
	for _, p := range u.doc.Checker().Problems() {
		if p.Field == roster.Municipality && p.Code == check.CodeMissing {
			missing = &p
			break
		}
	}
	if missing == nil || missing.Fix == nil || !missing.Fix.Ask {
		t.Fatalf("the missing municipality asks nothing: %+v", missing)
	}
	u.onFix(*missing)
	if got := overlayText(u); !strings.Contains(got, "The municipality of the 3 rows without one") {
		t.Fatalf("the dialog says %q", got)
	}
	picker, _ := overlayWidget(u, func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.SelectEntry)
		return ok
	}).(*widget.SelectEntry)
	fill := overlayButton(u, "Fill in")
	if picker == nil || fill == nil || !fill.Disabled() {
		t.Fatalf("picker %v, Fill in %v", picker, fill)
	}
	test.Type(picker, "borå")
	if fill.Disabled() {
		t.Error("Fill in stays off with a name typed")
	}
	if !strings.Contains(u.mapBar.text.Text, "Municipality") || !u.mapBar.box.Visible() {
		t.Fatalf("before: the map bar says %q (shown %v); want the missing Municipality", u.mapBar.text.Text, u.mapBar.box.Visible())
	}
	picker.SetText("Borås")
	test.Tap(fill)
	if u.mapBar.box.Visible() && strings.Contains(u.mapBar.text.Text, "Municipality") {
		t.Errorf("after the fill the map bar still says %q", u.mapBar.text.Text)
	}
	for i := range u.doc.Len() {
		if got := u.doc.Row(i).Values[roster.Municipality]; got != "Borås" {
			t.Errorf("row %d says %q", i, got)
		}
	}
	if e, _ := u.doc.Checker().Counts(); e != 0 {
		t.Errorf("%d errors left", e)
	}
}
