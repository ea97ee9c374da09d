package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rosterdesk/internal/check"
	"rosterdesk/internal/editor"
	"rosterdesk/internal/roster"
	"rosterdesk/internal/sheet"
)

// mentorCSV is a semicolon csv as a school system exports it, in UTF-8:
// its class column has a header the program does not know, beside
// a column of personal identity numbers.
const mentorCSV = "E-post;Förnamn;Efternamn;Mentorsgrupp;Skola;Kommun;Roll;Personnummer\r\n" +
	"tova@skola.example.se;Tova;Lind;9A;Norrskolan;Borås;elev;120315-1236\r\n" +
	"otto@skola.example.se;Otto;Ek;9 b;Norrskolan;Borås;elev;110704-4560\r\n"

// codeCount counts the list's problems of a kind.
func codeCount(u *UI, code check.Code) int {
	n := 0
	for _, p := range u.doc.Checker().Problems() {
		if p.Code == code {
			n++
		}
	}
	return n
}

// mapperColumn returns the index of header in the open mapping dialog.
func mapperColumn(t *testing.T, u *UI, header string) int {
	t.Helper()
	if u.mapper == nil {
		t.Fatal("no mapping dialog")
	}
	for i, c := range u.mapper.cols {
		if c.Header == header {
			return i
		}
	}
	t.Fatalf("the dialog has no column %q", header)
	return -1
}

// TestMapAColumnToClass is the story in the window: the file's class
// column is not recognised, the bar above the grid says so and offers the
// dialog; mapped to Class there, the list is read again and its class
// problems change at once; opened again, the remembered mapping is
// applied, and the bar says so.
func TestMapAColumnToClass(t *testing.T) {
	u, path := openCSV(t, mentorCSV)
	if !u.mapBar.box.Visible() || !strings.Contains(u.mapBar.text.Text, `"Mentorsgrupp"`) || !strings.Contains(u.mapBar.text.Text, "Class") {
		t.Fatalf("bar says %q (shown %v)", u.mapBar.text.Text, u.mapBar.box.Visible())
	}
	if n := codeCount(u, check.CodeClassMissing); n != 2 {
		t.Fatalf("%d students without a class, want both", n)
	}

	test.Tap(u.mapBar.button)
	i := mapperColumn(t, u, "Mentorsgrupp")
	if got := u.mapper.choices[i].Selected; got != "Not sent" {
		t.Errorf("Mentorsgrupp offered as %q", got)
	}
	if p := u.mapper.choices[mapperColumn(t, u, "Personnummer")]; !p.Disabled() || strings.Contains(overlayText(u), "120315") {
		t.Error("the column of personal identity numbers can be mapped, or its numbers are shown")
	}
	if !strings.Contains(overlayText(u), "9A · 9 b") {
		t.Errorf("no preview of the class column's first rows:\n%s", overlayText(u))
	}
	u.mapper.choices[i].SetSelected(roster.Class.String())
	test.Tap(u.mapper.apply)

	if n := codeCount(u, check.CodeClassMissing); n != 0 {
		t.Errorf("%d students without a class after mapping", n)
	}
	if n := codeCount(u, check.CodeClassFormat); n != 1 {
		t.Errorf("%d classes written wrong after mapping, want Otto's 9 b", n)
	}
	if row := u.doc.Row(rowOf(t, u, "Otto")); row.Values[roster.Class] != "9 b" {
		t.Errorf("Otto's class %q", row.Values[roster.Class])
	}
	if u.mapBar.box.Visible() {
		t.Errorf("the bar still offers mapping: %q", u.mapBar.text.Text)
	}
	found := false
	for _, it := range u.problems.items {
		found = found || it.code == check.CodeClassFormat
	}
	if !found {
		t.Error("the panel does not list the class problem the mapping revealed")
	}
	remembered := u.app.Preferences().StringList(keyColumnMapPrefix + u.doc.HeaderKey())
	if len(remembered) != 1 || remembered[0] != "Mentorsgrupp=Class" {
		t.Errorf("remembered %q", remembered)
	}

	u.setDocument(nil)
	u.OpenFile(path)
	if n := codeCount(u, check.CodeClassMissing); n != 0 || len(u.doc.ColumnMaps()) != 1 {
		t.Errorf("opened again: %d students without a class, maps %v", n, u.doc.ColumnMaps())
	}
	if !u.mapBar.box.Visible() || !strings.Contains(u.mapBar.text.Text, `"Mentorsgrupp" → Class`) || u.mapBar.button.Text != "Change…" {
		t.Errorf("bar after opening again: %q, button %q", u.mapBar.text.Text, u.mapBar.button.Text)
	}
}

