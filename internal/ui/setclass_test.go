package ui

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// menuAction returns the action of the main menu's item labelled label.
func menuAction(t *testing.T, u *UI, label string) func() {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, i := range m.Items {
			if i.Label == label {
				return i.Action
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// classPicker returns the open Set class dialog's picker.
func classPicker(t *testing.T, u *UI) *widget.SelectEntry {
	t.Helper()
	p, _ := overlayWidget(u, func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.SelectEntry)
		return ok
	}).(*widget.SelectEntry)
	if p == nil {
		t.Fatalf("no class picker open; the window shows %q", overlayText(u))
	}
	return p
}

// TestSetClassForSelectedRows selects four pupils and a teacher and uses
// Edit > Set class for selected rows…: the picker offers the school's
// classes (never the bare grade), Set stays off for "9", and a class sets
// the pupils' classes in one undo step while the teacher keeps none.
func TestSetClassForSelectedRows(t *testing.T) {
	u := newTestUI(t)
	ture, johan := rowOf(t, u, "Ture"), rowOf(t, u, "Johan")
	class := int(editor.FieldColumn(roster.Class))
	u.grid.MoveTo(ture, class, false)
	u.grid.MoveTo(johan, class, true) // Ture, Karin and Johan (teachers)
	menuAction(t, u, "Set class for selected rows…")()
	text := overlayText(u)
	if !strings.Contains(text, "Class for the selected row:") ||
		!strings.Contains(text, "2 teachers among them keep no class") {
		t.Errorf("the dialog says %q", text)
	}
	picker := classPicker(t, u)
	if got, want := u.classOptions, []string{"7A", "7B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("offered %q, want Ekbackens skola's %q", got, want)
	}
	set := overlayButton(u, "Set class")
	test.Type(picker, "7")
	if !set.Disabled() || !strings.Contains(overlayText(u), "such as 9A") {
		t.Errorf("a bare grade: Set enabled %v, the dialog says %q", !set.Disabled(), overlayText(u))
	}
	picker.SetText("7 c")
	if set.Disabled() {
		t.Fatal("Set is off for 7 c")
	}
	test.Tap(set)
	if got := cellText(u, ture, roster.Class); got != "7C" {
		t.Errorf("Ture's class %q", got)
	}
	if got := cellText(u, johan, roster.Class); got != "9B" {
		t.Errorf("the teacher's class changed to %q", got)
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog is still open")
	}
	u.onUndo()
	if got := cellText(u, ture, roster.Class); got != "7B" {
		t.Errorf("undo: Ture's class %q", got)
	}
}

// TestClassProblemChoosesAClass taps Choose… on the line of a pupil with
// only a grade: the picker offers the classes of the pupil's school, of
// its grade first, and the chosen one fixes the problem.
func TestClassProblemChoosesAClass(t *testing.T) {
	u := newTestUI(t)
	line := -1
	for i, it := range u.problems.items {
		if !it.heading && it.code == check.CodeClassGradeOnly {
			line = i
		}
	}
	if line < 0 {
		t.Fatal("no line for Noah's bare grade")
	}
	o := newProblemLine()
	u.problems.updateLine(line, o)
	_, _, _, choose := lineParts(o)
	if choose.Text != "Choose…" || !choose.Visible() {
		t.Fatalf("the line's button is %q (shown %v)", choose.Text, choose.Visible())
	}
	test.Tap(choose)
	if !strings.Contains(overlayText(u), "Class for Noah Sandberg, row 8:") {
		t.Errorf("the dialog says %q", overlayText(u))
	}
	picker := classPicker(t, u)
	if got, want := u.classOptions, []string{"9A", "9B", "8A", "8B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("offered %q, want %q", got, want)
	}
	picker.SetText("9B")
	test.Tap(overlayButton(u, "Set class"))
	noah := rowOf(t, u, "Noah")
	if got := cellText(u, noah, roster.Class); got != "9B" {
		t.Errorf("Noah's class %q", got)
	}
	for _, p := range u.doc.Checker().RowProblems(u.doc.Row(noah).ID) {
		t.Errorf("Noah still has %s", p.Code)
	}
}

// TestEditBarOffersValidClasses checks the edit bar's drop-down on a
// class cell: the school's classes, never a bare grade.
func TestEditBarOffersValidClasses(t *testing.T) {
	u := newTestUI(t)
	u.grid.MoveTo(rowOf(t, u, "Isak"), int(editor.FieldColumn(roster.Class)), false)
	if got, want := u.entry.options, []string{"7A", "7B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("offered %q, want %q", got, want)
	}
	u.grid.MoveTo(rowOf(t, u, "Alva"), int(editor.FieldColumn(roster.Class)), false)
	for _, o := range u.entry.options {
		if o == "9" {
			t.Errorf("a bare grade is offered: %q", u.entry.options)
		}
	}
}
