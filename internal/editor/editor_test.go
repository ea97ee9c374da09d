package editor

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"rosterdesk/assets"
	"rosterdesk/internal/check"
	"rosterdesk/internal/roster"
)

// openSample opens the embedded sample list, as "Open sample list" does.
func openSample(t *testing.T) *Document {
	t.Helper()
	path := filepath.Join(t.TempDir(), assets.SampleRosterName)
	if err := os.WriteFile(path, assets.SampleRoster, 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// snapshot is the whole visible state of a roster, for comparing before
// and after undo.
func snapshot(d *Document) string {
	var b strings.Builder
	for _, row := range d.Roster().Rows {
		fmt.Fprintf(&b, "%d %q %q %v %v %v", row.ID, row.Values, row.Extra, row.Protected, row.LeftOut, row.Hidden)
		for _, f := range roster.Fields {
			if g := row.Removed(f); g != "" {
				fmt.Fprintf(&b, " %s-%+q", f, g)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// assertChecked fails unless the incremental problems equal a full check.
func assertChecked(t *testing.T, d *Document) {
	t.Helper()
	got, want := d.Checker().Problems(), check.Check(d.Roster())
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("incremental problems differ from a full check:\n got %v\nwant %v", got, want)
	}
}

// findRow returns the id of the row whose first name is name.
func findRow(t *testing.T, d *Document, first string) roster.RowID {
	t.Helper()
	for _, row := range d.Roster().Rows {
		if row.Values[roster.FirstName] == first {
			return row.ID
		}
	}
	t.Fatalf("no row %q", first)
	return 0
}

func codes(problems []check.Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, string(p.Code))
	}
	return out
}

func TestEveryCommandUndoesAndRedoes(t *testing.T) {
	commands := map[string]func(d *Document){
		"set cell":  func(d *Document) { d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9C") },
		"set extra": func(d *Document) { d.SetCell(findRow(t, d, "Noah"), Column(roster.NumFields), "flyttar") },
		"fill":      func(d *Document) { d.Fill([]roster.RowID{1, 2, 3}, FieldColumn(roster.School), "Norrskolan") },
		"clear":     func(d *Document) { d.ClearCells([]roster.RowID{1, 2}, []Column{0, 1}) },
		"protect":   func(d *Document) { d.SetProtected([]roster.RowID{4, 5}, true) },
		"insert":    func(d *Document) { d.InsertRows(3, 2) },
		"delete":    func(d *Document) { d.DeleteRows([]roster.RowID{2, 3, 7, 28}) },
		"paste":     func(d *Document) { d.Paste(26, 0, "a@x.se\tA\tB\r\nb@x.se\tC\tD\r\nc@x.se\tE\tF\r\nd@x.se\tG\tH\r\n") },
		"fix":       func(d *Document) { d.ApplyFix(d.Checker().Problems()[0]) },
		"fix all":   func(d *Document) { d.ApplyFixes(check.CodeClassFormat) },
		"sort":      func(d *Document) { d.Sort(FieldColumn(roster.LastName), false) },
		"sort desc": func(d *Document) { d.Sort(FieldColumn(roster.Class), true) },
	}
	for name, command := range commands {
		t.Run(name, func(t *testing.T) {
			d := openSample(t)
			before := snapshot(d)
			command(d)
			after := snapshot(d)
			if after == before {
				t.Fatal("the command changed nothing")
			}
			assertChecked(t, d)
			if !d.Dirty() {
				t.Error("not dirty after a change")
			}
			if _, ok := d.Undo(); !ok || snapshot(d) != before {
				t.Fatalf("undo did not restore the roster:\n%s", snapshot(d))
			}
			assertChecked(t, d)
			if d.Dirty() {
				t.Error("dirty after undoing back to the opened state")
			}
			if _, ok := d.Redo(); !ok || snapshot(d) != after {
				t.Fatal("redo did not repeat the command")
			}
			assertChecked(t, d)
		})
	}
}

// TestSecretaryFixesTheSampleList is the story of the issue: open the
// school export, see every problem, fix them with the keyboard and the
// one-click fixes, and export.
func TestSecretaryFixesTheSampleList(t *testing.T) {
	d := openSample(t)
	if s := d.Status(); s.Errors != 7 || s.Warnings != 4 || s.Rows != 28 || s.Protected != 2 {
		t.Fatalf("status after open = %+v", s)
	}
	if d.Path() != "" {
		t.Error("a school-system export must not be the save target")
	}
	if n := d.ApplyFixes(check.CodeClassFormat); n != 2 {
		t.Errorf("fixed %d class formats, want 2", n)
	}
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9 c") // typed carelessly
	d.ApplyFixes(check.CodeClassFormat)
	d.SetCell(findRow(t, d, "Liam"), FieldColumn(roster.Email), "liam.forsberg@elev.solbacka.se")
	d.SetCell(findRow(t, d, "Wilma"), FieldColumn(roster.Email), "wilma.ekstrom@elev.solbacka.se")
	d.SetCell(findRow(t, d, "Lucas"), FieldColumn(roster.Email), "lucas.wikstrom@elev.solbacka.se")
	d.SetCell(findRow(t, d, "Isak"), FieldColumn(roster.Class), "7a")
	d.SetCell(findRow(t, d, "Signe"), FieldColumn(roster.Role), "Elev")
	if got := d.RowByID(findRow(t, d, "Signe")).Values[roster.Role]; got != "student" {
		t.Errorf("typed role Elev stored as %q", got)
	}
	d.ApplyFixes(check.CodeClassFormat)
	d.ApplyFixes(check.CodeSpellingVariant) // Boras for Borås
	assertChecked(t, d)
	s := d.Status()
	if s.Errors != 0 {
		t.Fatalf("errors left: %v", d.Checker().Problems())
	}
	if got := codes(d.Checker().Problems()); !slices.Equal(got, []string{"class_teacher"}) {
		t.Errorf("warnings left = %v, want only the teacher with a class", got)
	}
	if err := d.Save(""); err != ErrNeedsName {
		t.Errorf("Save without a name: %v", err)
	}
	dir := t.TempDir()
	plan := d.PlanExport(dir, mustDate("20260901"))
	if plan.Name() != "Binogi_Borås_20260901.xlsx" || plan.Rows != 26 || plan.Protected != 2 || len(plan.Errors) != 0 {
		t.Errorf("plan = %s, %d rows, %d protected, %d errors", plan.Name(), plan.Rows, plan.Protected, len(plan.Errors))
	}
	sum, err := d.Export(plan)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rows != 26 || sum.Protected != 2 || filepath.Base(sum.Path) != "Binogi_Borås_20260901.xlsx" {
		t.Errorf("export summary = %+v", sum)
	}
}

func TestExportRefusedWhileErrorsRemain(t *testing.T) {
	d := openSample(t)
	dir := t.TempDir()
	plan := d.PlanExport(dir, mustDate("20260901"))
	if len(plan.Errors) != 7 {
		t.Errorf("plan lists %d errors, want 7", len(plan.Errors))
	}
	if _, err := d.Export(plan); err != ErrHasErrors {
		t.Fatalf("Export = %v, want ErrHasErrors", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Error("a file was written")
	}
}

func TestSaveAndReopenKeepsEverything(t *testing.T) {
	d := openSample(t)
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9C")
	d.SetLeftOut([]roster.RowID{findRow(t, d, "Noah")}, true)
	d.RowByID(findRow(t, d, "Alva")).Hidden = true // as the workbook had it
	path := filepath.Join(t.TempDir(), "arbetskopia.xlsx")
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	if d.Dirty() || d.Path() != path {
		t.Errorf("after save: dirty %v, path %q", d.Dirty(), d.Path())
	}
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if again.Path() != path {
		t.Error("a working copy must be saved back to itself")
	}
	strip := func(d *Document) []string {
		var out []string
		for _, row := range d.Roster().Rows {
			extra := slices.Clone(row.Extra)
			for len(extra) < len(d.Roster().ExtraColumns) {
				extra = append(extra, "")
			}
			out = append(out, fmt.Sprintf("%q %q %v %v %v", row.Values, extra, row.Protected, row.LeftOut, row.Hidden))
		}
		return out
	}
	if !slices.Equal(strip(d), strip(again)) {
		t.Errorf("reopened working copy differs:\n%v\n%v", strip(d), strip(again))
	}
	d.SetCell(findRow(t, d, "Noah"), FieldColumn(roster.Class), "9D")
	if err := d.Save(""); err != nil {
		t.Fatalf("save back: %v", err)
	}
}