// Mapping the class column back to "not sent" is one more mapping: the
// problems come back, and the next opening remembers that.
func TestMapBackAndCancel(t *testing.T) {
	u, _ := openCSV(t, mentorCSV)
	u.onMapColumns()
	test.Tap(overlayButton(u, "Cancel"))
	if len(u.doc.ColumnMaps()) != 0 {
		t.Fatal("Cancel mapped")
	}
	u.onMapColumns()
	u.mapper.choices[mapperColumn(t, u, "Mentorsgrupp")].SetSelected("Class")
	test.Tap(u.mapper.apply)
	u.onMapColumns()
	u.mapper.choices[mapperColumn(t, u, "Mentorsgrupp")].SetSelected("Not sent")
	test.Tap(u.mapper.apply)
	if n := codeCount(u, check.CodeClassMissing); n != 2 {
		t.Errorf("%d students without a class after mapping back", n)
	}
	maps := u.prefs.ColumnMaps(u.doc.HeaderKey())
	if len(maps) != 1 || maps[0].Target.Kind != sheet.TargetIgnore {
		t.Errorf("remembered %v", maps)
	}
}

// Mapping a second column to a field takes it from the column that held
// it, which is then not sent.
func TestMapOneFieldFromOneColumn(t *testing.T) {
	u, _ := openCSV(t, mentorCSV)
	u.onMapColumns()
	school := u.mapper.choices[mapperColumn(t, u, "Skola")]
	u.mapper.choices[mapperColumn(t, u, "Mentorsgrupp")].SetSelected("School")
	if school.Selected != "Not sent" {
		t.Errorf("Skola still offered as %q", school.Selected)
	}
	changes := u.mapper.changes()
	if len(changes) != 2 {
		t.Errorf("changes %v, want Mentorsgrupp to School and Skola not sent", changes)
	}
}

// A list not read from a file has nothing to map, and says so.
func TestMapColumnsOfANewList(t *testing.T) {
	u := newTestUI(t)
	u.doc = nil
	u.onMapColumns() // no list: nothing happens
	u.onNew()
	u.onMapColumns()
	if u.mapper != nil || !strings.Contains(overlayText(u), "Only a list read from a file") {
		t.Errorf("a new list: %q", overlayText(u))
	}
}

// protectedCSV has the recognised protection column: Tove's "Ja" in it
// protects her.
const protectedCSV = "E-post;Förnamn;Efternamn;Klass;Skola;Kommun;Roll;Skyddad identitet\n" +
	"tove@skola.example.se;Tove;Lager;9A;Norrskolan;Borås;elev;Ja\n" +
	"nils@skola.example.se;Nils;Berg;9A;Norrskolan;Borås;elev;Nej\n"

