package ui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
)

// staffCSV has Per Tornberg on three rows, one per school, as a school
// system exports him.
const staffCSV = "Email,FirstName,LastName,Class,School,Municipality,Role,SSOID\n" +
	"alva.lind@elev.boras.se,Alva,Lind,9A,Solbackaskolan,Borås,student,\n" +
	"per.tornberg@boras.se,Per,Tornberg,,Solbackaskolan,Borås,teacher,7001\n" +
	"per.tornberg@boras.se,Per,Tornberg,,Ekbackens skola,Borås,teacher,7001\n" +
	"elsa.ek@elev.boras.se,Elsa,Ek,7B,Ekbackens skola,Borås,student,\n" +
	"Per.Tornberg@boras.se,Per,Tornberg,,Språkcentrum,Borås,teacher,7001\n"

// TestKeepOneRowAtTheMainSchool is the staff story in the window: the
// problem panel shows one kind with a Choose… button and no Fix all; the
// dialog lists the schools by row, and picking Ekbackens skola deletes
// the other two rows, which Undo brings back.
func TestKeepOneRowAtTheMainSchool(t *testing.T) {
	u := newTestUI(t)
	path := filepath.Join(t.TempDir(), "personal.csv")
	if err := os.WriteFile(path, []byte(staffCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := editor.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	u.setDocument(d)
	var p *check.Problem
	for _, it := range u.problems.items {
		if it.heading && (it.code != check.CodeStaffSchools || it.count != 3 || it.fixable != 0) {
			t.Errorf("heading %q: %d problems, %d for Fix all", it.text(), it.count, it.fixable)
		}
		if !it.heading && p == nil {
			p = &it.p
		}
	}
	if p == nil {
		t.Fatal("no problem listed")
	}
	u.problems.onFix(*p) // the line's Choose… button
	var radio *widget.RadioGroup
	var keep *widget.Button
	walk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.RadioGroup:
			radio = w
		case *widget.Button:
			if w.Text == "Keep this row" {
				keep = w
			}
		}
	})
	if radio == nil || keep == nil {
		t.Fatal("no choice of school shown")
	}
	want := []string{"Row 3: Solbackaskolan", "Row 4: Ekbackens skola", "Row 6: Språkcentrum"} // the csv's lines
	if !slices.Equal(radio.Options, want) {
		t.Errorf("options %q, want %q", radio.Options, want)
	}
	radio.SetSelected("Row 4: Ekbackens skola")
	test.Tap(keep)
	if n := u.doc.Roster().Len(); n != 3 {
		t.Fatalf("%d rows left, want 3", n)
	}
	if got := cellText(u, 1, roster.School); got != "Ekbackens skola" {
		t.Errorf("kept the row of %q", got)
	}
	if e, w := u.doc.Checker().Counts(); e != 0 || w != 0 {
		t.Errorf("%d errors, %d warnings left", e, w)
	}
	if len(u.problems.items) != 0 {
		t.Errorf("the panel still lists %d lines", len(u.problems.items))
	}
	u.doc.Undo()
	if n := u.doc.Roster().Len(); n != 5 || cellText(u, 4, roster.School) != "Språkcentrum" {
		t.Errorf("after undo: %d rows", n)
	}
}
