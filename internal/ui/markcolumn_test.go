package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
)

// markCSV has a column that sounds like a protection mark: Otto's "S"
// in it may mean that his identity is protected.
const markCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Spärrkod\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;\n" +
	"otto@skola.example.se;Otto;Ek;9A;Norrskolan;Borås;elev;S\n"

func openMarkCSV(t *testing.T, u *UI) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(markCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := editor.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	u.setDocument(d)
}

// markColumnLine returns the panel's line of the unknown column.
func markColumnLine(t *testing.T, u *UI) problemItem {
	t.Helper()
	for _, it := range u.problems.items {
		if !it.heading && it.code == check.CodeProtectedColumnUnknown {
			return it
		}
	}
	t.Fatal("the panel lists no column that may be a protection mark")
	return problemItem{}
}

// TestChooseMarkColumnMarks is the story in the window: the panel shows
// the column as an error with a Choose… button; saying it marks protected
// identity protects Otto, and Undo takes it back.
func TestChooseMarkColumnMarks(t *testing.T) {
	u := newTestUI(t)
	openMarkCSV(t, u)
	it := markColumnLine(t, u)
	if !strings.Contains(it.text(), `"Spärrkod"`) || strings.Contains(it.text(), "hidden") {
		t.Errorf("line %q", it.text())
	}
	u.problems.onChooseColumn(it.p) // the line's Choose… button
	if !strings.Contains(overlayText(u), `Does the column "Spärrkod" mark people with protected identity`) {
		t.Fatalf("dialog says %q", overlayText(u))
	}
	test.Tap(overlayButton(u, "It marks protected identity"))
	if e, _ := u.doc.Checker().Counts(); e != 0 {
		t.Errorf("%d errors after the choice", e)
	}
	if s := u.doc.Status(); s.Protected != 1 {
		t.Errorf("%d protected, want Otto", s.Protected)
	}
	u.doc.Undo()
	if s := u.doc.Status(); s.Protected != 0 {
		t.Errorf("undo: %d protected", s.Protected)
	}
	markColumnLine(t, u)
}

func TestChooseMarkColumnNotAMarkAndCancel(t *testing.T) {
	u := newTestUI(t)
	openMarkCSV(t, u)
	u.problems.onChooseColumn(markColumnLine(t, u).p)
	test.Tap(overlayButton(u, "Cancel"))
	if e, _ := u.doc.Checker().Counts(); e != 1 {
		t.Errorf("cancel: %d errors, want the column still unknown", e)
	}
	u.problems.onChooseColumn(markColumnLine(t, u).p)
	test.Tap(overlayButton(u, "It is not a protection mark"))
	if e, _ := u.doc.Checker().Counts(); e != 0 || u.doc.Status().Protected != 0 {
		t.Errorf("not a mark: %d errors, %d protected", e, u.doc.Status().Protected)
	}
}

// The line of the column has its Choose… button, so its height is
// measured with the button's width taken off: the text must not spill
// into the next line.
func TestMarkColumnLineHeightCountsTheButton(t *testing.T) {
	u := newTestUI(t)
	openMarkCSV(t, u)
	it := markColumnLine(t, u)
	if !it.hasButton() {
		t.Fatal("no button counted on the line")
	}
	with := u.problems.heights[lineKey{text: it.text(), button: true}]
	u.problems.fitHeights(u.problems.width)
	if with == 0 {
		t.Fatalf("the line's height was not measured with its button (width %v)", u.problems.width)
	}
}

// The mapping dialog shows a column that may be a protection mark as
// undecided, where choosing "It is not a protection mark" settles it; an answer given in the
// panel is kept when the dialog reads the file again.
func TestMappingKeepsTheMarkColumnAnswer(t *testing.T) {
	u, _ := openCSV(t, markCSV)
	u.onMapColumns()
	i := mapperColumn(t, u, "Spärrkod")
	if c := u.mapper.choices[i]; c.Selected != "" || c.PlaceHolder != "Undecided: a protection mark?" {
		t.Errorf("Spärrkod shown as %q (%q)", c.Selected, c.PlaceHolder)
	}
	u.mapper.choices[i].SetSelected("It is not a protection mark (rows marked Ja are exported)")
	if ch := u.mapper.changes(); len(ch) != 1 || ch[0].Header != "Spärrkod" {
		t.Errorf("changes %v, want Spärrkod settled as not sent", ch)
	}
	test.Tap(overlayButton(u, "Cancel"))

	u.problems.onChooseColumn(markColumnLine(t, u).p)
	test.Tap(overlayButton(u, "It is not a protection mark"))
	u.onMapColumns()
	u.mapper.choices[mapperColumn(t, u, "Kommun")].SetSelected("Not sent")
	test.Tap(u.mapper.apply)
	if len(u.doc.ColumnMaps()) != 2 {
		t.Errorf("maps %v, want Kommun and the panel's answer on Spärrkod", u.doc.ColumnMaps())
	}
	for _, p := range u.doc.Checker().Problems() {
		if p.Code == check.CodeProtectedColumnUnknown {
			t.Error("the panel's answer was lost when the file was read again")
		}
	}
}

func TestMappingKeepsTheMarksAnswer(t *testing.T) {
	u, _ := openCSV(t, markCSV)
	u.problems.onChooseColumn(markColumnLine(t, u).p)
	test.Tap(overlayButton(u, "It marks protected identity"))
	u.onMapColumns()
	u.mapper.choices[mapperColumn(t, u, "Kommun")].SetSelected("Not sent")
	test.Tap(u.mapper.apply)
	if e, _ := u.doc.Checker().Counts(); u.doc.Status().Protected != 1 || codeCount(u, check.CodeProtectedColumnUnknown) != 0 {
		t.Errorf("after reading again: %d protected, %d errors, want Otto protected and the column settled", u.doc.Status().Protected, e)
	}
}