// The mapping dialog offers a protection column only "it marks" or "it
// is not a mark (rows marked Ja are exported)", never a plain "Not sent"
// (tester T41); saying it is no mark lets Tove out with a warning on her
// row, in the panel and in the export dialog, and the choice is not
// remembered: the next file with these columns protects her again.
func TestMapProtectionColumnOff(t *testing.T) {
	u, path := openCSV(t, protectedCSV)
	if u.doc.Status().Protected != 1 {
		t.Fatalf("%d protected, want Tove", u.doc.Status().Protected)
	}
	u.onMapColumns()
	c := u.mapper.choices[mapperColumn(t, u, "Skyddad identitet")]
	notMark := "It is not a protection mark (rows marked Ja are exported)"
	if c.Selected != "It marks protected identity" || len(c.Options) != 2 || c.Options[1] != notMark {
		t.Fatalf("the column is offered as %q among %q", c.Selected, c.Options)
	}
	if other := u.mapper.choices[mapperColumn(t, u, "Kommun")]; !slices.Contains(other.Options, "Not sent") {
		t.Errorf("an ordinary column is offered %q", other.Options)
	}
	c.SetSelected(notMark)
	test.Tap(u.mapper.apply)
	if u.doc.Status().Protected != 0 || codeCount(u, check.CodeProtectedMarkIgnored) != 1 {
		t.Errorf("switched off: %d protected, %d warnings protected_mark_ignored; want Tove exported with one",
			u.doc.Status().Protected, codeCount(u, check.CodeProtectedMarkIgnored))
	}
	u.onExport()
	plan := u.doc.PlanExport(u.prefs.ExportFolder(), u.now())
	if !strings.Contains(overlayText(u), "1 warning: you may export anyway.") || len(plan.Warnings) != 1 || plan.Warnings[0].Code != check.CodeProtectedMarkIgnored {
		t.Errorf("the export dialog does not list the warning: %+v\n%s", plan.Warnings, overlayText(u))
	}
	test.Tap(overlayButton(u, "Cancel"))
	if remembered := u.app.Preferences().StringList(keyColumnMapPrefix + u.doc.HeaderKey()); len(remembered) != 0 {
		t.Errorf("remembered %q", remembered)
	}

	u.setDocument(nil)
	u.OpenFile(path)
	if u.doc.Status().Protected != 1 || len(u.doc.ColumnMaps()) != 0 {
		t.Errorf("opened again: %d protected, maps %v; want Tove protected", u.doc.Status().Protected, u.doc.ColumnMaps())
	}
}

// A not-a-mark choice that an older version remembered is not applied.
func TestRememberedNotAMarkIgnored(t *testing.T) {
	u := newWindow(t)
	path := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(path, []byte(protectedCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	headers := []string{"E-post", "Förnamn", "Efternamn", "Klass", "Skola", "Kommun", "Roll", "Skyddad identitet"}
	u.app.Preferences().SetStringList(keyColumnMapPrefix+sheet.HeaderSetKey(headers), []string{"Skyddad identitet=Ignore"})
	u.OpenFile(path)
	if u.doc.Status().Protected != 1 || len(u.doc.ColumnMaps()) != 0 {
		t.Errorf("%d protected, maps %v; want Tove protected", u.doc.Status().Protected, u.doc.ColumnMaps())
	}
}

// TestMapColumnsOfSeveralFiles: a staff list with the pupils' export
// added maps like one file (before, it was refused). The bar offers the
// added file's unknown column, the dialog lists the columns of both,
// applying reads both files again, and the mapping is remembered for the
// pupils' file, where its column is: added again to the staff list, the
// file is read with it, and the bar says so.
func TestMapColumnsOfSeveralFiles(t *testing.T) {
	pupils := filepath.Join(t.TempDir(), "elever.csv")
	if err := os.WriteFile(pupils, []byte(mentorCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	u := openStaff(t)
	u.AddRowsFrom(pupils)
	u.win.Canvas().Overlays().Top().Hide() // "Added 2 rows from elever.csv."
	if u.doc.Len() != 5 {
		t.Fatalf("%d rows, want 3 staff and 2 pupils", u.doc.Len())
	}
	if !u.mapBar.box.Visible() || !strings.Contains(u.mapBar.text.Text, `"Mentorsgrupp"`) {
		t.Fatalf("after adding, the bar says %q (shown %v)", u.mapBar.text.Text, u.mapBar.box.Visible())
	}
	test.Tap(u.mapBar.button)
	i := mapperColumn(t, u, "Mentorsgrupp")
	// The staff file's Befattning and the pupils' Roll are both Role:
	// choosing one does not take it from the other file.
	roll := u.mapper.choices[mapperColumn(t, u, "Roll")]
	u.mapper.choices[mapperColumn(t, u, "Befattning")].SetSelected(roster.Role.String())
	if roll.Selected != roster.Role.String() {
		t.Errorf("choosing Role for the staff file's Befattning made the pupils' Roll %q", roll.Selected)
	}
	if strings.Contains(overlayText(u), "are lost when the file is read again") {
		t.Error("the dialog warns of lost changes, though the list is as its files were read")
	}
	u.mapper.choices[i].SetSelected(roster.Class.String())
	test.Tap(u.mapper.apply)

	if u.doc.Len() != 5 || codeCount(u, check.CodeClassMissing) != 0 {
		t.Fatalf("after mapping: %d rows, %d students without a class", u.doc.Len(), codeCount(u, check.CodeClassMissing))
	}
	if row := u.doc.Row(rowOf(t, u, "Tova")); row.Values[roster.Class] != "9A" {
		t.Errorf("Tova's class %q", row.Values[roster.Class])
	}
	alone, err := editor.Open(pupils)
	if err != nil {
		t.Fatal(err)
	}
	prefs := u.app.Preferences()
	if got := prefs.StringList(keyColumnMapPrefix + alone.HeaderKey()); len(got) != 1 || got[0] != "Mentorsgrupp=Class" {
		t.Errorf("remembered for the pupils' file: %q", got)
	}
	if got := prefs.StringList(keyColumnMapPrefix + u.doc.HeaderKey()); len(got) != 0 {
		t.Errorf("remembered for the staff file, which has no Mentorsgrupp: %q", got)
	}

	u.setDocument(nil)
	u = openStaffIn(t, u)
	u.AddRowsFrom(pupils)
	u.win.Canvas().Overlays().Top().Hide()
	if codeCount(u, check.CodeClassMissing) != 0 {
		t.Error("added again, the pupils' file was not read with its remembered mapping")
	}
	if !strings.Contains(u.mapBar.text.Text, `"Mentorsgrupp" → Class`) {
		t.Errorf("the bar after adding again: %q", u.mapBar.text.Text)
	}
}

// TestMapDialogNamesTheFiles: the mapping dialog of a list read from two
// files names both, and under each column the file it is in; of a list
// of one file, that file (issue 13).
func TestMapDialogNamesTheFiles(t *testing.T) {
	u := openStaff(t)
	u.onMapColumns()
	if got := overlayText(u); !strings.Contains(got, "What does each column of staff_cp1252.csv hold?") {
		t.Errorf("one file: %q", got)
	}
	u.mapper.dialog.Hide()
	u.AddRowsFrom(fixture("pupils_openpyxl.xlsx"))
	manual(u).settle()
	for u.win.Canvas().Overlays().Top() != nil {
		u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
	}
	u.onMapColumns()
	got := overlayText(u)
	if !strings.Contains(got, "What does each column of staff_cp1252.csv, pupils_openpyxl.xlsx hold?") || strings.Contains(got, "of the file hold") {
		t.Errorf("two files: %q", got)
	}
	if !strings.Contains(got, "Befattning\nstaff_cp1252.csv\n") {
		t.Errorf("Befattning does not say its file: %q", got)
	}
}

// nextTermCSV has this year's classes under Klass and next term's under
// a header the program does not know.
const nextTermCSV = "E-post;Förnamn;Efternamn;Klass;Klass ht27;Skola;Kommun;Roll\r\n" +
	"tova@skola.example.se;Tova;Lind;6A;7A;Norrskolan;Borås;elev\r\n" +
	"otto@skola.example.se;Otto;Ek;6B;7B;Norrskolan;Borås;elev\r\n"

// TestMapOtherClassColumn: a column of next term's classes beside the
// Class column is a warning, and the dialog offers it undecided (not
// "Not sent" as chosen); chosen as Not sent, Apply settles the warning
// and the Class column's classes stay; chosen as Class, its classes are
// sent.
func TestMapOtherClassColumn(t *testing.T) {
	for choice, class := range map[string]string{"Not sent": "6A", "Class": "7A"} {
		u, _ := openCSV(t, nextTermCSV)
		if n := codeCount(u, check.CodeClassColumnOther); n != 1 {
			t.Fatalf("%d warnings class_column_other, want 1", n)
		}
		u.onMapColumns()
		c := u.mapper.choices[mapperColumn(t, u, "Klass ht27")]
		if c.Selected != "" || c.PlaceHolder != "Undecided: the classes to send?" {
			t.Fatalf("the column is offered as %q (%q)", c.Selected, c.PlaceHolder)
		}
		c.SetSelected(choice)
		test.Tap(u.mapper.apply)
		if n := codeCount(u, check.CodeClassColumnOther); n != 0 {
			t.Errorf("%s: %d warnings class_column_other after Apply", choice, n)
		}
		if got := u.doc.Row(0).Values[roster.Class]; got != class {
			t.Errorf("%s: the first class is %q, want %q", choice, got, class)
		}
	}
}
